import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORM_META_FIELDS } from "../../src/contract/form-meta.js";
import { parseWith } from "../../src/i18n/issues.js";
import {
  decodeFormFields,
  FORM_FIELDS,
  type SubmissionKind,
  splitJsonSubmission,
} from "../../src/schemas/form-encoding.js";
import { helpRequestFormSchema, volunteerSignupSchema } from "../../src/schemas/forms.js";

const encoded = (query: string) => new URLSearchParams(query).entries();

describe("decodeFormFields", () => {
  it("turns a plain sign-up form into the object the schema validates", () => {
    const { payload, meta } = decodeFormFields(
      "volunteer_signup",
      encoded(
        "name=Amina+Haddad&email=amina%40example.org&phone=&municipality=alzey" +
          "&languages.0.language=ar&languages.0.level=native&languages.1.language=&languages.1.level=fluent" +
          "&languages.2.language=fr&languages.2.level=fluent&categories=behoerden&categories=arzt" +
          "&consent=on&website=&formStartedAt=1764000000000&locale=de&idempotencyKey=abc",
      ),
    );
    expect(payload).toEqual({
      name: "Amina Haddad",
      email: "amina@example.org",
      phone: "",
      municipality: "alzey",
      languages: [
        { language: "ar", level: "native" },
        { language: "fr", level: "fluent" },
      ],
      categories: ["behoerden", "arzt"],
      consent: true,
    });
    expect(meta).toEqual({
      honeypot: "",
      startedAt: 1764000000000,
      idempotencyKey: "abc",
      locale: "de",
      turnstileToken: undefined,
    });
    expect(parseWith(volunteerSignupSchema, payload).ok).toBe(true);
  });

  it("reads repeated weekdays as numbers and keeps empty lists as lists", () => {
    const { payload } = decodeFormFields(
      "help_request",
      encoded(
        "requesterRole=self&contactName=Olena&contactEmail=o%40example.org&category=arzt&languages=uk&languages=ru&municipality=eich&weekdays=2&weekdays=4&consent=on",
      ),
    );
    expect(payload).toMatchObject({ languages: ["uk", "ru"], weekdays: [2, 4], timesOfDay: [] });
    expect(parseWith(helpRequestFormSchema, payload).ok).toBe(true);
  });

  it("treats an unticked consent box as missing consent", () => {
    const { payload } = decodeFormFields("help_request", encoded("consent=off"));
    expect(payload.consent).toBe(false);
    const { payload: without } = decodeFormFields("help_request", encoded(""));
    expect(without.consent).toBeUndefined();
  });

  it("never lets a field named __proto__ or constructor reach the payload's prototype", () => {
    const { payload } = decodeFormFields(
      "help_request",
      encoded("__proto__=x&constructor=y&prototype=z&contactName=A"),
    );
    expect(Object.getPrototypeOf(payload)).toBe(Object.prototype);
    expect(Object.keys(payload)).toEqual(["contactName", "languages", "weekdays", "timesOfDay"]);
  });

  it("keeps the first value of a field sent twice, and names the field", () => {
    const { payload, duplicates } = decodeFormFields(
      "help_request",
      encoded("contactName=First&contactName=Second"),
    );
    expect(payload.contactName).toBe("First");
    expect(duplicates).toEqual(["contactName"]);
  });

  it("finds nothing repeated in a form as the browser sends it", () => {
    const { duplicates } = decodeFormFields(
      "volunteer_signup",
      encoded(
        "name=Amina&email=a%40example.org&languages.0.language=ar&languages.0.level=native" +
          "&languages.1.language=fr&languages.1.level=fluent&categories=behoerden&categories=arzt" +
          "&consent=on&website=&formStartedAt=1&locale=de&idempotencyKey=abc",
      ),
    );
    expect(duplicates).toEqual([]);
  });

  it("names a repeated consent box whichever value comes first", () => {
    for (const query of ["consent=off&consent=on", "consent=on&consent=off"]) {
      for (const kind of ["volunteer_signup", "help_request"] as const) {
        const { payload, duplicates } = decodeFormFields(kind, encoded(query));
        expect(duplicates, `${kind} ${query}`).toEqual(["consent"]);
        expect(payload.consent).toBe(query.startsWith("consent=on"));
      }
    }
  });

  it("names repeated language rows, meta fields and payload fields, each once", () => {
    const { payload, meta, duplicates } = decodeFormFields(
      "volunteer_signup",
      encoded(
        "name=A&email=a&email=b&languages.0.language=ar&languages.0.level=native" +
          "&languages.0.language=fa&name=B&name=C&locale=de&locale=ar" +
          "&languages.1.level=basic&languages.01.level=fluent&languages.1.language=tr",
      ),
    );
    expect(duplicates).toEqual([
      "email",
      "languages.0.language",
      "name",
      "locale",
      "languages.1.level",
    ]);
    expect(payload).toMatchObject({
      name: "A",
      email: "a",
      languages: [
        { language: "ar", level: "native" },
        { language: "tr", level: "basic" },
      ],
    });
    expect(meta.locale).toBe("de");
  });

  it("lets list fields repeat, and does not count fields it does not know", () => {
    expect(
      decodeFormFields(
        "help_request",
        encoded(
          "languages=uk&languages=ru&weekdays=1&weekdays=2&timesOfDay=morning&timesOfDay=evening" +
            "&extra=1&extra=2&languages.0.language=ar&languages.0.language=fa",
        ),
      ).duplicates,
    ).toEqual([]);
    expect(
      decodeFormFields("volunteer_signup", encoded("categories=arzt&categories=alltag")).duplicates,
    ).toEqual([]);
    // On the help request, `languages` is a list; `requesterRole` is not.
    expect(
      decodeFormFields("help_request", encoded("requesterRole=self&requesterRole=on_behalf"))
        .duplicates,
    ).toEqual(["requesterRole"]);
  });

  it("names every single-valued field sent more than once (property)", () => {
    const LISTS: Record<SubmissionKind, string[]> = {
      volunteer_signup: ["categories"],
      help_request: ["languages", "weekdays", "timesOfDay"],
    };
    const kind = fc.constantFrom<SubmissionKind>("volunteer_signup", "help_request");
    fc.assert(
      fc.property(
        kind.chain((k) => {
          const rowNames = ["0", "1", "2", "07"].flatMap((n) => [
            `languages.${n}.language`,
            `languages.${n}.level`,
          ]);
          const names = [
            ...FORM_FIELDS[k],
            ...Object.values(FORM_META_FIELDS),
            ...rowNames,
            "unknown",
            "__proto__",
          ];
          const field = fc.tuple(fc.constantFrom(...names), fc.constantFrom("", "ar", "on", "x"));
          return fc.tuple(fc.constant(k), fc.array(field, { maxLength: 20 }));
        }),
        ([k, fields]) => {
          // The reference: every name that counts, row numbers as numbers.
          const canonical = (name: string) => {
            const row = /^languages\.(\d+)\.(language|level)$/.exec(name);
            if (row) return k === "volunteer_signup" ? `languages.${Number(row[1])}.${row[2]}` : "";
            if (LISTS[k].includes(name)) return "";
            const single =
              FORM_FIELDS[k].includes(name) ||
              (Object.values(FORM_META_FIELDS) as string[]).includes(name);
            return single ? name : "";
          };
          const seen = new Set<string>();
          const expected: string[] = [];
          for (const [name] of fields) {
            const key = canonical(name);
            if (key === "") continue;
            if (seen.has(key) && !expected.includes(key)) expected.push(key);
            seen.add(key);
          }
          expect(decodeFormFields(k, fields).duplicates).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("ignores a start time that is not a number", () => {
    expect(
      decodeFormFields("help_request", encoded("formStartedAt=yesterday")).meta.startedAt,
    ).toBeUndefined();
  });
});

describe("splitJsonSubmission", () => {
  it("separates the meta fields from the payload of a JSON body", () => {
    const { payload, meta } = splitJsonSubmission({
      contactName: "A",
      website: "",
      formStartedAt: 1764000000000,
      locale: "en",
    });
    expect(payload).toEqual({ contactName: "A" });
    expect(meta).toMatchObject({ honeypot: "", startedAt: 1764000000000, locale: "en" });
  });

  it("drops prototype-pollution keys from JSON", () => {
    const body = JSON.parse('{"__proto__": {"polluted": true}, "contactName": "A"}');
    const { payload } = splitJsonSubmission(body);
    expect(Object.keys(payload)).toEqual(["contactName"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
