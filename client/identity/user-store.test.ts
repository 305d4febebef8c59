import { describe, expect, it } from "vitest";
import { loadUser, parseUser, saveUser, USER_STORAGE_KEY } from "./user-store";
import { USER_COLOURS } from "./palette";

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    values,
  };
}

describe("the local user store", () => {
  it("saves under coplan.user as {name, color} and loads it back", () => {
    const storage = memoryStorage();
    saveUser(storage, { name: "  Priya   Shah ", color: "#1d4ed8" });
    expect(JSON.parse(storage.values.get(USER_STORAGE_KEY)!)).toEqual({
      name: "Priya Shah",
      color: "#1d4ed8",
    });
    expect(loadUser(storage)).toEqual({ name: "Priya Shah", color: "#1d4ed8" });
  });

  it("asks again when nothing usable is stored", () => {
    expect(parseUser(null)).toBeUndefined();
    expect(parseUser("not json")).toBeUndefined();
    expect(parseUser(JSON.stringify({ name: "   " }))).toBeUndefined();
    expect(parseUser(JSON.stringify(["Sam"]))).toBeUndefined();
  });

  it("keeps the name but replaces a colour the caret extension would ignore", () => {
    const user = parseUser(JSON.stringify({ name: "Sam", color: "red" }));
    expect(user?.name).toBe("Sam");
    expect(USER_COLOURS.map((c) => c.value)).toContain(user?.color);
  });
});
