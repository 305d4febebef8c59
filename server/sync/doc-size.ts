import * as Y from "yjs";

/**
 * A cheap upper estimate of a document's encoded size: the last measured size plus the bytes of
 * every update since. Only when the estimate says "too large" is the document measured exactly.
 */
export class DocSizeGuard {
  private exact = false;

  constructor(
    private readonly doc: Y.Doc,
    private readonly maxBytes: number,
    private bytes: number,
  ) {}

  /** The estimate: at least the document's encoded size. */
  get estimate(): number {
    return this.bytes;
  }

  grew(byBytes: number): void {
    this.bytes += byBytes;
    this.exact = false;
  }

  measured(bytes: number): void {
    this.bytes = bytes;
    this.exact = true;
  }

  /** Whether an update of `incomingBytes` may be applied without passing the limit. */
  admits(incomingBytes: number): boolean {
    if (this.bytes + incomingBytes <= this.maxBytes) return true;
    if (!this.exact) this.measured(Y.encodeStateAsUpdate(this.doc).byteLength);
    return this.bytes + incomingBytes <= this.maxBytes;
  }
}
