import { describe, expect, it } from "vitest";
import { alzeyWormsConfig } from "../../src/district/alzey-worms.js";
import { alzeyWorms } from "../../src/district/default.js";
import {
  DistrictConfigError,
  defineDistrict,
  safeDefineDistrict,
} from "../../src/district/define.js";
import { formSchemasFor } from "../../src/district/form-schemas.js";
import type { DistrictConfigInput } from "../../src/district/schema.js";
import { parseWith } from "../../src/i18n/issues.js";
import { findPlaceholders } from "../../src/schemas/placeholder.js";

/** A made-up second district: proves the package is reusable without forking it. */
const musterland: DistrictConfigInput = {
  id: "musterland",
  name: "Landkreis Musterland",
  shortCode: "MUL",
  domain: "integration.musterland.example",
  languagesOffered: ["ar", "uk", "ti"],
  municipalities: [
    { id: "musterstadt", name: "Stadt Musterstadt", neighbours: ["beispieldorf"] },
    { id: "beispieldorf", name: "Gemeinde Beispieldorf", neighbours: ["musterstadt"] },
  ],
  coordinationPoints: [
    {
      id: "buero",
      name: "Integrationsbüro",
      organisation: "Kreisverwaltung Musterland",
      role: { de: "Koordiniert alle Einsätze.", en: "Coordinates all assignments." },
      contact: { email: "integration@musterland.example", phone: "01234 5678" },
    },
    {
      id: "familienzentrum",
      name: "Familienzentrum",
      organisation: "Verein Familienzentrum Musterland",
      role: {
        de: "Übernimmt Anfragen rund um Kita und Schule.",
        en: "Handles requests about day care and school.",
      },
      contact: { email: "kontakt@familienzentrum.example" },
    },
  ],
  routing: { default: "buero", byCategory: { schule: "familienzentrum" } },
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
        certifiedOnly: true,
      },
    ],
    modify: { alltag: { label: { de: "Ankommen im Alltag", en: "Settling in" } } },
    disable: ["jobcenter"],
  },
  curriculum: {
    modules: [
      {
        id: "grundlagen",
        label: { de: "Grundlagen der Begleitung", en: "Basics of accompaniment" },
      },
      { id: "wohnen", label: { de: "Wohnen und Mietrecht", en: "Housing and tenancy" } },
    ],
  },
  certificationPolicy: {
    minExpertTalks: 6,
    minWorkshops: 3,
    requiredModules: ["grundlagen"],
    minAttendanceRate: 0.8,
    excusedAbsences: "count_as_absent",
    validityMonths: 24,
    renewalNoticeMonths: 2,
  },
  retention: { closedRequestsDays: 90, unansweredSignupsDays: 180 },
};

const issuesOf = (config: DistrictConfigInput, locale = "de") => {
  const result = safeDefineDistrict(config, locale);
  return result.ok ? [] : result.issues.map((issue) => `${issue.field}: ${issue.message}`);
};

describe("the Alzey-Worms configuration", () => {
  it("is valid and offers the six kinds of help named in the press release", () => {
    const district = alzeyWorms();
    expect(district.name).toBe("Landkreis Alzey-Worms");
    expect(district.timeZone).toBe("Europe/Berlin");
    expect(district.categories.map((c) => c.id)).toEqual([
      "behoerden",
      "jobcenter",
      "antraege",
      "schule",
      "arzt",
      "alltag",
    ]);
    expect(district.coordinationPoints.map((c) => c.organisation)).toEqual([
      "Kreisverwaltung Alzey-Worms",
      "Diakonie Rheinhessen",
      "Förderinitiative Donnersberg",
    ]);
  });

  it("marks every contact detail we do not know as a placeholder instead of inventing it", () => {
    const paths = findPlaceholders(alzeyWormsConfig).map((p) => p.path);
    expect(paths).toContain("coordinationPoints.0.contact.email");
    expect(paths).toContain("coordinationPoints.1.contact.phone");
    expect(paths).toContain("coordinationPoints.2.contact.address.0");
    expect(findPlaceholders(alzeyWormsConfig).every((p) => p.description.length > 0)).toBe(true);
  });

  it("keeps Dari and Farsi, Kurmanji and Sorani as separate offered languages", () => {
    expect(alzeyWorms().languagesOffered).toEqual(
      expect.arrayContaining(["prs", "fa", "kmr", "ckb"]),
    );
  });
});

