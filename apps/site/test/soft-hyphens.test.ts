import { describe, expect, it } from "vitest";
import { NO_BREAK_SPACE, SOFT_HYPHEN, softHyphens, WORD_JOINER } from "../src/lib/soft-hyphens.ts";

/** Shows the invisible characters: `·` soft hyphen, `_` no-break space, `⁀` word joiner. */
const visible = (text: string) =>
  text.replaceAll(SOFT_HYPHEN, "·").replaceAll(NO_BREAK_SPACE, "_").replaceAll(WORD_JOINER, "⁀");

const strip = (text: string) =>
  text.replaceAll(SOFT_HYPHEN, "").replaceAll(WORD_JOINER, "").replaceAll(NO_BREAK_SPACE, " ");

describe("softHyphens", () => {
  it("breaks the home page's heading only at the compound's joint and keeps „und -paten“ together", () => {
    expect(
      visible(softHyphens("Integrationspatinnen und -paten im Landkreis Alzey-Worms", "de")),
    ).toBe("Integrations·patinnen und_-⁀paten im Landkreis Alzey-Worms");
  });

  it.each([
    ["Gebärdensprache", "Gebärden·sprache"],
    ["Barrierefreiheit", "Barriere·freiheit"],
    ["Datenschutzbeauftragte", "Daten·schutz·beauftragte"],
    ["Integrationsbeauftragte", "Integrations·beauftragte"],
    ["Kreisverwaltung", "Kreis·verwaltung"],
    ["Migrationsgeschichte", "Migrations·geschichte"],
    ["Umsatzsteuer-Identifikationsnummer", "Umsatz·steuer-Identifikations·nummer"],
    // Linking „s“ after -ung, -heit, -tion …, also in words the list does not know.
    ["Ausbildungsstelle", "Ausbildungs·stelle"],
    ["Sicherheitsdienst", "Sicherheits·dienst"],
    ["Steuerungsanlage", "Steuerungs·anlage"],
  ])("hyphenates %s as %s", (word, expected) => {
    expect(visible(softHyphens(word, "de"))).toBe(expected);
  });

  it("leaves short words, short parts and unknown compounds alone", () => {
    for (const text of ["Termine", "Mitmachen", "Kontakt", "Gesundheitsamt", "Kreiselpumpe"]) {
      expect(softHyphens(text, "de")).toBe(text);
    }
  });

  it("keeps a word-final hyphen with its conjunction", () => {
    expect(visible(softHyphens("Integrations- und Sprachpaten", "de"))).toBe(
      "Integrations-_und Sprachpaten",
    );
  });

  it("binds suspended hyphens in every language but adds German soft hyphens only to German", () => {
    expect(visible(softHyphens("Integrationspatinnen und -paten", "en"))).toBe(
      "Integrationspatinnen und_-⁀paten",
    );
    const arabic = "مرافقو الاندماج في مقاطعة ألتساي-فورمس";
    expect(softHyphens(arabic, "ar")).toBe(arabic);
    expect(softHyphens("Інтеграційні супровідники", "uk")).toBe("Інтеграційні супровідники");
  });

  it("changes nothing but invisible characters, and is idempotent", () => {
    const title = "Erste Integrationspatinnen und -paten erhalten ihre Zertifikatsurkunden";
    const once = softHyphens(title, "de");
    expect(strip(once)).toBe(title);
    expect(softHyphens(once, "de")).toBe(once);
  });
});
