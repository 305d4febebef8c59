import { useState } from "react";
import { Button, Form } from "react-aria-components";
import type { SnapshotMetadata } from "../../shared/api/snapshots";
import { CURRENT_VERSION } from "../api/snapshots";
import { useHistory } from "./history-context";
import { formatVersionDate } from "./version-labels";
import { VersionSelect, type VersionOption } from "./VersionSelect";

/** Pick any two versions, or one and the live board, and open the comparison. */
export function CompareForm({ snapshots }: { snapshots: SnapshotMetadata[] }) {
  const history = useHistory();
  const options: VersionOption[] = [
    { id: CURRENT_VERSION, label: "Now (the live board)" },
    ...snapshots.map((snapshot) => ({
      id: snapshot.id,
      label: `${snapshot.label} — ${formatVersionDate(snapshot.createdAt)}`,
    })),
  ];
  const [from, setFrom] = useState(snapshots[0]?.id ?? CURRENT_VERSION);
  const [to, setTo] = useState<string>(CURRENT_VERSION);
  return (
    <Form
      className="compare-form"
      aria-label="Compare two versions"
      onSubmit={(event) => {
        event.preventDefault();
        history?.show({ kind: "compare", from, to });
      }}
    >
      <VersionSelect
        label="Compare"
        options={options}
        value={from}
        onChange={setFrom}
        testId="compare.from"
      />
      <VersionSelect label="with" options={options} value={to} onChange={setTo} testId="compare.to" />
      <Button type="submit" className="button" isDisabled={from === to} data-testid="compare.open">
        Compare
      </Button>
    </Form>
  );
}
