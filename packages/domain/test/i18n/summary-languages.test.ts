/*
 * The summary languages (ar, fa, uk, ru, tr) have both public forms and the dates pages:
 * every message a visitor of those pages can see must be in the page's language, not in
 * the English fallback. Which messages those are is derived, not guessed: the forms' keys
 * by running both forms' schemas (open and narrowed to Alzey-Worms, as JSON and through the
 * url-encoded form's decoding) on invalid inputs; the schedule's keys by rendering the dates
 * pages' and calendar files' texts with a catalogue that shows each message as its key.
 */
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { de } from "../../src/i18n/de.js";
import { en } from "../../src/i18n/en.js";
import { type MessageKey, resolveMessage } from "../../src/i18n/messages.js";
import { occurrenceToIcs } from "../../src/ics/index.js";
import {
  alzeyWorms,
  decodeFormFields,
  expandOccurrences,
  FORM_FIELDS,
  formatTentative,
  formSchemasFor,
  groupByMonth,
  helpRequestFormSchema,
  type Message,
  type MessageCatalogue,
  parseWith,
  registerMessages,
  translate,
  volunteerSignupSchema,
} from "../../src/index.js";
import { BERLIN, programmeEvent, weekly } from "../schedule/fixtures.js";

const LANGUAGES = ["ar", "fa", "uk", "ru", "tr"] as const;

/**
 * Every message key the volunteer sign-up and the help request form can produce. Derived
 * by `formKeysProduced()` below (the test "is what the forms produce" keeps it honest): a
 * new key in a form's schema fails that test until it is listed here, and then the
 * translation tests until every summary language has it.
 */
const FORM_KEYS = [
  // generic (`genericKey`, `closedObject`): a body or a languages row that is no object,
  // a text or list field of the wrong type, an unknown or mistyped key in a languages row
  "field.required",
  "field.unknownKey",
  "field.unknownKeySuggestion",
  "string.expected",
  "array.expected",
  "object.expected",
  // set on the forms' fields
  "id.invalid",
  "language.invalid",
  "language.unknown",
  "language.notOfferedByDistrict",
  "languageLevel.invalid",
  "languages.required",
  "date.invalid",
  "weekday.invalid",
  "name.required",
  "name.tooLong",
  "email.invalid",
  "phone.invalid",
  "contact.required",
  "consent.required",
  "categories.required",
  "category.required",
  "municipality.required",
  "category.unknown",
  "municipality.unknown",
  "description.tooLong",
  "text.tooLong",
  "text.controlCharacters",
  "text.invisibleOnly",
  "list.tooMany",
  "timeOfDay.invalid",
  "requesterRole.invalid",
] as const satisfies readonly MessageKey[];

/**
 * The schedule texts the dates pages (`formatOccurrence`, `formatTentative`,
 * `groupByMonth`) and calendar files (`occurrenceToIcs`, `feedToIcs`) show in the page's
 * language. Derived by `scheduleKeysShown()` below.
 */
const SCHEDULE_KEYS = [
  "schedule.tentative",
  "schedule.tentativeGroup",
  "schedule.season.spring",
  "schedule.season.summer",
  "schedule.season.autumn",
  "schedule.season.winter",
  "schedule.cancelled",
] as const satisfies readonly MessageKey[];

/**
 * The kinds of date: calendar files write them as CATEGORIES, today always in German (the
 * pages label kinds with the site's own texts). Translated all the same, so that a
 * calendar in the page's language needs no new translations.
 */
const SCHEDULE_KIND_KEYS = [
  "schedule.kind.expert_talk",
  "schedule.kind.workshop",
  "schedule.kind.meeting",
  "schedule.kind.ceremony",
  "schedule.kind.other",
] as const satisfies readonly MessageKey[];

/** What the summary languages must translate. */
const SUMMARY_KEYS: readonly MessageKey[] = [...FORM_KEYS, ...SCHEDULE_KEYS, ...SCHEDULE_KIND_KEYS];

/** The `{slots}` of a message (both plural forms together). */
const slots = (message: Message) =>
  [...new Set(JSON.stringify(message).match(/\{\w+\}/g) ?? [])].sort();

// --- deriving the forms' keys -------------------------------------------------------------

/**
 * Values put into every field, list element and languages-row field: missing, empty, of
 * every JSON type, too long, unknown ids and languages, malformed dates and addresses.
 */
