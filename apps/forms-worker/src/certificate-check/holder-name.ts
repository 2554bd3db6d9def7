/*
 * Comparing the name someone typed with the holder's name on a certificate. The check
 * shows the holder's name only to a person who typed it, so that certificate numbers
 * (printed, photographed, easy to guess with the check character) cannot be used to
 * collect names: the comparison decides what the person checking may see.
 *
 * What counts as the same name:
 * - Unicode NFKC, so that compatibility forms (full-width letters, ligatures such as "ﬁ",
 *   a no-break space) are the letters and spaces they look like;
 * - case does not matter, with full case folding ("STRAẞE", "Straße" and "STRASSE" agree);
 * - runs of white space count as one space, leading and trailing ones as none; invisible
 *   format characters (soft hyphen, zero-width space) are dropped;
 * - diacritics do NOT matter (decision): "Çelik" typed as "Celik", "Müller" as "Muller",
 *   "José" as "Jose" match. Whoever checks a certificate often types on a keyboard without
 *   the holder's letters, or copies a name from a document that left the accents out;
 *   Arabic short-vowel marks are usually not written at all. Refusing them would fail
 *   exactly the people the programme serves. Leniency costs little: a match reveals only
 *   the exact spelling of a name the person already typed up to its accents. Letters that
 *   are not a base letter plus a mark ("ø", "ł", "ß" → "ss" apart) stay distinct, and
 *   hyphens and other punctuation matter ("Anna-Lena" is not "Anna Lena").
 */

/** Longer input is not a name; it never matches (and is not worth normalising). */
export const MAX_TYPED_NAME_LENGTH = 200;

/**
 * A name in the form in which two names are compared.
 *
 * @example
 * comparableName("  ÇELİK\u00a0 Ayşe ") //=> "celik ayse"
 * comparableName("Straße") === comparableName("STRASSE") //=> true
 */
export function comparableName(name: string): string {
  return (
    name
      .normalize("NFKC")
      // Lower, upper, lower case is JavaScript's closest to Unicode full case folding: it
      // maps "ß" and "ẞ" to "ss" and the Turkish dotted and dotless i to one "i".
      .toLowerCase()
      .toUpperCase()
      .toLowerCase()
      .normalize("NFD")
      .replace(/\p{Mn}/gu, "")
      .replace(/\p{Cf}/gu, "")
      .replace(/\s+/gu, " ")
      .trim()
      .normalize("NFC")
  );
}

/**
 * Whether a typed name is the holder's name. A certificate whose holder was erased
 * (`null`) matches no name; neither does an empty or over-long input.
 *
 * @example
 * holderNameMatches("ana  beispiel", "Ana Beispiel") //=> true
 * holderNameMatches("Ana", "Ana Beispiel") //=> false
 * holderNameMatches("Ana Beispiel", null) //=> false
 */
export function holderNameMatches(typed: string | undefined, holderName: string | null): boolean {
  if (typed === undefined || holderName === null) return false;
  if (typed.length > MAX_TYPED_NAME_LENGTH) return false;
  const wanted = comparableName(typed);
  return wanted !== "" && wanted === comparableName(holderName);
}
