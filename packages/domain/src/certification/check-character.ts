/**
 * A check character over the alphabet 0–9A–Z that detects every single-character error
 * and every transposition of two adjacent characters.
 *
 * The familiar schemes fall short on this alphabet: ISO 7064 MOD 37,36 misses some
 * adjacent transpositions (e.g. "9A" ↔ "A9" after certain prefixes), Luhn mod 36 misses
 * "0Z" ↔ "Z0", and ISO 7064 MOD 37-2 needs a 37th symbol (`*`) that certificate numbers
 * do not allow. Damm's method works for any alphabet size except 2 and 6: it chains the
 * characters through a totally anti-symmetric quasigroup, x ∘ y = φ(x) + y, where `+` is
 * the group Z₂ × Z₂ × Z₉ (36 elements) and φ an automorphism without fixed points other
 * than 0 (H. M. Damm, "Totally anti-symmetric quasigroups for all orders n ≠ 2, 6",
 * Discrete Mathematics 307, 2007).
 *
 * - single error: for a fixed x, y ↦ x ∘ y and x ↦ x ∘ y are bijections, so a changed
 *   character changes the state and every later state;
 * - adjacent transposition: (c ∘ x) ∘ y = (c ∘ y) ∘ x implies x = y (φ − id is injective
 *   because φ fixes only 0).
 */

export const CHECK_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const SIZE = CHECK_ALPHABET.length;

/**
 * A symbol v ∈ 0…35 stands for the group element (v div 9, v mod 9) of (Z₂ × Z₂) × Z₉,
 * the first part a 2-bit vector. φ maps (a, b) to (b, a xor b) — order 3, no fixed point
 * but (0, 0) — and multiplies the Z₉ part by 2.
 */
function phi(v: number): number {
  const bits = Math.floor(v / 9);
  const high = bits >> 1;
  const low = bits & 1;
  return ((low << 1) | (high ^ low)) * 9 + ((2 * (v % 9)) % 9);
}

function add(x: number, y: number): number {
  return (Math.floor(x / 9) ^ Math.floor(y / 9)) * 9 + (((x % 9) + (y % 9)) % 9);
}

function negate(v: number): number {
  return Math.floor(v / 9) * 9 + ((9 - (v % 9)) % 9);
}

/** table[x * SIZE + y] = x ∘ y. */
const table = new Uint8Array(SIZE * SIZE);
for (let x = 0; x < SIZE; x++) {
  for (let y = 0; y < SIZE; y++) table[x * SIZE + y] = add(phi(x), y);
}

/** The state after chaining `text` through the quasigroup, or -1 for a foreign character. */
function chain(text: string): number {
  let state = 0;
  for (const character of text) {
    const value = CHECK_ALPHABET.indexOf(character);
    if (value < 0) return -1;
    state = table[state * SIZE + value] ?? -1;
  }
  return state;
}

/**
 * The check character for `payload` (characters 0–9 and A–Z): the one that brings the
 * chain back to 0. Returns `undefined` when the payload has any other character.
 *
 * @example
 * checkCharacter("AZW20260007") //=> "Y"
 * checkCharacter("AZW-2026") //=> undefined (hyphens are not part of the payload)
 */
export function checkCharacter(payload: string): string | undefined {
  const state = chain(payload);
  if (state < 0) return undefined;
  // state ∘ c = φ(state) + c = 0  ⇔  c = −φ(state)
  return CHECK_ALPHABET[negate(phi(state))];
}

/**
 * Whether the last character of `text` is the check character of the rest.
 *
 * @example
 * hasValidCheckCharacter("AZW20260007Y") //=> true
 * hasValidCheckCharacter("AZW20260070Y") //=> false
 */
export function hasValidCheckCharacter(text: string): boolean {
  return text.length > 1 && chain(text) === 0;
}
