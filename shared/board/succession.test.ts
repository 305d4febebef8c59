import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { addBusiness, stageId, successionDoc } from "./succession-fixture";
import { getStageNameText, listStages, moveStage, addStage } from "./succession-stages";
import { deleteBusiness, findBusiness, listBusinesses, moveBusiness } from "./succession-businesses";
import { restoreDocument } from "./restore-doc";
import { setActionLink, setBusinessField, setFinanceOption } from "./succession-fields";
import { readSuccession } from "./succession-view";
import { summariseSuccession } from "./succession-summary";
import { distinctValues, filterSuccession } from "./succession-filter";
import { redactConfidential } from "./succession-redact";
import { createSuccession, peekBusinesses, peekStages } from "./succession-root";
import { DEFAULT_STAGES } from "./succession-defaults";
import { migrateBoard } from "./migrations";
import { setText } from "./text";

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function stageNames(doc: Y.Doc, businessId: string): string[] {
  const view = readSuccession(doc);
  return view.stages
    .filter((s) => view.byStage.get(s.id)?.some((b) => b.id === businessId))
    .map((s) => s.name);
}

describe("succession pipeline", () => {
  it("[SU1] concurrent moves of one business on two replicas converge with it in exactly one stage", () => {
    for (let round = 0; round < 20; round++) {
      const alice = successionDoc();
      const bob = new Y.Doc();
      const id = addBusiness(alice, "Identified", "Tamar Valley Bakery", { employees: 14 });
      addBusiness(alice, "Engaged", "Harbour Print Works");
      sync(alice, bob);
      moveBusiness(alice, id, stageId(alice, "Engaged"), 0);
      moveBusiness(bob, id, stageId(bob, "Structure and finance"), 0);
      sync(alice, bob);
      expect(stageNames(alice, id)).toHaveLength(1);
      // One of the two moves wins; ending back in "Identified" would mean neither move landed.
      expect(["Engaged", "Structure and finance"]).toContain(stageNames(alice, id)[0]);
      expect(stageNames(bob, id)).toEqual(stageNames(alice, id));
      expect(readSuccession(alice).businessCount).toBe(2);
      expect(listBusinesses(bob).filter((b) => b.id === id)).toHaveLength(1);
    }
  });

  it("[SU2] renaming a stage keeps its businesses, even while someone else moves one into it", () => {
    const alice = successionDoc();
    const bob = new Y.Doc();
    const kept = addBusiness(alice, "Exploring options", "Dartmoor Outdoor Gear");
    const moved = addBusiness(alice, "Identified", "Sutton Harbour Cafe");
    sync(alice, bob);
    const exploring = stageId(alice, "Exploring options");
    setText(getStageNameText(alice, exploring)!, "Options appraisal");
    moveBusiness(bob, moved, exploring, 1);
    sync(alice, bob);
    for (const doc of [alice, bob]) {
      expect(stageNames(doc, kept)).toEqual(["Options appraisal"]);
      expect(stageNames(doc, moved)).toEqual(["Options appraisal"]);
    }
  });

  it("[SU3] summarises businesses and jobs per stage, jobs retained by completed transfers and overdue steps", () => {
    const doc = successionDoc();
    addBusiness(doc, "Identified", "A", { employees: 12, fields: { nextStepDate: "2026-01-10" } });
    addBusiness(doc, "Identified", "B", { employees: null });
    addBusiness(doc, "Structure and finance", "C", { employees: 40, fields: { nextStepDate: "2026-03-01" } });
    addBusiness(doc, "Transfer", "D", { employees: 25 });
    addBusiness(doc, "Aftercare", "E", { employees: 8, fields: { nextStepDate: "2025-12-01" } });
    addBusiness(doc, "Not proceeding", "F", { employees: 30, fields: { nextStepDate: "2025-06-01" } });
    const view = readSuccession(doc);
    const summary = summariseSuccession(view, "2026-02-15");
    const byName = Object.fromEntries(view.stages.map((stage, index) => [stage.name, summary.stages[index]]));
    expect(byName["Identified"]).toMatchObject({ businesses: 2, jobs: 12 });
    expect(byName["Structure and finance"]).toMatchObject({ businesses: 1, jobs: 40 });
    expect(byName["Engaged"]).toMatchObject({ businesses: 0, jobs: 0 });
    expect(byName["Not proceeding"]).toMatchObject({ businesses: 1, jobs: 30 });
    expect(summary.businesses).toBe(6);
    expect(summary.jobsRetained).toBe(33);
    expect(summary.completedTransfers).toBe(2);
    // Aftercare is active (its step is overdue); Not proceeding is closed (it is not).
    expect(summary.overdue.map((b) => b.name).sort()).toEqual(["A", "E"]);
  });

  it("keeps Not proceeding after the active stages, and moves stages among their own kind", () => {
    const doc = successionDoc();
    const aftercare = stageId(doc, "Aftercare");
    moveStage(doc, aftercare, 0);
    addStage(doc, "Approached by adviser");
    const names = listStages(doc).map((stage) => stage.name);
    expect(names[0]).toBe("Aftercare");
    expect(names.slice(-2)).toEqual(["Approached by adviser", "Not proceeding"]);
  });

  it("links an action once when two people link it at the same time, and finance options likewise", () => {
    const alice = successionDoc();
    const bob = new Y.Doc();
    const id = addBusiness(alice, "Engaged", "Plymouth Bike Co");
    sync(alice, bob);
    setActionLink(alice, id, "action-1", true);
    setActionLink(bob, id, "action-1", true);
    setFinanceOption(alice, id, "coop-loan-fund", true);
    setFinanceOption(bob, id, "coop-loan-fund", true);
    sync(alice, bob);
    const business = listBusinesses(bob)[0]!;
    expect(business.linkedActionIds).toEqual(["action-1"]);
    expect(business.financeOptions).toEqual(["coop-loan-fund"]);
    setFinanceOption(bob, id, "coop-loan-fund", false);
    expect(listBusinesses(bob)[0]!.financeOptions).toEqual([]);
  });

  it("filters by route, sector and adviser, counting only what matches", () => {
    const doc = successionDoc();
    addBusiness(doc, "Engaged", "A", {
      fields: { route: "eot", sector: "Manufacturing", adviser: "Co-operatives UK" },
    });
    addBusiness(doc, "Engaged", "B", {
      fields: { route: "worker-coop", sector: "Retail", adviser: "Co-operatives UK" },
    });
    addBusiness(doc, "Transfer", "C", { fields: { route: "eot", sector: "Retail", adviser: "Council" } });
    const filtered = filterSuccession(readSuccession(doc), {
      routes: ["eot"],
      sectors: ["Retail"],
      advisers: [],
    });
    expect(filtered.businessCount).toBe(1);
    expect([...filtered.byStage.values()].flat().map((b) => b.name)).toEqual(["C"]);
  });

  it("[SU4] migration 2 gives an older board the stages, an empty pipeline and a narrative, once", () => {
    const doc = new Y.Doc();
    doc.getMap("meta").set("schemaVersion", 1);
    expect(migrateBoard(doc)).toEqual([2]);
    expect(listStages(doc).map((stage) => stage.name)).toEqual(DEFAULT_STAGES.map((stage) => stage.name));
    const stages = peekStages(doc);
    createSuccession(doc, DEFAULT_STAGES);
    expect(peekStages(doc)).toBe(stages);
    expect(listStages(doc)).toHaveLength(DEFAULT_STAGES.length);
    expect(migrateBoard(doc)).toEqual([]);
  });
});

