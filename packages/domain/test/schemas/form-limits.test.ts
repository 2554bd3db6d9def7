/*
 * What a security test of the public forms found (each case failed before its fix): lists
 * without a maximum, whose every entry was parsed and reported; texts without a maximum;
 * control characters in names and free text; a name made of zero-width spaces.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { alzeyWorms } from "../../src/district/default.js";
import { formListLimitsFor, formSchemasFor } from "../../src/district/form-schemas.js";
import { schemasFor } from "../../src/district/record-schemas.js";
import { parseWith, type ValidationIssue } from "../../src/i18n/issues.js";
import { visibleLength } from "../../src/schemas/characters.js";
import {
  helpRequestFormSchema,
  OPEN_LIST_LIMITS,
  volunteerSignupSchema,
} from "../../src/schemas/forms.js";

const signup = {
  name: "Amina Haddad",
  email: "amina@example.org",
  phone: "06731 123456",
  municipality: "alzey",
  languages: [{ language: "ar", level: "native" }],
  categories: ["behoerden"],
  availabilityNote: "dienstags",
  motivation: "Ich kenne das.",
  consent: true,
};

const helpRequest = {
  requesterRole: "on_behalf",
  contactName: "Jana Becker",
  contactEmail: "jana@example.org",
  contactPhone: "06731 123456",
  organisation: "Grundschule",
  category: "schule",
  languages: ["prs"],
  municipality: "wonnegau",
  preferredDate: "2026-03-17",
  weekdays: [2],
  timesOfDay: ["morning"],
  description: "Elterngespräch",
  consent: true,
};

const issuesOf = (result: ReturnType<typeof parseWith>): ValidationIssue[] =>
  result.ok ? [] : result.issues;
const summary = (result: ReturnType<typeof parseWith>) =>
  issuesOf(result).map((i) => `${i.field} ${i.code} ${JSON.stringify(i.params)}`);

const narrowed = formSchemasFor(alzeyWorms());
const SIGNUP_SCHEMAS = [
  ["open", volunteerSignupSchema],
  ["Alzey-Worms", narrowed.volunteerSignup],
  ["schemasFor", schemasFor(alzeyWorms()).volunteerSignup],
] as const;
const HELP_SCHEMAS = [
  ["open", helpRequestFormSchema],
  ["Alzey-Worms", narrowed.helpRequest],
  ["schemasFor", schemasFor(alzeyWorms()).helpRequestForm],
] as const;

describe("lists have a maximum, checked before their entries", () => {
  it("answers 4,000 categories with one issue, not one per entry", () => {
    for (const entry of ["behoerden", "X!"]) {
      const input = { ...signup, categories: Array(4000).fill(entry) };
      const raw = volunteerSignupSchema.safeParse(input);
      expect(raw.success ? [] : raw.error.issues, entry).toHaveLength(1);
      expect(summary(parseWith(volunteerSignupSchema, input))).toEqual([
        `categories list.tooMany {"count":${OPEN_LIST_LIMITS.categories}}`,
      ]);
    }
  });

  it("answers 4,000 languages with one issue, on both forms", () => {
    const rows = Array(4000).fill({ language: "xx", level: "perfect" });
    expect(summary(parseWith(volunteerSignupSchema, { ...signup, languages: rows }))).toEqual([
      'languages list.tooMany {"count":10}',
    ]);
    const tags = Array(4000).fill("zz-Latn");
    expect(summary(parseWith(helpRequestFormSchema, { ...helpRequest, languages: tags }))).toEqual([
      'languages list.tooMany {"count":10}',
    ]);
  });

  it("accepts ten languages and refuses eleven", () => {
    const tags = ["ar", "fa", "prs", "tr", "ru", "uk", "ps", "ti", "so", "en", "fr"];
    const rows = tags.map((language) => ({ language, level: "fluent" }));
    for (const [name, schema] of SIGNUP_SCHEMAS) {
      expect(parseWith(schema, { ...signup, languages: rows.slice(0, 10) }).ok, name).toBe(true);
      expect(summary(parseWith(schema, { ...signup, languages: rows })), name).toEqual([
        'languages list.tooMany {"count":10}',
      ]);
    }
    for (const [name, schema] of HELP_SCHEMAS) {
      expect(parseWith(schema, { ...helpRequest, languages: tags.slice(0, 10) }).ok, name).toBe(
        true,
      );
      expect(summary(parseWith(schema, { ...helpRequest, languages: tags })), name).toEqual([
        'languages list.tooMany {"count":10}',
      ]);
    }
  });

  it("allows at most 7 weekdays and 3 parts of the day, one issue each", () => {
    for (const [name, schema] of HELP_SCHEMAS) {
      const input = {
        ...helpRequest,
        weekdays: Array(4000).fill(9),
        timesOfDay: ["morning", "afternoon", "evening", "night"],
      };
      expect(summary(parseWith(schema, input)), name).toEqual([
        'weekdays list.tooMany {"count":7}',
        'timesOfDay list.tooMany {"count":3}',
      ]);
      const full = {
        ...helpRequest,
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        timesOfDay: ["morning", "afternoon", "evening"],
      };
      expect(parseWith(schema, full).ok, name).toBe(true);
    }
  });

  it("allows a volunteer in a district no more categories than its catalogue has", () => {
    const ids = alzeyWorms().categories.map((c) => c.id);
    expect(formListLimitsFor(alzeyWorms())).toEqual({ categories: ids.length, languages: 10 });
    for (const [name, schema] of SIGNUP_SCHEMAS.slice(1)) {
      expect(parseWith(schema, { ...signup, categories: ids }).ok, name).toBe(true);
      expect(summary(parseWith(schema, { ...signup, categories: [...ids, ids[0]] })), name).toEqual(
        [`categories list.tooMany {"count":${ids.length}}`],
      );
    }
    // The open schema knows no catalogue.
    expect(parseWith(volunteerSignupSchema, { ...signup, categories: [...ids, ids[0]] }).ok).toBe(
      true,
    );
  });

  it("allows a volunteer no more languages than a small district offers, a request the open maximum", () => {
    const small = {
      municipalities: [{ id: "dorf" }],
      categories: [{ id: "arzt" }, { id: "alltag" }],
      languagesOffered: ["de", "ar", "fa"],
    };
    const { volunteerSignup, helpRequest: helpSchema } = formSchemasFor(small);
    const skills = ["de", "ar", "fa", "ar-SY"].map((language) => ({ language, level: "native" }));
    const base = { ...signup, municipality: "dorf", categories: ["arzt"] };
    expect(summary(parseWith(volunteerSignup, { ...base, languages: skills }))).toEqual([
      'languages list.tooMany {"count":3}',
    ]);
    // A request is never refused for its languages: it keeps the open maximum.
    const request = { ...helpRequest, municipality: "dorf", category: "arzt" };
    const asked = ["prs", "ar", "de", "en", "ti", "so", "ku", "uk", "ru", "tr"];
    expect(parseWith(helpSchema, { ...request, languages: asked }).ok).toBe(true);
    expect(summary(parseWith(helpSchema, { ...request, languages: [...asked, "fa"] }))).toEqual([
      'languages list.tooMany {"count":10}',
    ]);
    expect(
      summary(parseWith(volunteerSignup, { ...base, categories: ["arzt", "alltag", "arzt"] })),
    ).toEqual(['categories list.tooMany {"count":2}']);
  });

  it("says so in German and in every language of the forms", () => {
    const result = parseWith(
      helpRequestFormSchema,
      { ...helpRequest, weekdays: [1, 2, 3, 4, 5, 6, 7, 1] },
      "de",
    );
    expect(issuesOf(result).map((i) => i.message)).toEqual([
      "Bitte wählen Sie höchstens 7 Einträge aus.",
    ]);
    const en = parseWith(helpRequestFormSchema, { ...helpRequest, timesOfDay: Array(4) }, "en");
    expect(issuesOf(en).map((i) => i.message)).toEqual(["Please choose no more than 3 entries."]);
  });

  it("still says that a text sent for a list is no list, once", () => {
    expect(
      summary(parseWith(helpRequestFormSchema, { ...helpRequest, weekdays: "x".repeat(50) })),
    ).toEqual(["weekdays array.expected {}"]);
    expect(summary(parseWith(volunteerSignupSchema, { ...signup, categories: "arzt" }))).toEqual([
      "categories categories.required {}",
    ]);
  });
});

/** Every text field of the two forms, with a value it accepts. */
const SIGNUP_TEXTS = ["name", "email", "phone", "availabilityNote", "motivation"] as const;
const HELP_TEXTS = [
  "contactName",
  "contactEmail",
  "contactPhone",
  "organisation",
  "description",
  "preferredDate",
  "requesterRole",
  "category",
  "municipality",
] as const;