const SAMPLES: readonly unknown[] = [
  undefined,
  null,
  "",
  "   ",
  "x",
  "X!",
  "AR",
  "ar-SY",
  "xx",
  "zz-Latn",
  "ja",
  "mainz",
  "native",
  "self",
  "2026-02-30",
  "amina@",
  "+49 (0) 6731/1234",
  "12",
  "a".repeat(2000),
  "Amina\u0000",
  "\u001b[2J",
  "\u200B\u200B\u200B",
  0,
  1,
  1.5,
  -1,
  8,
  Number.NaN,
  true,
  false,
  [],
  [""],
  [null],
  [1],
  ["x"],
  Array.from({ length: 12 }, (_, i) => (i % 7) + 1),
  {},
  { a: 1 },
];
/** The string samples, as a url-encoded form can send them. */
const FORM_VALUES = SAMPLES.filter((s): s is string => typeof s === "string");

const VALID = {
  volunteer_signup: {
    name: "Amina Haddad",
    email: "amina@example.org",
    phone: "06731 123456",
    municipality: "alzey",
    languages: [{ language: "ar", level: "native" }],
    categories: ["behoerden"],
    availabilityNote: "dienstags",
    motivation: "Ich kenne das.",
    consent: true,
  },
  help_request: {
    requesterRole: "self",
    contactName: "Jana Becker",
    contactEmail: "jana@example.org",
    contactPhone: "06731 123456",
    organisation: "Grundschule",
    category: "schule",
    languages: ["prs"],
    municipality: "alzey",
    preferredDate: "2026-03-17",
    weekdays: [2],
    timesOfDay: ["morning"],
    description: "Elterngespräch",
    consent: true,
  },
} as const;

type Kind = keyof typeof VALID;

/** A valid form as the plain HTML form sends it. */
function encoded(kind: Kind): [string, string][] {
  const fields: [string, string][] = [];
  for (const [name, value] of Object.entries(VALID[kind])) {
    if (name === "languages" && kind === "volunteer_signup") {
      fields.push(["languages.0.language", "ar"], ["languages.0.level", "native"]);
    } else if (Array.isArray(value)) {
      for (const item of value) fields.push([name, String(item)]);
    } else fields.push([name, value === true ? "on" : String(value)]);
  }
  return fields;
}

/** The keys the two forms produce on `SAMPLES`, each with one example field. */
function formKeysProduced(): Map<MessageKey, string> {
  const found = new Map<MessageKey, string>();
  const narrowed = formSchemasFor(alzeyWorms());
  const schemas: [Kind, z.ZodType][] = [
    ["volunteer_signup", volunteerSignupSchema],
    ["volunteer_signup", narrowed.volunteerSignup],
    ["help_request", helpRequestFormSchema],
    ["help_request", narrowed.helpRequest],
  ];
  for (const [kind, schema] of schemas) {
    const run = (input: unknown) => {
      const result = parseWith(schema, input, "de");
      if (result.ok) return;
      for (const issue of result.issues) {
        if (!found.has(issue.code)) found.set(issue.code, `${kind} ${issue.field}`);
      }
    };
    const valid: Record<string, unknown> = VALID[kind];
    for (const sample of SAMPLES) run(sample);
    for (const field of FORM_FIELDS[kind]) {
      const { [field]: _, ...without } = valid;
      run(without);
      for (const sample of SAMPLES) {
        run({ ...valid, [field]: sample });
        run({ ...valid, [field]: [sample] });
      }
    }
    if (kind === "volunteer_signup") {
      const row = { language: "ar", level: "native" };
      for (const sample of SAMPLES) {
        run({ ...valid, languages: [sample] });
        run({ ...valid, languages: [{ ...row, language: sample }] });
        run({ ...valid, languages: [{ ...row, level: sample }] });
        run({ ...valid, languages: [{ ...row, levl: sample }] });
        run({ ...valid, languages: [{ ...row, remark: sample }] });
      }
    }
    // The plain form: each field left out or replaced, then decoded as the worker does.
    const fields = encoded(kind);
    const names = [...new Set(fields.map(([name]) => name))];
    for (const name of names) {
      const others = fields.filter(([n]) => n !== name);
      run(decodeFormFields(kind, others).payload);
      for (const value of FORM_VALUES) {
        run(decodeFormFields(kind, [...others, [name, value]]).payload);
      }
    }
  }
  return found;
}

// --- deriving the schedule's keys ---------------------------------------------------------

/**
 * A language whose every message is its own key, ⟦like.this⟧, followed by the German
 * message's slots, so that a message put into another one's slot shows too (ISO 639
 * "local use").
 */
const KEYS_LOCALE = "qaa";
const keysCatalogue: MessageCatalogue = {
  locale: KEYS_LOCALE,
  messages: Object.fromEntries(
    Object.entries(de.messages).map(([key, message]) => [
      key,
      [`⟦${key}⟧`, ...slots(message)].join(" "),
    ]),
  ),
};

