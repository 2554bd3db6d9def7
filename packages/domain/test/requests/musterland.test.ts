import { describe, expect, it } from "vitest";
import { defineDistrict } from "../../src/district/define.js";
import { rankVolunteers } from "../../src/requests/matching.js";
import { routeToCoordinationPoint } from "../../src/requests/routing.js";
import type { VolunteerInput } from "../../src/schemas/volunteer.js";

/**
 * A made-up second district with its own municipalities (one neighbourhood entered only
 * one way), an added category, a relaxed one and a disabled one.
 */
const musterland = defineDistrict({
  id: "musterland",
  name: "Landkreis Musterland",
  shortCode: "MUL",
  domain: "integration.musterland.example",
  languagesOffered: ["ar", "uk", "ti", "en"],
  municipalities: [
    { id: "musterstadt", name: "Stadt Musterstadt", neighbours: ["beispieldorf"] },
    { id: "beispieldorf", name: "Gemeinde Beispieldorf" },
    { id: "fernweiler", name: "Gemeinde Fernweiler" },
  ],
  coordinationPoints: [
    {
      id: "buero",
      name: "Integrationsbüro",
      organisation: "Kreisverwaltung Musterland",
      role: { de: "Koordiniert alle Einsätze.", en: "Coordinates all assignments." },
      contact: { email: "integration@musterland.example" },
    },
    {
      id: "mieterverein",
      name: "Mieterverein Musterland",
      organisation: "Mieterverein Musterland e. V.",
      role: { de: "Hilft bei der Wohnungssuche.", en: "Helps with finding a flat." },
      contact: { email: "kontakt@mieterverein.example" },
    },
  ],
  routing: { default: "buero", byCategory: { wohnungssuche: "mieterverein" } },
  catalogue: {
    add: [
      {
        id: "wohnungssuche",
        label: { de: "Wohnungssuche", en: "Finding a flat", uk: "Пошук житла" },
        description: {
          de: "Begleitung zu Wohnungsbesichtigungen.",
          en: "Accompaniment to flat viewings.",
        },
        requiresSharedLanguage: false,
        certifiedOnly: false,
      },
    ],
    modify: { arzt: { certifiedOnly: false } },
    disable: ["schule"],
  },
  certificationPolicy: { minExpertTalks: 2 },
});

const NOW = "2026-05-04T10:00:00+02:00";

const person = (id: string, overrides: Partial<VolunteerInput> = {}): VolunteerInput => ({
  id,
  displayName: id,
  status: "certified",
  languages: [{ language: "uk", level: "native" }],
  categories: ["wohnungssuche", "arzt", "behoerden"],
  municipalities: ["musterstadt"],
  ...overrides,
});

const request = (category: string, municipality = "musterstadt") => ({
  id: "r-1",
  category,
  languages: ["uk"],
  municipality,
  receivedAt: NOW,
});

describe("matching in another district (Landkreis Musterland)", () => {
  it("matches requests in a category the district added, with its own names", () => {
    const result = rankVolunteers(
      {
        request: request("wohnungssuche"),
        volunteers: [
          person("v-trainee", { status: "in_training" }),
          person("v-ti", { languages: [{ language: "ti", level: "native" }] }),
          person("v-far", { municipalities: ["fernweiler"] }),
        ],
        district: musterland,
        now: NOW,
      },
      "en",
    );
    if (!result.ok) return expect.fail(JSON.stringify(result.issues));
    expect(result.value.candidates.map((c) => c.volunteerId)).toEqual(["v-trainee", "v-ti"]);
    expect(result.value.candidates[0]?.reasons.map((r) => r.message)).toEqual([
      "Speaks Ukrainian as a native language.",
      "Helps in Stadt Musterstadt, where help is needed.",
      "The person named no preferred times; the appointment will be agreed.",
      "No assignment yet.",
      "Still in training, which “Finding a flat” allows.",
    ]);
    expect(result.value.excluded).toEqual([
      {
        volunteerId: "v-far",
        reasons: [
          expect.objectContaining({
            message: "Helps neither in Stadt Musterstadt nor in a neighbouring municipality.",
          }),
        ],
      },
    ]);
  });

  it("reads a neighbourhood entered on one side only both ways", () => {
    const result = rankVolunteers({
      request: request("wohnungssuche", "beispieldorf"),
      volunteers: [person("v-town")],
      district: musterland,
      now: NOW,
    });
    expect(result.ok && result.value.candidates[0]?.reasons[1]?.message).toBe(
      "Hilft in der Nachbargemeinde Stadt Musterstadt.",
    );
  });

  it("applies the district's changed rules: volunteers in training may go to the doctor here", () => {
    const result = rankVolunteers({
      request: request("arzt"),
      volunteers: [person("v-trainee", { status: "in_training" })],
      district: musterland,
      now: NOW,
    });
    expect(result.ok && result.value.candidates.map((c) => c.volunteerId)).toEqual(["v-trainee"]);
  });

  it("refuses a request in a category the district disabled", () => {
    const result = rankVolunteers({
      request: request("schule"),
      volunteers: [person("v-1")],
      district: musterland,
      now: NOW,
    });
    expect(result.ok ? [] : result.issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      "request.category: Diese Art der Hilfe wird hier nicht angeboten.",
    ]);
  });

  it("routes the added category to its own coordination point and the rest to the default", () => {
    expect(routeToCoordinationPoint(musterland, "wohnungssuche").id).toBe("mieterverein");
    expect(routeToCoordinationPoint(musterland, "arzt").id).toBe("buero");
  });
});
