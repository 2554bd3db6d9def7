import { describe, expect, it } from "vitest";
import { allMessages } from "../../src/i18n/all.js";
import { de } from "../../src/i18n/de.js";
import { en } from "../../src/i18n/en.js";
import { translate } from "../../src/i18n/messages.js";

describe("message catalogues", () => {
  it("gives German and English every key of the German reference, and no others", () => {
    const keys = Object.keys(de.messages).sort();
    expect(Object.keys(en.messages).sort()).toEqual(keys);
  });

  it("gives the partial catalogues only keys of the reference, with English as the fallback", () => {
    for (const catalogue of allMessages.filter((c) => c.locale !== "de" && c.locale !== "en")) {
      for (const key of Object.keys(catalogue.messages))
        expect(Object.hasOwn(de.messages, key), `${catalogue.locale} ${key}`).toBe(true);
      expect(catalogue.fallback, catalogue.locale).toBe(en);
    }
  });

  it("fills every {slot} a message uses in every language with the same names", () => {
    const slots = (message: unknown) =>
      JSON.stringify(message)
        .match(/\{\w+\}/g)
        ?.sort()
        .filter((slot, i, all) => all.indexOf(slot) === i) ?? [];
    for (const catalogue of allMessages) {
      for (const [key, message] of Object.entries(catalogue.messages)) {
        expect(slots(message), `${catalogue.locale} ${key}`).toEqual(
          slots(de.messages[key as keyof typeof de.messages]),
        );
      }
    }
  });

  it("chooses the plural form by count", () => {
    expect(translate("de", "array.tooShort", { count: 1 })).toBe(
      "Bitte wählen Sie mindestens einen Eintrag.",
    );
    expect(translate("de", "array.tooShort", { count: 3 })).toBe(
      "Bitte wählen Sie mindestens 3 Einträge.",
    );
    expect(translate("en", "string.tooShort", { count: 1 })).toBe(
      "Please enter at least 1 character.",
    );
  });

  it("falls back from a regional tag to its language and from other languages to English", () => {
    expect(translate("de-AT", "email.invalid")).toBe(
      "Bitte geben Sie eine gültige E-Mail-Adresse an.",
    );
    expect(translate("ti", "email.invalid")).toBe("Please enter a valid email address.");
    // Arabic has the form's messages; a key it lacks comes from English.
    expect(translate("ar", "email.invalid")).toBe("يرجى إدخال عنوان بريد إلكتروني صالح.");
    expect(translate("ar", "district.noCategories")).toBe("The catalogue has no active category.");
  });

  it("renders with a catalogue object without the registry", () => {
    expect(translate(en, "email.invalid")).toBe("Please enter a valid email address.");
  });

  it("leaves a slot visible when its parameter is missing rather than printing undefined", () => {
    expect(translate("en", "district.duplicateId")).toBe("The id “{id}” occurs more than once.");
  });
});
