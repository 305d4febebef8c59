/** A write named a board the store does not hold. */
export class BoardNotFoundError extends Error {
  constructor(readonly boardId: string) {
    super(`board ${boardId} does not exist`);
    this.name = "BoardNotFoundError";
  }
}

/**
 * A compaction that would drop updates its state may not include (through a seq that was never
 * appended) or put an older state over a newer one.
 */
export class CompactionRangeError extends Error {
  constructor(boardId: string, throughSeq: number, compactedSeq: number, lastSeq: number) {
    super(
      `board ${boardId}: cannot compact through seq ${throughSeq} (compacted through ${compactedSeq}, last ${lastSeq})`,
    );
    this.name = "CompactionRangeError";
  }
}
