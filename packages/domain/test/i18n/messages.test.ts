import { describe, expect, it } from "vitest";
import { de } from "../../src/i18n/de.js";
import { messageCatalogues, translate } from "../../src/i18n/messages.js";

describe("message catalogues", () => {
  it("gives every language every key of the German reference, and no others", () => {
    const keys = Object.keys(de).sort();
    for (const [locale, messages] of Object.entries(messageCatalogues)) {
      expect(Object.keys(messages).sort(), locale).toEqual(keys);
    }
  });

  it("fills every {slot} a message uses in every language with the same names", () => {
    const slots = (message: unknown) =>
      JSON.stringify(message)
        .match(/\{\w+\}/g)
        ?.sort()
        .filter((slot, i, all) => all.indexOf(slot) === i) ?? [];
    for (const [locale, messages] of Object.entries(messageCatalogues)) {
      for (const [key, message] of Object.entries(messages)) {
        expect(slots(message), `${locale} ${key}`).toEqual(slots(de[key as keyof typeof de]));
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
  });

  it("leaves a slot visible when its parameter is missing rather than printing undefined", () => {
    expect(translate("en", "district.duplicateId")).toBe("The id “{id}” occurs more than once.");
  });
});
