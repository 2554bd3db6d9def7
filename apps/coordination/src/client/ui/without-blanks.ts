/**
 * A form's value with its empty text fields left out, so that the contract's schema
 * reports them as missing („Bitte füllen Sie dieses Feld aus.“) rather than as malformed
 * („gültiges Datum als JJJJ-MM-TT“). The result is what the form would send; the schema
 * decides whether it is complete.
 *
 * @example
 * withoutBlanks({ title: "Workshop", date: "" }) //=> { title: "Workshop" }
 */
export function withoutBlanks<T>(value: Record<string, unknown>): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => !(typeof v === "string" && v.trim() === "")),
  ) as T;
}
