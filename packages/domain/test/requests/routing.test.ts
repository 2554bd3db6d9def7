import { describe, expect, it } from "vitest";
import { alzeyWormsConfig } from "../../src/district/alzey-worms.js";
import { alzeyWorms } from "../../src/district/default.js";
import { routeToCoordinationPoint, routingOverview } from "../../src/requests/routing.js";
import { findPlaceholders } from "../../src/schemas/placeholder.js";

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

describe("routingOverview", () => {
  const district = alzeyWorms();

  it("names one point for everything while the district routes all to its default", () => {
    const overview = routingOverview(district);
    expect(overview.map((entry) => entry.point.id)).toEqual(["kreisverwaltung"]);
    expect(overview[0]?.categories).toEqual(district.categories.map((c) => c.id));
  });

  it("lists each point with its categories, in the order of the coordination points", () => {
    const routed = {
      ...district,
      routing: { default: "kreisverwaltung", byCategory: { alltag: "cafe-asyl", schule: "fid" } },
    };
    expect(
      routingOverview(routed).map((entry) => [entry.point.id, entry.categories.join(",")]),
    ).toEqual([
      ["kreisverwaltung", "behoerden,jobcenter,antraege,arzt"],
      ["cafe-asyl", "alltag"],
      ["fid", "schule"],
    ]);
  });
});

describe("Alzey-Worms' routing decision", () => {
  it("is a listed placeholder until the district has made it", () => {
    expect(findPlaceholders(alzeyWormsConfig).map((p) => p.path)).toContain("routing.decision");
  });
});
