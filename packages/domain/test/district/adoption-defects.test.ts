/*
 * Regression tests for what a second district met when it adopted the library from the
 * README alone (issue "The domain library as another district meets it"). Each case
 * failed before its fix.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alzeyWormsConfig } from "../../src/district/alzey-worms.js";
import { safeDefineDistrict } from "../../src/district/define.js";
import { formSchemasFor } from "../../src/district/form-schemas.js";
import { schemasFor } from "../../src/district/record-schemas.js";
import type { DistrictConfigInput } from "../../src/district/schema.js";
import { parseWith } from "../../src/i18n/issues.js";
import { rankVolunteers } from "../../src/requests/matching.js";
import { attendanceSchema } from "../../src/schemas/attendance.js";
import { languageTagSchema } from "../../src/schemas/common.js";
import { district, NOW, request, volunteer } from "../requests/fixtures.js";

const define = (changes: Partial<DistrictConfigInput> | Record<string, unknown>) =>
  safeDefineDistrict({ ...alzeyWormsConfig, ...changes } as DistrictConfigInput);

const messagesOf = (result: { ok: boolean; issues?: { field: string; message: string }[] }) =>
  result.ok ? [] : (result.issues ?? []).map((i) => `${i.field}: ${i.message}`);

const DEFAULT_IDS = ["behoerden", "jobcenter", "antraege", "schule", "arzt", "alltag"] as const;
const PATCH_FIELDS = [
  "label",
  "description",
  "requiresSharedLanguage",
  "certifiedOnly",
  "requiresGoodConduct",
  "hint",
] as const;

describe("catalogue.modify changes exactly the fields it names", () => {
  it("keeps the good-conduct requirement of school visits when only the label changes", () => {
    const result = define({
      catalogue: {
        modify: { schule: { label: { de: "Schule und Kita", en: "School and day care" } } },
      },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const schule = result.value.categories.find((c) => c.id === "schule");
    expect(schule).toMatchObject({ requiresGoodConduct: true, label: { de: "Schule und Kita" } });

    // … so a volunteer without an extended certificate of good conduct is not ranked.
    const matching = rankVolunteers({
      request: request({ category: "schule" }),
      volunteers: [volunteer("v-ohne-zeugnis", { goodConduct: undefined })],
      district: result.value,
      now: NOW,
    });
    expect(matching.ok && matching.value.candidates).toEqual([]);
  });

  it("removes a default note with hint: null", () => {
    const result = define({ catalogue: { modify: { arzt: { hint: null } } } });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.categories.find((c) => c.id === "arzt")).not.toHaveProperty("hint");
  });

  it("for every default category and every subset of fields", () => {
    const text = fc.record({ de: fc.string({ minLength: 1 }), en: fc.string({ minLength: 1 }) });
    const value: Record<(typeof PATCH_FIELDS)[number], fc.Arbitrary<unknown>> = {
      label: text.filter((t) => t.de.trim() !== "" && t.en.trim() !== ""),
      description: text.filter((t) => t.de.trim() !== "" && t.en.trim() !== ""),
      requiresSharedLanguage: fc.boolean(),
      certifiedOnly: fc.boolean(),
      requiresGoodConduct: fc.boolean(),
      hint: text.filter((t) => t.de.trim() !== "" && t.en.trim() !== ""),
    };
    const base = define({});
    if (!base.ok) throw new Error("Alzey-Worms must be valid");
    fc.assert(
      fc.property(
        fc.constantFrom(...DEFAULT_IDS),
        fc.subarray([...PATCH_FIELDS]),
        fc.record(value),
        (id, fields, values) => {
          const patch = Object.fromEntries(fields.map((field) => [field, values[field]]));
          const result = define({ catalogue: { modify: { [id]: patch } } });
          if (!result.ok) return false;
          const before = base.value.categories.find((c) => c.id === id);
          const after = result.value.categories.find((c) => c.id === id);
          const trimmed = JSON.parse(
            JSON.stringify(patch, (_, v) => (typeof v === "string" ? v.trim() : v)),
          );
          expect(after).toEqual({ ...before, ...trimmed });
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("typos in a district configuration", () => {
  it("names an unknown key and the key that was meant", () => {
    const result = define({
      certificationPolicy: { ...alzeyWormsConfig.certificationPolicy, minExpertTalk: 5 },
    });
    expect(messagesOf(result)).toEqual([
      "certificationPolicy.minExpertTalk: Die Angabe „minExpertTalk“ gibt es hier nicht. Meinten Sie „minExpertTalks“?",
    ]);
  });

  it("reports unknown keys at every level, with every other problem, in English too", () => {
    const config = {
      ...alzeyWormsConfig,
      shortcode: "AZW",
      municipalities: [{ id: "alzey", name: "Stadt Alzey", neigbours: [] }],
      coordinationPoints: alzeyWormsConfig.coordinationPoints.map((point, index) =>
        index === 0 ? { ...point, contact: { ...point.contact, mail: "x@example.org" } } : point,
      ),
      retention: { closedRequestDays: 30 },
      routing: { default: "kreisverwaltung", byCategory: {}, fallback: "fid" },
    };
    const result = safeDefineDistrict(config as DistrictConfigInput, "en");
    expect(messagesOf(result)).toEqual([
      "municipalities.0.neigbours: There is no field “neigbours” here. Did you mean “neighbours”?",
      "coordinationPoints.0.contact.mail: There is no field “mail” here. Did you mean “email”?",
      "routing.fallback: There is no field “fallback” here. Please check the spelling or remove it.",
      "retention.closedRequestDays: There is no field “closedRequestDays” here. Did you mean “closedRequestsDays”?",
      "shortcode: There is no field “shortcode” here. Did you mean “shortCode”?",
    ]);
  });

  it("suggests the meant key for any one-letter typo of a top-level key", () => {
    const keys = Object.keys(alzeyWormsConfig).filter((k) => k.length > 4);
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.nat(),
        fc.constantFrom("x", "q", ""),
        (key, at, letter) => {
          const position = at % key.length;
          const typo = key.slice(0, position) + letter + key.slice(position + 1);
          fc.pre(typo !== key && !keys.includes(typo));
          const { [key]: value, ...rest } = alzeyWormsConfig as Record<string, unknown>;
          const result = safeDefineDistrict({ ...rest, [typo]: value } as DistrictConfigInput);
          const issue = result.ok ? undefined : result.issues.find((i) => i.field === typo);
          expect(issue?.params).toEqual({ key: typo, suggestion: key });
        },
      ),
      { numRuns: 200 },
    );
  });

  it("names a typo of any key at any depth, with the key that was meant", () => {
    // Objects of the configuration and the keys they know, reached from Alzey-Worms with
    // one added and one modified category.
    const config = {
      ...alzeyWormsConfig,
      catalogue: {
        add: [
          {
            id: "wohnen",
            label: { de: "Wohnen", en: "Housing" },
            description: { de: "Wohnungssuche", en: "Finding a flat" },
            requiresSharedLanguage: false,
            certifiedOnly: true,
            requiresGoodConduct: false,
            hint: { de: "Früh anfragen.", en: "Ask early." },
          },
        ],
        modify: {
          schule: {
            label: { de: "Schule", en: "School" },
            description: { de: "Schulgespräche", en: "School talks" },
            requiresGoodConduct: true,
          },
        },
        disable: [],
      },
    } as unknown as Record<string, unknown>;
    const places: { path: (string | number)[]; keys: string[] }[] = [
      { path: [], keys: Object.keys(config) },
      { path: ["municipalities", 1], keys: ["id", "name", "neighbours"] },
      { path: ["coordinationPoints", 1], keys: ["id", "name", "organisation", "role", "contact"] },
      { path: ["coordinationPoints", 1, "contact"], keys: ["email", "phone", "address"] },
      { path: ["routing"], keys: ["default", "byCategory"] },
      { path: ["retention"], keys: ["closedRequestsDays", "unansweredSignupsDays"] },
      { path: ["curriculum", "modules", 2], keys: ["id", "label"] },
      { path: ["catalogue"], keys: ["add", "modify", "disable"] },
      {
        path: ["catalogue", "add", 0],
        keys: ["id", ...PATCH_FIELDS],
      },
      {
        path: ["catalogue", "modify", "schule"],
        keys: ["label", "description", "requiresGoodConduct"],
      },
      {
        path: ["certificationPolicy"],
        keys: Object.keys(alzeyWormsConfig.certificationPolicy),
      },
    ];
    const at = (root: unknown, path: (string | number)[]) =>
      path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root);
    fc.assert(
      fc.property(
        fc.constantFrom(...places),
        fc.nat(),
        fc.nat(),
        fc.constantFrom("x", "q", ""),
        (place, which, where, letter) => {
          const keys = place.keys.filter((k) => k.length > 4);
          fc.pre(keys.length > 0);
          const key = keys[which % keys.length] as string;
          const position = where % key.length;
          const typo = key.slice(0, position) + letter + key.slice(position + 1);
          fc.pre(typo !== key && !place.keys.includes(typo));
          const copy = structuredClone(config);
          const target = at(copy, place.path) as Record<string, unknown>;
          target[typo] = target[key];
          delete target[key];
          const result = safeDefineDistrict(copy as DistrictConfigInput);
          const field = [...place.path, typo].join(".");
          const issue = result.ok ? undefined : result.issues.find((i) => i.field === field);
          expect(issue?.params, field).toEqual({ key: typo, suggestion: key });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reports a mistyped required key once, as the typo", () => {
    const { name, ...rest } = alzeyWormsConfig;
    const result = safeDefineDistrict({ ...rest, nmae: name } as unknown as DistrictConfigInput);
    expect(messagesOf(result)).toEqual([
      "nmae: Die Angabe „nmae“ gibt es hier nicht. Meinten Sie „name“?",
    ]);
  });

  it("checks references even where the part they point into is malformed", () => {
    const config = structuredClone(alzeyWormsConfig) as unknown as Record<string, unknown>;
    const points = config.coordinationPoints as { contact: { email: unknown } }[];
    if (points[0]) points[0].contact.email = 5;
    config.routing = { default: "zentrale", byCategory: {} };
    const result = safeDefineDistrict(config as DistrictConfigInput);
    expect(result.ok ? [] : result.issues.map((i) => i.field)).toEqual([
      "coordinationPoints.0.contact.email",
      "routing.default",
    ]);
  });

  it("reports a typo and a broken reference in one round", () => {
    const result = define({
      shortcode: "AZW",
      routing: { default: "zentrale", byCategory: {} },
    } as Record<string, unknown>);
    expect(result.ok ? [] : result.issues.map((i) => i.field)).toEqual([
      "shortcode",
      "routing.default",
    ]);
  });

  it("rejects an unknown language key inside localized text", () => {
    const result = define({
      catalogue: {
        add: [
          {
            id: "wohnen",
            label: { de: "Wohnen", en: "Housing", dee: "Wohnen" },
            description: { de: "Wohnungssuche", en: "Finding a flat" },
            requiresSharedLanguage: false,
            certifiedOnly: false,
          },
        ],
      },
    });
    expect(messagesOf(result)).toEqual([
      "catalogue.add.0.label.dee: Die Angabe „dee“ gibt es hier nicht. Meinten Sie „de“?",
    ]);
  });

  it("says what is expected for short codes, domains and whole numbers", () => {
    const result = define({
      shortCode: "azw",
      domain: "https://integrationspaten.alzey-worms.de/",
      retention: { closedRequestsDays: 180.5, unansweredSignupsDays: "365" },
    } as Record<string, unknown>);
    expect(messagesOf(result)).toEqual([
      "shortCode: Das Kürzel muss aus 2 bis 6 Großbuchstaben bestehen (z. B. „AZW“).",
      "domain: Bitte geben Sie einen Domainnamen in Kleinbuchstaben an, ohne „https://“ und ohne Pfad (z. B. „integrationspaten.alzey-worms.de“).",
      "retention.closedRequestsDays: Bitte geben Sie eine ganze Zahl an (ohne Komma).",
      "retention.unansweredSignupsDays: Bitte geben Sie eine Zahl an.",
    ]);
  });

  it("checks that required modules are described in the curriculum", () => {
    const result = define({
      certificationPolicy: {
        ...alzeyWormsConfig.certificationPolicy,
        requiredModules: ["behorden"],
      },
    });
    expect(messagesOf(result)).toEqual([
      "certificationPolicy.requiredModules.0: Das Modul „behorden“ ist im Lehrplan des Landkreises (curriculum.modules) nicht beschrieben.",
    ]);
  });
});

describe("records checked against the district", () => {
  const schemas = schemasFor(district);

  it("rejects a volunteer with a municipality, category or language the district does not have", () => {
    const result = parseWith(
      schemas.volunteer,
      volunteer("v-1", {
        municipalities: ["mainz"],
        categories: ["behoerden", "steuern"],
        languages: [
          { language: "ar", level: "native" },
          { language: "pl", level: "fluent" },
        ],
      }),
    );
    expect(messagesOf(result)).toEqual([
      "languages.1.language: Die Sprache „pl“ bietet der Landkreis nicht an (languagesOffered). Bitte ergänzen Sie sie dort oder wählen Sie eine angebotene Sprache.",
      "categories.1: Diese Art der Hilfe wird hier nicht angeboten.",
      "municipalities.0: Bitte wählen Sie einen Ort aus der Liste.",
    ]);
  });

  it("accepts a regional variant of an offered language, and keeps Dari and Farsi apart", () => {
    const offered = parseWith(
      schemas.volunteer,
      volunteer("v-1", { languages: [{ language: "ar-SY", level: "native" }] }),
    );
    expect(offered.ok).toBe(true);
    const farsiOnly = schemasFor({ ...district, languagesOffered: ["fa"] });
    const dari = parseWith(
      farsiOnly.volunteer,
      volunteer("v-1", { languages: [{ language: "prs", level: "native" }] }),
    );
    expect(dari.ok).toBe(false);
  });

  it("rejects a session of a module the curriculum does not have", () => {
    const result = parseWith(schemas.trainingSession, {
      id: "t-1",
      kind: "expert_talk",
      module: "steuern",
      title: "Steuererklärung",
      date: "2027-03-02",
      start: "18:00",
      end: "19:30",
    });
    expect(messagesOf(result)).toEqual([
      "module: Das Modul „steuern“ ist im Lehrplan des Landkreises (curriculum.modules) nicht beschrieben.",
    ]);
  });

  it("rejects attendance of a session that is not in the list", () => {
    const result = parseWith(schemas.attendanceListFor([{ id: "t-1" }, { id: "t-2" }]), [
      { volunteerId: "v-1", sessionId: "t-1", status: "present" },
      { volunteerId: "v-1", sessionId: "t-3", status: "present" },
    ]);
    expect(messagesOf(result)).toEqual([
      "1.sessionId: Die Anwesenheit verweist auf den Termin „t-3“, den es in der Liste der Termine nicht gibt.",
    ]);
  });

  it("rejects a mistyped field of a record instead of dropping it silently", () => {
    const { availability, ...rest } = volunteer("v-1", {
      availability: [{ weekday: 2, from: "18:00", to: "20:00" }],
    });
    const result = parseWith(schemas.volunteer, { ...rest, availabilty: availability });
    expect(messagesOf(result)).toEqual([
      "availabilty: Die Angabe „availabilty“ gibt es hier nicht. Meinten Sie „availability“?",
    ]);
  });

  it("rejects a help request routed to a coordination point the district does not have", () => {
    const result = parseWith(schemas.helpRequest, request({ coordinationPoint: "rathaus" }));
    expect(messagesOf(result)).toEqual([
      "coordinationPoint: Die Koordinierungsstelle „rathaus“ gibt es in diesem Landkreis nicht.",
    ]);
  });

  it("makes matching report such a volunteer instead of excluding it silently", () => {
    const result = rankVolunteers({
      request: request(),
      volunteers: [volunteer("v-ok"), volunteer("v-mainz", { municipalities: ["mainz"] })],
      district,
      now: NOW,
    });
    expect(messagesOf(result)).toEqual([
      "volunteers.1.municipalities.0: Bitte wählen Sie einen Ort aus der Liste.",
    ]);
  });
});

describe("languages", () => {
  it("rejects tags whose language the platform cannot name", () => {
    for (const tag of ["xx", "zz-Latn", "qaa"]) {
      const result = parseWith(languageTagSchema, tag);
      expect(messagesOf(result)).toEqual([
        `: Die Sprache „${tag}“ ist unbekannt. Bitte verwenden Sie einen Sprachcode nach BCP 47, z. B. „ar“, „prs“ (Dari) oder „kmr“ (Kurmandschi).`,
      ]);
    }
  });

  it("accepts Dari, Farsi, Kurmanji and Sorani as four distinct languages", () => {
    const tags = ["prs", "fa", "kmr", "ckb"].map((tag) => languageTagSchema.parse(tag));
    expect(tags).toEqual(["prs", "fa", "kmr", "ckb"]);
  });

  it("accepts a language the district lists and names itself", () => {
    const result = define({
      languagesOffered: [...alzeyWormsConfig.languagesOffered, "gsg"],
      languageNames: { gsg: { de: "Deutsche Gebärdensprache", en: "German Sign Language" } },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const signer = parseWith(
      schemasFor(result.value).volunteer,
      volunteer("v-1", { languages: [{ language: "gsg", level: "native" }] }),
    );
    expect(signer.ok).toBe(true);
    const matching = rankVolunteers({
      request: request({ languages: ["gsg"] }),
      volunteers: [volunteer("v-1", { languages: [{ language: "gsg", level: "native" }] })],
      district: result.value,
      now: NOW,
    });
    expect(matching.ok && matching.value.candidates[0]?.reasons[0]?.message).toBe(
      "Spricht Deutsche Gebärdensprache als Muttersprache.",
    );
  });

  it("asks for a name when the district lists a language the platform cannot name", () => {
    const result = define({ languagesOffered: ["de", "gsg"] });
    expect(messagesOf(result)).toEqual([
      "languagesOffered.1: Die Sprache „gsg“ kann die Plattform nicht benennen. Bitte geben Sie unter „languageNames“ einen deutschen und einen englischen Namen an.",
    ]);
  });
});

describe("every problem in one round, each once", () => {
  it("reports an unknown municipality together with a missing consent", () => {
    const { volunteerSignup } = formSchemasFor(district);
    const result = parseWith(volunteerSignup, {
      name: "Amira Beispiel",
      email: "amira@example.org",
      municipality: "mainz",
      languages: [{ language: "ar", level: "native" }],
      categories: ["behoerden"],
      consent: false,
    });
    expect(messagesOf(result)).toEqual([
      "municipality: Bitte wählen Sie einen Ort aus der Liste.",
      "consent: Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben.",
    ]);
  });

  it("reports an empty volunteer id of an attendance record once", () => {
    const result = parseWith(attendanceSchema, {
      volunteerId: "",
      sessionId: "t-1",
      status: "present",
    });
    expect(result.ok ? [] : result.issues.map((i) => i.field)).toEqual(["volunteerId"]);
  });
});
