/**
 * Where to go after signing in: a path of this app, never another site (`//evil.example`,
 * `/\evil.example`) and never the sign-in itself.
 *
 * @example
 * safeRedirect("/anmeldungen/abc") //=> "/anmeldungen/abc"
 * safeRedirect("https://evil.example") //=> undefined
 */
export function safeRedirect(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length > 500) return undefined;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return undefined;
  if (value === "/anmelden" || value.startsWith("/anmelden?")) return undefined;
  return value;
}