describe("defineDistrict for another district", () => {
  it("applies the district's own policy, catalogue and routing", () => {
    const district = defineDistrict(musterland);
    expect(district.categories.map((c) => c.id)).toEqual([
      "behoerden",
      "antraege",
      "schule",
      "arzt",
      "alltag",
      "wohnungssuche",
    ]);
    expect(district.categories.find((c) => c.id === "alltag")?.label.de).toBe("Ankommen im Alltag");
    expect(district.certificationPolicy.minWorkshops).toBe(3);
    expect(district.certificationPolicy.excusedAbsences).toBe("count_as_absent");
    expect(district.routing.byCategory.schule).toBe("familienzentrum");
    expect(findPlaceholders(district)).toEqual([]);
  });

  it("narrows the public forms to the district's municipalities and categories", () => {
    const { helpRequest } = formSchemasFor(defineDistrict(musterland));
    const form = {
      requesterRole: "self",
      contactName: "Olena K.",
      contactEmail: "olena@example.org",
      category: "jobcenter",
      languages: ["uk"],
      municipality: "alzey",
      consent: true,
    };
    const result = parseWith(helpRequest, form, "de");
    expect(result.ok ? [] : result.issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      "category: Diese Art der Hilfe wird hier nicht angeboten.",
      "municipality: Bitte wählen Sie einen Ort aus der Liste.",
    ]);
    expect(
      parseWith(helpRequest, { ...form, category: "wohnungssuche", municipality: "beispieldorf" })
        .ok,
    ).toBe(true);
  });

  it("reports every broken reference with its path, in German and English", () => {
    const broken: DistrictConfigInput = {
      ...musterland,
      municipalities: [
        { id: "musterstadt", name: "Stadt Musterstadt", neighbours: ["nirgendwo"] },
        { id: "musterstadt", name: "Doppelt" },
      ],
      routing: { default: "zentrale", byCategory: { reisen: "buero" } },
      catalogue: {
        modify: { unbekannt: { certifiedOnly: false } },
        disable: ["jobcenter"],
        add: [],
      },
    };
    expect(issuesOf(broken, "de")).toEqual([
      "municipalities.1.id: Die Kennung „musterstadt“ kommt mehrfach vor.",
      "municipalities.0.neighbours.0: „nirgendwo“ verweist auf einen Eintrag, den es nicht gibt.",
      "routing.default: „zentrale“ verweist auf einen Eintrag, den es nicht gibt.",
      "catalogue.modify.unbekannt: Die Kategorie „unbekannt“ gibt es im Katalog nicht.",
      "routing.byCategory.reisen: Die Kategorie „reisen“ gibt es im Katalog nicht.",
    ]);
    expect(issuesOf(broken, "en")[2]).toBe(
      "routing.default: “zentrale” refers to an entry that does not exist.",
    );
  });

  it("rejects malformed values with field messages", () => {
    expect(
      issuesOf({
        ...musterland,
        shortCode: "mu",
        timeZone: "Europe/Alzey",
        certificationPolicy: { minAttendanceRate: 75 },
      }),
    ).toEqual([
      "shortCode: Das Kürzel muss aus 2 bis 6 Großbuchstaben bestehen (z. B. „AZW“).",
      "timeZone: Diese Zeitzone ist unbekannt (z. B. „Europe/Berlin“).",
      "certificationPolicy.minAttendanceRate: Bitte geben Sie einen Anteil zwischen 0 und 1 an (z. B. 0.75 für 75 %).",
    ]);
  });

  it("refuses a renewal notice that falls after expiry", () => {
    expect(
      issuesOf({
        ...musterland,
        certificationPolicy: { validityMonths: 12, renewalNoticeMonths: 12 },
      }),
    ).toEqual([
      "certificationPolicy.renewalNoticeMonths: Die Auffrischung muss vor dem Ende der Gültigkeit fällig werden.",
    ]);
  });

  it("throws one error that lists all problems in both languages", () => {
    expect(() => defineDistrict({ ...musterland, routing: { default: "zentrale" } })).toThrow(
      DistrictConfigError,
    );
    expect(() => defineDistrict({ ...musterland, routing: { default: "zentrale" } })).toThrow(
      "routing.default: „zentrale“ verweist auf einen Eintrag, den es nicht gibt. / “zentrale” refers to an entry that does not exist.",
    );
  });

  it("accepts a configuration that is only a placeholder for contact data and lists it", () => {
    const district = defineDistrict({
      ...musterland,
      coordinationPoints: musterland.coordinationPoints.map((point, index) =>
        index === 0 ? { ...point, contact: { email: "⟦PLATZHALTER: E-Mail des Büros⟧" } } : point,
      ),
    });
    expect(findPlaceholders(district)).toEqual([
      { path: "coordinationPoints.0.contact.email", description: "E-Mail des Büros" },
    ]);
  });
});
