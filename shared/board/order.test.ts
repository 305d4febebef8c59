import { describe, expect, it } from "vitest";
import { orderKeyAt, sortOrdered, type Ordered } from "./order";

function insertAt(siblings: Ordered[], index: number): Ordered[] {
  const item = { id: "new", order: orderKeyAt(siblings, index) };
  return sortOrdered([...siblings, item]);
}

describe("orderKeyAt", () => {
  const plain = [
    { id: "a", order: "a0" },
    { id: "b", order: "a1" },
    { id: "c", order: "a2" },
  ];

  it.each([0, 1, 2, 3])("places an item at index %i", (index) => {
    expect(insertAt(plain, index).findIndex((item) => item.id === "new")).toBe(index);
  });

  it("places an item after a run of equal keys left by concurrent inserts, before the next key", () => {
    const collided = [
      { id: "a", order: "a0" },
      { id: "b", order: "a0" },
      { id: "c", order: "a1" },
    ];
    const result = insertAt(collided, 2);
    expect(result.map((item) => item.id)).toEqual(["a", "b", "new", "c"]);
  });
});