describe("every text has a maximum", () => {
  it("refuses 100,000 characters in any text field, or in any list's entry, with one issue", () => {
    const long = "a".repeat(100_000);
    const cases: (readonly [string, z.ZodType, Record<string, unknown>])[] = [
      ...SIGNUP_TEXTS.map((f) => [f, volunteerSignupSchema, { ...signup, [f]: long }] as const),
      ["municipality", volunteerSignupSchema, { ...signup, municipality: long }],
      ["categories.0", volunteerSignupSchema, { ...signup, categories: [long] }],
      [
        "languages.0.language",
        volunteerSignupSchema,
        { ...signup, languages: [{ language: long, level: "native" }] },
      ],
      [
        "languages.0.level",
        volunteerSignupSchema,
        { ...signup, languages: [{ language: "ar", level: long }] },
      ],
      ...HELP_TEXTS.map((f) => [f, helpRequestFormSchema, { ...helpRequest, [f]: long }] as const),
      ["languages.0", helpRequestFormSchema, { ...helpRequest, languages: [long] }],
      ["timesOfDay.0", helpRequestFormSchema, { ...helpRequest, timesOfDay: [long] }],
    ];
    for (const [field, schema, input] of cases) {
      const issues = issuesOf(parseWith(schema, input));
      expect(
        issues.map((i) => i.field),
        field,
      ).toEqual([field]);
    }
  });
});

