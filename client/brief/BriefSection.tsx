import { lazy, Suspense } from "react";
import "./brief.css";

const BriefEditor = lazy(() => import("./BriefEditor").then((module) => ({ default: module.BriefEditor })));

/** The consultant brief for commissioning the mapping, pre-filled with the council toolkit's Template 3 outline. */
export function BriefSection() {
  return (
    <div className="brief" data-testid="brief">
      <h2 className="brief__title">Consultant brief</h2>
      <p className="brief__lead">
        A specification for commissioning a consultant to map the local co-operative economy, from the council
        toolkit's Template 3. Everyone on the plan can write it together. “Insert baseline table” adds the
        current figures from the Economy section after the paragraph holding the cursor.
      </p>
      <Suspense fallback={<p className="muted">Loading the brief…</p>}>
        <BriefEditor />
      </Suspense>
    </div>
  );
}