/** The keys of the schedule texts pages and calendar files show in a page's language. */
function scheduleKeysShown(): Set<MessageKey> {
  registerMessages(keysCatalogue);
  const texts: string[] = [];
  for (const season of ["spring", "summer", "autumn", "winter"] as const) {
    texts.push(formatTentative({ type: "tentative", year: 2027, season }, KEYS_LOCALE));
  }
  texts.push(formatTentative({ type: "tentative", year: 2027, month: 3 }, KEYS_LOCALE));
  texts.push(formatTentative({ type: "tentative", year: 2027 }, KEYS_LOCALE));
  const kinds = ["expert_talk", "workshop", "meeting", "ceremony", "other"] as const;
  const occurrences = expandOccurrences(
    kinds.flatMap((kind) => [
      weekly(
        `reihe-${kind.replace("_", "-")}`,
        { weekday: 2, from: "2026-03-03", until: "2026-03-10" },
        { kind, title: { de: "Treffen", [KEYS_LOCALE]: "Titel" } },
        [{ date: "2026-03-10", status: "cancelled" }],
      ),
      programmeEvent(
        `offen-${kind.replace("_", "-")}`,
        { type: "tentative", year: 2027 },
        { kind },
      ),
    ]),
    { timeZone: BERLIN },
  );
  for (const group of groupByMonth(occurrences, { timeZone: BERLIN, locale: KEYS_LOCALE })) {
    texts.push(group.label);
  }
  for (const occurrence of occurrences.filter((o) => o.start !== undefined)) {
    const ics = occurrenceToIcs(occurrence, {
      domain: "example.org",
      generatedAt: new Date("2026-01-01T00:00:00Z"),
      locale: KEYS_LOCALE,
    });
    texts.push(ics.replaceAll("\r\n ", ""));
  }
  const keys = new Set<MessageKey>();
  for (const text of texts) {
    for (const [, key] of text.matchAll(/⟦([\w.]+)⟧/g)) keys.add(key as MessageKey);
  }
  return keys;
}

// --- checks ---------------------------------------------------------------------------------

/** The plural forms of a message (one for plain text). */
const forms = (message: Message) =>
  typeof message === "string" ? [message] : [message.one, message.other];

/** The script each language's messages are written in (Turkish is written in Latin). */
const SCRIPT: Record<(typeof LANGUAGES)[number], RegExp | undefined> = {
  ar: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u,
  uk: /\p{Script=Cyrillic}/u,
  ru: /\p{Script=Cyrillic}/u,
  tr: undefined,
};
const LATIN = /\p{Script=Latin}/u;

/** A rendered message with the values of its parameters taken out. */
function withoutParams(message: string, params: Record<string, string | number>): string {
  let text = message;
  for (const value of Object.values(params)) text = text.replaceAll(String(value), "");
  return text;
}

describe("the keys the public pages can show", () => {
  it("is what the forms produce", () => {
    const produced = formKeysProduced();
    expect([...produced.keys()].sort(), JSON.stringify([...produced])).toEqual(
      [...FORM_KEYS].sort(),
    );
  });

  it("is what the dates pages and calendar files show", () => {
    expect([...scheduleKeysShown()].sort()).toEqual([...SCHEDULE_KEYS].sort());
  });
});

describe.each(LANGUAGES)("%s", (locale) => {
  it("has every key of the forms and the dates pages itself, not through English", () => {
    const fallingBack = SUMMARY_KEYS.filter((key) => resolveMessage(locale, key).locale !== locale);
    expect(fallingBack).toEqual([]);
  });

  it("keeps the German {slots} of every key, in each plural form", () => {
    for (const key of SUMMARY_KEYS) {
      const message = resolveMessage(locale, key).message;
      const german = de.messages[key];
      expect(slots(message), key).toEqual(slots(german));
      // The `other` form is chosen for every count but one: it must name what German names.
      const last = (m: Message) => (typeof m === "string" ? m : m.other);
      expect(slots(last(message)), `${key} (other)`).toEqual(slots(last(german)));
    }
  });

  it("writes every key in its own script, with no Latin words besides codes and slots", () => {
    const script = SCRIPT[locale];
    for (const key of SUMMARY_KEYS) {
      for (const form of forms(resolveMessage(locale, key).message)) {
        const text = form.replace(/\{\w+\}/g, "");
        if (script) {
          expect(text, key).toMatch(script);
          expect(text, key).not.toMatch(LATIN);
        }
        expect(form, key).not.toBe(forms(en.messages[key])[0]);
      }
    }
  });
});