describe("succession and restore", () => {
  it("restoring a snapshot brings back a deleted business and undoes a move, notes and links included", () => {
    const live = successionDoc();
    const id = addBusiness(live, "Engaged", "Estover Print Works", { linkedActionIds: ["action-1"] });
    const snapshot = new Y.Doc();
    Y.applyUpdate(snapshot, Y.encodeStateAsUpdate(live));
    moveBusiness(live, id, stageId(live, "Transfer"), 0);
    const other = addBusiness(live, "Identified", "Added later");
    deleteBusiness(live, id);
    restoreDocument(live, snapshot, "test");
    expect(stageNames(live, id)).toEqual(["Engaged"]);
    expect(listBusinesses(live).map((b) => b.id)).not.toContain(other);
    expect(listBusinesses(live)[0]!.linkedActionIds).toEqual(["action-1"]);
  });
});

describe("succession for viewers", () => {
  it("[SU6] redacts confidential businesses so filters and totals cannot reveal their sector, size, adviser or route", () => {
    const doc = successionDoc();
    addBusiness(doc, "Engaged", "Secret Ltd", {
      confidential: true,
      employees: 40,
      fields: { sector: "Aerospace", adviser: "Private adviser", route: "eot", contact: "07700 900123" },
    });
    addBusiness(doc, "Engaged", "Open Ltd", { fields: { sector: "Retail", route: "eot" } });
    const view = redactConfidential(readSuccession(doc));
    expect(distinctValues(view, "sector")).toEqual(["Retail"]);
    expect(distinctValues(view, "adviser")).toEqual([]);
    expect(JSON.stringify([...view.byStage.values()])).not.toMatch(/Secret|Aerospace|07700/);
    expect(filterSuccession(view, { routes: ["eot"], sectors: [], advisers: [] }).businessCount).toBe(1);
    const placeholder = [...view.byStage.values()].flat().find((business) => business.confidential);
    expect(placeholder).toMatchObject({
      name: "",
      sector: "",
      employees: null,
      stageId: placeholder?.stageId,
    });
    // The placeholder keeps its place in the pipeline but adds no jobs: 40 staff would single it out.
    expect(summariseSuccession(view, "2026-01-01").stages[1]).toMatchObject({ businesses: 2, jobs: 0 });
  });
});

