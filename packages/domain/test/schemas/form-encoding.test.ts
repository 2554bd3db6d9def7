import { describe, expect, it } from "vitest";
import { parseWith } from "../../src/i18n/issues.js";
import { decodeFormFields, splitJsonSubmission } from "../../src/schemas/form-encoding.js";
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

  it("keeps the first value of a field sent twice", () => {
    const { payload } = decodeFormFields(
      "help_request",
      encoded("contactName=First&contactName=Second"),
    );
    expect(payload.contactName).toBe("First");
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
