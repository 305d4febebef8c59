import type * as Y from "yjs";
import { BOARD_SECTIONS } from "../sections/registry";
import { diffRecords } from "./diff-records";
import type { BoardDiff, DiffVersion, RecordChange } from "./types";

/** Compare two versions of a board, section by section (every section in the registry). */
export function diffBoards(
  before: { doc: Y.Doc; version: DiffVersion },
  after: { doc: Y.Doc; version: DiffVersion },
): BoardDiff {
  const changes: RecordChange[] = BOARD_SECTIONS.flatMap((section) =>
    diffRecords(section.diffRecords(before.doc), section.diffRecords(after.doc)),
  );
  const count = (change: RecordChange["change"]) => changes.filter((item) => item.change === change).length;
  return {
    from: before.version,
    to: after.version,
    changes,
    summary: {
      added: count("added"),
      removed: count("removed"),
      changed: count("changed"),
      moved: count("moved"),
    },
  };
}
