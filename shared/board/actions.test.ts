import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import fc from "fast-check";
import { createAction, listActions, listCell, moveAction } from "./actions";
import { addAxisItem } from "./axes";

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function board() {
  const doc = new Y.Doc();
  const columns = ["Finance", "Support", "Inform"].map((title) => addAxisItem(doc, "column", title));
  const themes = ["A", "B"].map((title) => addAxisItem(doc, "theme", title));
  const actions = ["one", "two", "three"].map((title) =>
    createAction(doc, { title, themeId: themes[0]!, columnId: columns[0]! }),
  );
  return { doc, columns, themes, actions };
}

function replica(source: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(source));
  return copy;
}

describe("moving actions", () => {
  it("concurrent moves of the same card to different cells converge with the card exactly once", () => {
    const { doc: a, columns, themes, actions } = board();
    const b = replica(a);
    const card = actions[1]!;
    moveAction(a, card, themes[1]!, columns[2]!, 0);
    moveAction(b, card, themes[0]!, columns[1]!, 0);
    sync(a, b);
    const placesA = listActions(a).filter((x) => x.id === card);
    const placesB = listActions(b).filter((x) => x.id === card);
    expect(placesA).toHaveLength(1);
    expect(placesB).toEqual(placesA);
    // The card lands in one of the two chosen cells, never a mix of both.
    const cell = `${placesA[0]!.themeId}/${placesA[0]!.columnId}`;
    expect([`${themes[1]}/${columns[2]}`, `${themes[0]}/${columns[1]}`]).toContain(cell);
  });

  it("reorders within a cell", () => {
    const { doc, columns, themes, actions } = board();
    moveAction(doc, actions[2]!, themes[0]!, columns[0]!, 0);
    expect(listCell(doc, themes[0]!, columns[0]!).map((a) => a.title)).toEqual(["three", "one", "two"]);
  });

  it("random concurrent moves on three replicas converge, every card exactly once", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            replica: fc.integer({ min: 0, max: 2 }),
            card: fc.integer({ min: 0, max: 2 }),
            theme: fc.integer({ min: 0, max: 1 }),
            column: fc.integer({ min: 0, max: 2 }),
            index: fc.integer({ min: 0, max: 3 }),
            syncAfter: fc.boolean(),
          }),
          { maxLength: 30 },
        ),
        (moves) => {
          const { doc, columns, themes, actions } = board();
          const replicas = [doc, replica(doc), replica(doc)];
          for (const move of moves) {
            moveAction(
              replicas[move.replica]!,
              actions[move.card]!,
              themes[move.theme]!,
              columns[move.column]!,
              move.index,
            );
            if (move.syncAfter) sync(replicas[move.replica]!, replicas[(move.replica + 1) % 3]!);
          }
          for (let round = 0; round < 2; round++)
            for (let i = 0; i < 3; i++) sync(replicas[i]!, replicas[(i + 1) % 3]!);
          const views = replicas.map((r) =>
            themes.flatMap((t) => columns.flatMap((c) => listCell(r, t, c).map((a) => `${a.id}@${t}/${c}`))),
          );
          expect(views[1]).toEqual(views[0]);
          expect(views[2]).toEqual(views[0]);
          expect(views[0]!.map((v) => v.split("@")[0]).sort()).toEqual([...actions].sort());
        },
      ),
    );
  });
});
