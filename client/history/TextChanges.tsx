import type { TextChange } from "../../shared/diff/types";

/** Word differences inline: removed words struck through, added ones underlined, each also said in words. */
export function TextChanges({ changes }: { changes: TextChange[] }) {
  return (
    <span className="text-changes">
      {changes.map((change, index) => {
        if (change.op === "insert")
          return (
            <ins key={index} className="text-changes__insert">
              <span className="visually-hidden">[added: </span>
              {change.text}
              <span className="visually-hidden">]</span>
            </ins>
          );
        if (change.op === "delete")
          return (
            <del key={index} className="text-changes__delete">
              <span className="visually-hidden">[removed: </span>
              {change.text}
              <span className="visually-hidden">]</span>
            </del>
          );
        return <span key={index}>{change.text}</span>;
      })}
    </span>
  );
}
