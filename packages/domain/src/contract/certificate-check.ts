/**
 * The public certificate check: the site's page per language and the forms worker's
 * endpoint it asks. The workspace prints the page's address on every certificate, with the
 * number as the `nummer` parameter, so a phone camera on the printed address opens the
 * check for exactly that certificate.
 */
export const CERTIFICATE_CHECK = {
  pages: { de: "/zertifikat-pruefen/", en: "/en/verify-certificate/" },
  /** GET with `number` and, optionally, `name`; answers valid / expired / revoked / unknown. */
  endpoint: "/api/certificates/check",
  /** Query parameter of the page that carries the number. */
  numberParameter: "nummer",
} as const;

/**
 * The address printed on a certificate.
 *
 * @example
 * certificateCheckUrl("https://integrationspaten.example", "AZW-2026-0007-Y")
 * //=> "https://integrationspaten.example/zertifikat-pruefen/?nummer=AZW-2026-0007-Y"
 */
export function certificateCheckUrl(siteOrigin: string, number: string): string {
  const url = new URL(CERTIFICATE_CHECK.pages.de, siteOrigin);
  url.searchParams.set(CERTIFICATE_CHECK.numberParameter, number);
  return url.href;
}
