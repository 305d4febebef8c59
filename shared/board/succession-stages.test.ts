import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { addBusiness, stageId, successionDoc } from "./succession-fixture";
import { deleteStage, listStages, setStageCompletes } from "./succession-stages";
import { listBusinesses, moveBusiness } from "./succession-businesses";
import { readSuccession } from "./succession-view";
import { summariseSuccession } from "./succession-summary";

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** Business names shown in each stage, in pipeline order. */
function shown(doc: Y.Doc): Record<string, string[]> {
  const view = readSuccession(doc);
  return Object.fromEntries(
    view.stages.map((stage) => [stage.name, (view.byStage.get(stage.id) ?? []).map((b) => b.name)]),
  );
}

describe("deleting a stage", () => {
  it("[SU7] deletes an empty stage at once", () => {
    const doc = successionDoc();
    expect(deleteStage(doc, stageId(doc, "Engaged"))).toBe(true);
    expect(listStages(doc).map((stage) => stage.name)).not.toContain("Engaged");
    expect(listStages(doc)).toHaveLength(7);
  });

  it("[SU7] refuses a stage with businesses unless told where they go, then moves them there in order", () => {
    const doc = successionDoc();
    addBusiness(doc, "Identified", "Already here");
    addBusiness(doc, "Engaged", "First");
    addBusiness(doc, "Engaged", "Second");
    const engaged = stageId(doc, "Engaged");
    expect(deleteStage(doc, engaged)).toBe(false);
    expect(deleteStage(doc, engaged, engaged)).toBe(false);
    expect(deleteStage(doc, engaged, "no-such-stage")).toBe(false);
    expect(shown(doc)["Engaged"]).toEqual(["First", "Second"]);

    expect(deleteStage(doc, engaged, stageId(doc, "Identified"))).toBe(true);
    expect(shown(doc)["Identified"]).toEqual(["Already here", "First", "Second"]);
    expect(listBusinesses(doc).every((b) => b.stageId === stageId(doc, "Identified"))).toBe(true);
  });

  it("[SU7] keeps the last active stage, so the pipeline always has somewhere to show a business", () => {
    const doc = successionDoc();
    const active = listStages(doc).filter((stage) => stage.kind === "active");
    for (const stage of active.slice(1)) expect(deleteStage(doc, stage.id)).toBe(true);
    expect(deleteStage(doc, active[0]!.id)).toBe(false);
    expect(deleteStage(doc, stageId(doc, "Not proceeding"))).toBe(true);
    expect(listStages(doc).map((stage) => stage.name)).toEqual(["Identified"]);
  });

  it("[SU7] a business moved into a stage that another replica deletes stays visible, in the first stage", () => {
    const alice = successionDoc();
    const bob = new Y.Doc();
    const moved = addBusiness(alice, "Transfer", "Moved by Bob");
    sync(alice, bob);
    const feasibility = stageId(alice, "Feasibility and valuation");
    expect(deleteStage(alice, feasibility)).toBe(true);
    moveBusiness(bob, moved, feasibility, 0);
    sync(alice, bob);
    for (const doc of [alice, bob]) {
      expect(listStages(doc).map((stage) => stage.id)).not.toContain(feasibility);
      const view = readSuccession(doc);
      expect(view.businessCount).toBe(1);
      expect(shown(doc)["Identified"]).toEqual(["Moved by Bob"]);
      expect(summariseSuccession(view, "2026-01-01").stages[0]).toMatchObject({ businesses: 1 });
    }
  });

  it("[SU7] businesses sent to a stage that another replica deletes at the same time stay visible", () => {
    const alice = successionDoc();
    const bob = new Y.Doc();
    addBusiness(alice, "Engaged", "Kept");
    sync(alice, bob);
    expect(deleteStage(alice, stageId(alice, "Engaged"), stageId(alice, "Exploring options"))).toBe(true);
    expect(deleteStage(bob, stageId(bob, "Exploring options"))).toBe(true);
    sync(alice, bob);
    for (const doc of [alice, bob]) {
      expect(listStages(doc)).toHaveLength(6);
      expect(shown(doc)["Identified"]).toEqual(["Kept"]);
    }
  });
});

describe("the stage that completes a transfer", () => {
  it("[SU3] counts jobs retained from whichever stages are marked as completing a transfer", () => {
    const doc = successionDoc();
    addBusiness(doc, "Structure and finance", "A", { employees: 40 });
    addBusiness(doc, "Transfer", "B", { employees: 25 });
    addBusiness(doc, "Aftercare", "C", { employees: 8 });
    expect(summariseSuccession(readSuccession(doc), "2026-01-01").jobsRetained).toBe(33);
    setStageCompletes(doc, stageId(doc, "Transfer"), false);
    setStageCompletes(doc, stageId(doc, "Structure and finance"), true);
    const summary = summariseSuccession(readSuccession(doc), "2026-01-01");
    expect(summary.jobsRetained).toBe(48);
    expect(summary.completedTransfers).toBe(2);
  });
});
