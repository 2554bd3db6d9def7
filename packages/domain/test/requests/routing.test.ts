import { describe, expect, it } from "vitest";
import { alzeyWorms } from "../../src/district/default.js";
import { routeToCoordinationPoint } from "../../src/requests/routing.js";

describe("routeToCoordinationPoint", () => {
  const district = alzeyWorms();

  it("sends every category to the default point when nothing else is configured", () => {
    for (const category of district.categories) {
      expect(routeToCoordinationPoint(district, category.id).id).toBe("kreisverwaltung");
    }
  });

  it("sends a category to the point the district routes it to", () => {
    const routed = {
      ...district,
      routing: { default: "kreisverwaltung", byCategory: { alltag: "cafe-asyl" } },
    };
    expect(routeToCoordinationPoint(routed, "alltag").name).toBe("Café Asyl");
    expect(routeToCoordinationPoint(routed, "arzt").id).toBe("kreisverwaltung");
  });

  it("does not mistake inherited object keys for categories", () => {
    expect(routeToCoordinationPoint(district, "constructor").id).toBe("kreisverwaltung");
  });

  it("throws for a district that routes to a point it does not have", () => {
    const broken = { ...district, routing: { default: "nowhere", byCategory: {} } };
    expect(() => routeToCoordinationPoint(broken, "arzt")).toThrow(RangeError);
  });
});
