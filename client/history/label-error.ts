import { SNAPSHOT_LABEL_MAX_LENGTH } from "../../shared/api/snapshots";

/** What is wrong with a version's name before it is sent, in plain words; undefined when it will do. */
export function labelError(label: string): string | undefined {
  const trimmed = label.trim();
  if (!trimmed) return "Give the version a name, such as “End of workshop 2”.";
  if (trimmed.length > SNAPSHOT_LABEL_MAX_LENGTH)
    return `Keep the name to ${SNAPSHOT_LABEL_MAX_LENGTH} characters or fewer.`;
  return undefined;
}