const CONTROL = [
  ...Array.from({ length: 0x20 }, (_, c) => c),
  0x7f,
  ...Array.from({ length: 0x20 }, (_, c) => 0x80 + c),
].map((c) => String.fromCharCode(c));
const LINE_BREAKS = new Set(["\t", "\n", "\r"]);
const INVISIBLE = [
  "\u200B",
  "\u200C",
  "\u200D",
  "\u2060",
  "\uFEFF",
  "\u00AD",
  "\u180E",
  "\u034F",
  "\u200E",
  "\u200F",
  "\u202A",
  "\u202B",
  "\u202C",
  "\u202D",
  "\u202E",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  " ",
  "\u00A0",
  "\u3000",
];

/** The one-line and the free-text fields, with the form they belong to. */
const LINE_FIELDS = [
  ["name", volunteerSignupSchema, signup],
  ["email", volunteerSignupSchema, signup],
  ["phone", volunteerSignupSchema, signup],
  ["contactName", helpRequestFormSchema, helpRequest],
  ["organisation", helpRequestFormSchema, helpRequest],
  ["contactEmail", helpRequestFormSchema, helpRequest],
  ["contactPhone", helpRequestFormSchema, helpRequest],
] as const;
const TEXT_FIELDS = [
  ["availabilityNote", volunteerSignupSchema, signup],
  ["motivation", volunteerSignupSchema, signup],
  ["description", helpRequestFormSchema, helpRequest],
] as const;

/** A control character somewhere inside a field's valid value (not only at its ends). */
const withInside = (value: string, char: string, at: number) => {
  const cut = 1 + (at % (value.length - 1));
  return value.slice(0, cut) + char + value.slice(cut);
};