describe("succession invariants", () => {
  it("keeps a business's stage and order as ONE value: concurrent move and reorder end in one replica's whole position", () => {
    for (let round = 0; round < 20; round++) {
      const alice = successionDoc();
      const bob = new Y.Doc();
      const id = addBusiness(alice, "Identified", "Tamar Valley Bakery");
      addBusiness(alice, "Identified", "Harbour Print Works");
      sync(alice, bob);
      const record = (doc: Y.Doc) => peekBusinesses(doc)!.get(id)!;
      moveBusiness(alice, id, stageId(alice, "Engaged"), 0);
      moveBusiness(bob, id, stageId(bob, "Identified"), 1);
      const candidates = [record(alice).get("position"), record(bob).get("position")];
      sync(alice, bob);
      for (const doc of [alice, bob]) {
        const keys = [...record(doc).keys()];
        expect(keys).toContain("position");
        expect(keys).not.toContain("stageId");
        expect(keys).not.toContain("order");
        expect(candidates).toContainEqual(record(doc).get("position"));
      }
      expect(record(bob).get("position")).toEqual(record(alice).get("position"));
    }
  });

  it("keeps Not proceeding after the active stages whatever its order key", () => {
    const doc = successionDoc();
    const closed = stageId(doc, "Not proceeding");
    for (const key of ["0", "A0", "a0", "zzzz"]) {
      peekStages(doc)!.get(closed)!.set("order", key);
      expect(listStages(doc).at(-1)?.name).toBe("Not proceeding");
    }
  });

  it("counts a next step as overdue from the day after its date, not on the day", () => {
    const doc = successionDoc();
    addBusiness(doc, "Engaged", "Due today", { fields: { nextStepDate: "2026-03-10" } });
    addBusiness(doc, "Engaged", "Due yesterday", { fields: { nextStepDate: "2026-03-09" } });
    const overdue = summariseSuccession(readSuccession(doc), "2026-03-10").overdue.map((b) => b.name);
    expect(overdue).toEqual(["Due yesterday"]);
  });

  it("writes business text well formed, so a lone surrogate leaves every replica the same", () => {
    const alice = successionDoc();
    const bob = new Y.Doc();
    const id = addBusiness(alice, "Engaged", "Bakery \uD83D", { fields: { sector: "Food \uDE00" } });
    setBusinessField(alice, id, "adviser", "Adviser \uD83D");
    sync(alice, bob);
    for (const field of ["name", "sector", "adviser"] as const) {
      const mine = findBusiness(alice, id)![field];
      expect(mine).toContain("\uFFFD");
      expect(findBusiness(bob, id)![field]).toBe(mine);
    }
  });
});
