import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { addCoop, chooseLocalAuthority, setCoopFigure, setCoopStatus } from "./economy-coops";
import { addGoal, setGoalActionLinked, setMilestone } from "./economy-goals";
import { readEconomy } from "./economy-read";
import type { OpenDataCoop } from "../economy/open-data";

const openCoop = (id: string, name: string): OpenDataCoop => ({
  id,
  name,
  sector: "Energy",
  legalForm: "Society",
  ownershipType: "Consumers",
  sicCode: "35110",
  postcode: "PL1 1AA",
});
const plymouth = [openCoop("R1", "Plymouth Energy Community"), openCoop("R2", "Tamar Grow Local")];

function sync(from: Y.Doc, to: Y.Doc) {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

describe("the economy document", () => {
  it("converges to one copy of the list when two people choose the local authority at once", () => {
    const ada = new Y.Doc();
    const ben = new Y.Doc();
    chooseLocalAuthority(ada, "Plymouth", plymouth);
    chooseLocalAuthority(ben, "Plymouth", plymouth);
    sync(ada, ben);
    sync(ben, ada);
    for (const doc of [ada, ben]) {
      expect(readEconomy(doc).coops.map((coop) => coop.id)).toEqual(["R1", "R2"]);
    }
  });

  it("keeps figures, closures and hand-added co-ops, and drops untouched open data on a new choice", () => {
    const doc = new Y.Doc();
    chooseLocalAuthority(doc, "Plymouth", plymouth);
    setCoopFigure(doc, "R1", "turnover", { value: 1_800_000, year: 2023, source: "Annual report" });
    const added = addCoop(doc, {
      name: "Moor Bakers",
      sector: "Food",
      legalForm: "",
      ownershipType: "Workers",
      status: "active",
      turnover: null,
      employees: null,
      members: null,
    });
    setCoopStatus(doc, added, "closed");
    chooseLocalAuthority(doc, "Devon", [openCoop("R9", "Dartington")]);
    const economy = readEconomy(doc);
    expect(economy.localAuthority).toBe("Devon");
    expect(economy.coops.map((coop) => [coop.name, coop.status, coop.origin])).toEqual([
      ["Dartington", "active", "open-data"],
      ["Moor Bakers", "closed", "manual"],
      ["Plymouth Energy Community", "active", "open-data"],
    ]);
    expect(economy.coops[2]?.turnover).toEqual({ value: 1_800_000, year: 2023, source: "Annual report" });
  });

  it("holds goals with milestones by year and linked actions", () => {
    const doc = new Y.Doc();
    const id = addGoal(doc, {
      measure: "number",
      baselineValue: 23,
      baselineYear: 2018,
      targetValue: 46,
      targetYear: 2025,
    });
    setMilestone(doc, id, { year: 2022, target: 36, actual: 34 });
    setMilestone(doc, id, { year: 2020, target: 30, actual: null });
    setGoalActionLinked(doc, id, "action-1", true);
    expect(readEconomy(doc).goals).toEqual([
      {
        id,
        measure: "number",
        baselineValue: 23,
        baselineYear: 2018,
        targetValue: 46,
        targetYear: 2025,
        milestones: [
          { year: 2020, target: 30, actual: null },
          { year: 2022, target: 36, actual: 34 },
        ],
        actionIds: ["action-1"],
      },
    ]);
  });
});