describe("control characters", () => {
  it("are refused in every one-line field, line breaks and TAB included", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LINE_FIELDS),
        fc.constantFrom(...CONTROL),
        fc.nat(),
        ([field, schema, valid], char, at) => {
          const value = withInside(String(valid[field as keyof typeof valid]), char, at);
          const result = parseWith(schema, { ...valid, [field]: value });
          expect(summary(result)).toEqual([`${field} text.controlCharacters {}`]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("are refused in free text, except TAB, LF and CR", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TEXT_FIELDS),
        fc.constantFrom(...CONTROL),
        fc.nat(),
        ([field, schema, valid], char, at) => {
          const value = withInside(String(valid[field as keyof typeof valid]), char, at);
          const result = parseWith(schema, { ...valid, [field]: value });
          expect(summary(result)).toEqual(
            LINE_BREAKS.has(char) ? [] : [`${field} text.controlCharacters {}`],
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keep the line breaks of a textarea (CRLF) and explain NUL and ESC in German", () => {
    const result = parseWith(
      volunteerSignupSchema,
      { ...signup, motivation: "Ich kenne das.\r\n\tSelbst erlebt.", name: "Amina\u0000Haddad" },
      "de",
    );
    expect(issuesOf(result).map((i) => `${i.field}: ${i.message}`)).toEqual([
      "name: Dieses Feld enthält unsichtbare Steuerzeichen, zum Beispiel aus einem kopierten Text. Bitte geben Sie den Text neu ein.",
    ]);
    const esc = parseWith(helpRequestFormSchema, { ...helpRequest, description: "\u001b[2J" });
    expect(summary(esc)).toEqual(["description text.controlCharacters {}"]);
  });
});

describe("invisible characters", () => {
  it("do not make a name: three zero-width spaces are refused, on both forms", () => {
    const zws = "\u200B\u200B\u200B";
    expect(summary(parseWith(volunteerSignupSchema, { ...signup, name: zws }))).toEqual([
      "name text.invisibleOnly {}",
    ]);
    expect(summary(parseWith(helpRequestFormSchema, { ...helpRequest, contactName: zws }))).toEqual(
      ["contactName text.invisibleOnly {}"],
    );
    // One visible letter is as short as a one-letter name.
    expect(summary(parseWith(volunteerSignupSchema, { ...signup, name: "A\u200B\u200D" }))).toEqual(
      ["name name.required {}"],
    );
  });

  it("refuses any name, organisation or free text made of invisible characters only", () => {
    const fields = [...LINE_FIELDS.filter(([f]) => !/mail|phone/i.test(f)), ...TEXT_FIELDS];
    fc.assert(
      fc.property(
        fc.constantFrom(...fields),
        fc.array(fc.constantFrom(...INVISIBLE), { minLength: 1, maxLength: 8 }),
        ([field, schema, valid], chars) => {
          const value = chars.join("");
          fc.pre(value.trim() !== "");
          const result = parseWith(schema, { ...valid, [field]: value });
          expect(summary(result)).toEqual([`${field} text.invisibleOnly {}`]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("leaves a blank optional field blank rather than refusing it", () => {
    const result = parseWith(helpRequestFormSchema, { ...helpRequest, organisation: " \t " });
    expect(result.ok && result.value.organisation).toBeUndefined();
  });

  it("keep ZWNJ inside Persian names, ZWJ inside emoji, and a soft hyphen inside a word", () => {
    for (const name of ["علی\u200Cاکبر کریمی", "زهرا\u200Cسادات", "Jürgen Weiß"]) {
      expect(parseWith(volunteerSignupSchema, { ...signup, name }).ok, name).toBe(true);
      expect(parseWith(helpRequestFormSchema, { ...helpRequest, contactName: name }).ok).toBe(true);
    }
    const text = "Gemeinsam 👩\u200D👧 zum Eltern\u00ADabend, می\u200Cخواهم کمک کنم.";
    expect(parseWith(helpRequestFormSchema, { ...helpRequest, description: text }).ok).toBe(true);
    expect(visibleLength("زهرا\u200Cسادات")).toBe(9);
  });

  it("accepts what a person types: any name of letters keeps passing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 2, maxLength: 60 }), (name) => {
        const result = parseWith(volunteerSignupSchema, { ...signup, name });
        const trimmed = name.trim();
        const refused =
          CONTROL.some((c) => trimmed.includes(c)) ||
          visibleLength(trimmed) < 2 ||
          trimmed.length > 120;
        expect(result.ok, JSON.stringify(name)).toBe(!refused);
      }),
      { numRuns: 300 },
    );
  });
});
