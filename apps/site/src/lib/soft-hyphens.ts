/**
 * Line-break hints for headings and the brand, added where they render (never in the
 * message catalogues, so `<title>`, meta tags and form texts stay clean).
 *
 * - Suspended hyphens („Integrationspatinnen und -paten“, „Integrations- und Sprachpaten“)
 *   stay with their neighbour: a no-break space before a word-initial hyphen and a word
 *   joiner after it (browsers otherwise break „und -|paten“); after a word-final hyphen a
 *   no-break space before the conjunction.
 * - Long German compounds get soft hyphens (U+00AD) at their joints, so a narrow screen
 *   breaks „Integrations-|patinnen“ instead of „Integrationspatinne|n“. Browsers with a
 *   German hyphenation dictionary (CSS `hyphens: auto` with `lang="de"`) would find these
 *   points themselves; Chromium on Linux ships none, and neither does an offline phone.
 *
 * The text stays the same for screen readers and search: U+00AD, U+2060 and U+00A0 are not
 * read out, and copying the heading yields the original words (apart from the no-break
 * spaces).
 */

export const SOFT_HYPHEN = "\u00AD";
export const WORD_JOINER = "\u2060";
export const NO_BREAK_SPACE = "\u00A0";

/** Shortest word that gets soft hyphens, and the shortest part on either side of one. */
const MIN_WORD = 12;
const MIN_PART = 4;

/**
 * Compounds of this site (lower case), their joints marked with `|`. An entry matches the
 * start of a word (or what follows the entry before it: they chain, „daten|schutz|“ +
 * „beauftragte“); a `|` at the end stands for a joint after the entry, provided at least
 * {@link MIN_PART} letters follow. Spelled out rather than guessed: „kreis“ alone would
 * split „Kreis|elpumpe“.
 */
const GERMAN_COMPOUNDS = [
  "anfrage|formular",
  "ansprech|partner",
  "ansprech|stelle",
  "aufsichts|behörde",
  "auftrags|verarbeitung",
  "barriere|freiheit",
  "daten|schutz|",
  "durchsetzungs|",
  "ehrenamts|",
  "förder|initiative",
  "gebärden|sprache",
  "identifikations|",
  "integrations|",
  "koordinations|",
  "kreis|verwaltung",
  "kultur|vermittlung",
  "landes|",
  "migrations|",
  "projekt|partner",
  "schul|gespräch",
  "umsatz|steuer",
  "zertifikats|",
].map((entry) => ({
  stem: entry.replaceAll("|", ""),
  joints: [...entry.matchAll(/\|/g)].map((bar, index) => bar.index - index),
}));

/** Joints after a linking „s“ (Integration-s-patin, Sicherheit-s-dienst). */
const GERMAN_LINKING_S = /(?<=\p{L}{3}(?:tion|ung|heit|keit|schaft|tät)s)(?=\p{L}{4})/gu;

function hyphenateGermanWord(word: string): string {
  if (word.length < MIN_WORD) return word;
  const lower = word.toLocaleLowerCase("de");
  const points = new Set<number>();
  for (let start = 0; ; ) {
    const entry = GERMAN_COMPOUNDS.find(({ stem }) => lower.startsWith(stem, start));
    if (entry === undefined) break;
    for (const joint of entry.joints) points.add(start + joint);
    start += entry.stem.length;
  }
  for (const match of lower.matchAll(GERMAN_LINKING_S)) points.add(match.index);
  const joints = [...points]
    .filter((point) => point >= MIN_PART && lower.length - point >= MIN_PART)
    .sort((a, b) => a - b);
  let out = "";
  let last = 0;
  for (const joint of joints) {
    out += word.slice(last, joint) + SOFT_HYPHEN;
    last = joint;
  }
  return out + word.slice(last);
}

/**
 * Adds line-break hints to a heading or brand text of the given language.
 *
 * @example
 * softHyphens("Integrationspatinnen und -paten", "de")
 * //=> "Integrations\u00ADpatinnen und\u00A0-\u2060paten"
 */
export function softHyphens(text: string, locale: string): string {
  let out = text
    // „und -paten“: keep the suspended hyphen with its word and with the word before.
    .replace(/ -(?=\p{L})/gu, `${NO_BREAK_SPACE}-${WORD_JOINER}`);
  const language = locale.toLowerCase().split("-")[0];
  if (language === "de") {
    out = out
      // „Integrations- und Sprachpaten“: keep the hyphen with the conjunction after it.
      .replace(/(?<=\p{L}-) (?=(?:und|oder|bzw\.|sowie|bis)\s)/gu, NO_BREAK_SPACE)
      .replace(/\p{L}+/gu, hyphenateGermanWord);
  }
  return out;
}
