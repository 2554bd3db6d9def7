import { describe, expect, it } from "vitest";
import { findPlaceholders, isPlaceholder, placeholder } from "../../src/schemas/placeholder.js";

describe("placeholders", () => {
  it("are recognisable and say what is missing", () => {
    expect(placeholder("Telefonnummer")).toBe("⟦PLATZHALTER: Telefonnummer⟧");
    expect(isPlaceholder(placeholder("Telefonnummer"))).toBe(true);
    expect(isPlaceholder("06731 123")).toBe(false);
  });

  it("are found at any depth, in arrays too, in a stable order", () => {
    expect(
      findPlaceholders({
        a: placeholder("eins"),
        b: [{ c: "real" }, { c: placeholder("zwei") }],
        d: { e: { f: placeholder("drei") } },
        g: null,
        h: 3,
      }),
    ).toEqual([
      { path: "a", description: "eins" },
      { path: "b.1.c", description: "zwei" },
      { path: "d.e.f", description: "drei" },
    ]);
  });
});