describe("a volunteer sign-up on an Arabic page, end to end", () => {
  const { volunteerSignup } = formSchemasFor(alzeyWorms());
  const invalid = {
    name: "ع".repeat(121),
    email: "amina@",
    phone: "bitte anrufen",
    municipality: "",
    languages: [
      { language: "ar" },
      { language: "ja", level: "fluent" },
      { language: "de", level: "native", levl: "basic" },
    ],
    categories: [],
    motivation: "م".repeat(1001),
    consent: false,
  };

  function expectArabic(result: ReturnType<typeof parseWith>, fields: string[]) {
    if (result.ok) throw new Error("the sign-up should be refused");
    expect(result.issues.map((issue) => issue.field)).toEqual(fields);
    for (const issue of result.issues) {
      const text = withoutParams(issue.message, issue.params);
      expect(text, issue.field).toMatch(/\p{Script=Arabic}/u);
      expect(text, issue.field).not.toMatch(LATIN);
      expect(issue.message, issue.field).toBe(translate("ar", issue.code, issue.params));
      expect(issue.message, issue.field).not.toBe(translate("en", issue.code, issue.params));
    }
  }

  it("explains every problem of a JSON submission in Arabic", () => {
    const result = parseWith(volunteerSignup, invalid, "ar");
    expectArabic(result, [
      "name",
      "email",
      "phone",
      "municipality",
      "languages.0.level",
      "languages.1.language",
      "languages.2.levl",
      "categories",
      "motivation",
      "consent",
    ]);
    if (result.ok) return;
    const byField = new Map(result.issues.map((issue) => [issue.field, issue]));
    expect(byField.get("languages.0.level")?.message).toBe("يرجى اختيار مستواك في هذه اللغة.");
    expect(byField.get("categories")?.message).toBe(
      "يرجى اختيار مجال واحد على الأقل ترغب في المساعدة فيه.",
    );
    expect(byField.get("languages.2.levl")?.message).toBe(
      "الحقل «levl» غير موجود هنا. هل تقصد «level»؟",
    );
  });

  it("explains the problems of the plain form (url-encoded) in Arabic", () => {
    const { payload } = decodeFormFields(
      "volunteer_signup",
      new URLSearchParams({
        name: "A",
        email: "amina@example.org",
        phone: "+49 abc",
        municipality: "mainz",
        "languages.0.language": "ar",
        "languages.0.level": "",
        "languages.1.language": "xx",
        "languages.1.level": "fluent",
        availabilityNote: "ص".repeat(501),
        consent: "",
      }),
    );
    expectArabic(parseWith(volunteerSignup, payload, "ar"), [
      "name",
      "phone",
      "municipality",
      "languages.0.level",
      "languages.1.language",
      "categories",
      "availabilityNote",
      "consent",
    ]);
  });
});

describe("the dates pages' texts in the summary languages", () => {
  const tentative = programmeEvent("fest", { type: "tentative", year: 2027, season: "spring" });
  const cancelled = weekly(
    "stammtisch",
    { weekday: 2, from: "2026-03-03", until: "2026-03-10" },
    { title: { de: "Stammtisch", ar: "لقاء المرافقين", uk: "Зустріч" } },
    [{ date: "2026-03-10", status: "cancelled" }],
  );
  const occurrences = expandOccurrences([cancelled, tentative], { timeZone: BERLIN });

  it("writes a tentative date and its heading wholly in the page's language", () => {
    expect(formatTentative({ type: "tentative", year: 2027, season: "spring" }, "ar")).toBe(
      "ربيع 2027، سيُعلَن عن الموعد لاحقًا",
    );
    expect(formatTentative({ type: "tentative", year: 2027, month: 3 }, "uk")).toMatch(
      /^березень 2027.*, дату буде повідомлено згодом$/,
    );
    expect(formatTentative({ type: "tentative", year: 2027, season: "autumn" }, "tr")).toBe(
      "Sonbahar 2027, tarih daha sonra duyurulacak",
    );
    for (const locale of LANGUAGES) {
      const groups = groupByMonth(occurrences, { timeZone: BERLIN, locale });
      expect(groups.at(-1)?.label, locale).toBe(translate(locale, "schedule.tentativeGroup"));
      const text = formatTentative({ type: "tentative", year: 2027, season: "winter" }, locale);
      expect(text, locale).toBe(
        translate(locale, "schedule.tentative", {
          period: translate(locale, "schedule.season.winter", { year: 2027 }),
        }),
      );
    }
  });

  it("marks a cancelled date in an Arabic calendar file in Arabic", () => {
    const date = occurrences.find((o) => o.status === "cancelled");
    if (date === undefined) throw new Error("the series has a cancelled date");
    const ics = occurrenceToIcs(date, {
      domain: "example.org",
      generatedAt: new Date("2026-01-01T00:00:00Z"),
      locale: "ar",
    });
    expect(ics.replaceAll("\r\n ", "")).toContain("SUMMARY:تم الإلغاء: لقاء المرافقين");
  });
});
