/** A lookup of the UI strings a page passes to its island. */
export type Strings = (key: string, params?: Record<string, string | number>) => string;

/**
 * Looks up a UI string passed in by the page (a missing key shows the key, never crashes).
 *
 * @example
 * stringsOf({ "form.sending": "Wird gesendet …" })("form.sending") //=> "Wird gesendet …"
 */
export function stringsOf(strings: Readonly<Record<string, string>>): Strings {
  return (key, params = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (slot, name: string) =>
      params[name] === undefined ? slot : String(params[name]),
    );
}
