import { describe, expect, it } from "vitest";
import { parseWith } from "../../src/i18n/issues.js";
import { helpRequestFormSchema, volunteerSignupSchema } from "../../src/schemas/forms.js";

const validSignup = {
  name: "Amina Haddad",
  email: "amina@example.org",
  municipality: "alzey",
  languages: [{ language: "ar", level: "native" }],
  categories: ["behoerden"],
  consent: true,
};

const validHelpRequest = {
  requesterRole: "on_behalf",
  contactName: "Jana Becker",
  contactPhone: "06731 123456",
  organisation: "Grundschule",
  category: "schule",
  languages: ["prs"],
  municipality: "wonnegau",
  consent: true,
};

const messagesOf = (result: ReturnType<typeof parseWith>) =>
  result.ok ? [] : result.issues.map((issue) => `${issue.field}: ${issue.message}`);

describe("volunteer sign-up form", () => {
  it("accepts the minimum a coordinator needs and drops blank optional fields", () => {
    const result = parseWith(volunteerSignupSchema, {
      ...validSignup,
      phone: "  ",
      motivation: "",
    });
    expect(result).toEqual({
      ok: true,
      value: {
        ...validSignup,
        phone: undefined,
        motivation: undefined,
        availabilityNote: undefined,
      },
    });
  });

  it("explains every problem of an empty submission in German", () => {
    expect(messagesOf(parseWith(volunteerSignupSchema, {}, "de"))).toEqual([
      "name: Bitte geben Sie Ihren Namen an.",
      "email: Bitte geben Sie eine gültige E-Mail-Adresse an.",
      "municipality: Bitte wählen Sie einen Ort aus der Liste.",
      "languages: Bitte geben Sie mindestens eine Sprache an.",
      "categories: Bitte wählen Sie mindestens einen Bereich, in dem Sie helfen möchten.",
      "consent: Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben.",
    ]);
  });

  it("explains the same problems in English", () => {
    expect(
      messagesOf(
        parseWith(volunteerSignupSchema, { ...validSignup, email: "amina@", consent: false }, "en"),
      ),
    ).toEqual([
      "email: Please enter a valid email address.",
      "consent: Please confirm that you have read the privacy notice.",
    ]);
  });

  it("points at the exact nested field of a bad language entry", () => {
    const result = parseWith(
      volunteerSignupSchema,
      {
        ...validSignup,
        languages: [
          { language: "ar", level: "native" },
          { language: "", level: "perfect" },
        ],
      },
      "de",
    );
    expect(messagesOf(result)).toEqual([
      "languages.1.language: Bitte geben Sie eine gültige Sprache an (z. B. „ar“ oder „prs“).",
      "languages.1.level: Bitte wählen Sie, wie gut Sie die Sprache sprechen.",
    ]);
  });

  it("keeps Dari and Farsi, Kurmanji and Sorani as distinct canonical tags", () => {
    const result = parseWith(volunteerSignupSchema, {
      ...validSignup,
      languages: ["PRS", "fa", "KMR", "ckb"].map((language) => ({ language, level: "fluent" })),
    });
    expect(result.ok && result.value.languages.map((l) => l.language)).toEqual([
      "prs",
      "fa",
      "kmr",
      "ckb",
    ]);
  });

  it("rejects a name of 121 characters and a motivation of 1001", () => {
    const result = parseWith(
      volunteerSignupSchema,
      { ...validSignup, name: "A".repeat(121), motivation: "x".repeat(1001) },
      "de",
    );
    expect(messagesOf(result)).toEqual([
      "name: Der Name darf höchstens 120 Zeichen lang sein.",
      "motivation: Dieser Text ist zu lang.",
    ]);
  });

  it("accepts names with umlauts, ß and non-Latin scripts", () => {
    for (const name of ["Jürgen Weiß", "أمينة حداد", "Олена Шевченко"]) {
      expect(parseWith(volunteerSignupSchema, { ...validSignup, name }).ok).toBe(true);
    }
  });
});

describe("help request form", () => {
  it("accepts a request made on behalf of someone with only a phone number", () => {
    const result = parseWith(helpRequestFormSchema, validHelpRequest);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.weekdays).toEqual([]);
  });

  it("says which question is open when nobody chose for whom the request is", () => {
    const { requesterRole: _, ...withoutRole } = validHelpRequest;
    expect(messagesOf(parseWith(helpRequestFormSchema, withoutRole, "de"))).toEqual([
      "requesterRole: Bitte geben Sie an, ob Sie für sich selbst oder für eine andere Person anfragen.",
    ]);
  });

  it("needs an e-mail address or a phone number to reply", () => {
    const { contactPhone: _, ...withoutContact } = validHelpRequest;
    expect(messagesOf(parseWith(helpRequestFormSchema, withoutContact, "de"))).toEqual([
      "contactEmail: Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an, damit wir antworten können.",
    ]);
  });

  it("asks for a way to reply together with the other problems of the form", () => {
    const { contactPhone: _, ...withoutContact } = validHelpRequest;
    const result = parseWith(helpRequestFormSchema, { ...withoutContact, consent: false }, "de");
    expect(result.ok ? [] : result.issues.map((issue) => issue.field)).toEqual([
      "consent",
      "contactEmail",
    ]);
  });

  it("does not add the reply rule on top of a malformed e-mail address", () => {
    const { contactPhone: _, ...withoutPhone } = validHelpRequest;
    const result = parseWith(
      helpRequestFormSchema,
      { ...withoutPhone, contactEmail: "jana@" },
      "en",
    );
    expect(
      result.ok ? [] : result.issues.map((issue) => `${issue.field}: ${issue.message}`),
    ).toEqual(["contactEmail: Please enter a valid email address."]);
  });

  it("limits the description to 500 characters so that no case history is collected", () => {
    const result = parseWith(
      helpRequestFormSchema,
      { ...validHelpRequest, description: "x".repeat(501) },
      "en",
    );
    expect(messagesOf(result)).toEqual([
      "description: Please describe your request in at most 500 characters.",
    ]);
  });

  it("rejects an impossible date and unknown parts of the day", () => {
    const result = parseWith(
      helpRequestFormSchema,
      { ...validHelpRequest, preferredDate: "2026-02-30", timesOfDay: ["night"] },
      "de",
    );
    expect(messagesOf(result)).toEqual([
      "preferredDate: Bitte geben Sie ein gültiges Datum im Format JJJJ-MM-TT an (z. B. 2026-03-17).",
      "timesOfDay.0: Bitte wählen Sie morgens, nachmittags oder abends.",
    ]);
  });

  it("answers a payload of the wrong type with a message, not an exception", () => {
    for (const input of [null, "text", 42, [], { consent: "yes" }]) {
      const result = parseWith(helpRequestFormSchema, input, "de");
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.issues.every((i) => i.message.length > 0)).toBe(true);
    }
  });
});
