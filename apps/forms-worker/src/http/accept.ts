/*
 * Content negotiation for the endpoints that answer browsers as well as scripts: a plain
 * HTML form sent with GET asks for `text/html`, the site's island for `application/json`.
 */

interface MediaRange {
  readonly type: string;
  readonly subtype: string;
  readonly q: number;
}

function mediaRanges(header: string): MediaRange[] {
  return header
    .split(",")
    .slice(0, 30)
    .map((part) => {
      const [range = "", ...params] = part.split(";");
      const [type = "", subtype = ""] = range.trim().toLowerCase().split("/");
      const q = params
        .map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)?.[1])
        .find((value) => value !== undefined);
      return { type, subtype, q: q === undefined ? 1 : Number(q) };
    })
    .filter((range) => range.type !== "" && range.subtype !== "" && Number.isFinite(range.q));
}

/** The quality an Accept header gives a media type: the most specific range that matches. */
function quality(ranges: readonly MediaRange[], type: string, subtype: string): number {
  const exact = ranges.find((r) => r.type === type && r.subtype === subtype);
  if (exact) return exact.q;
  const anySubtype = ranges.find((r) => r.type === type && r.subtype === "*");
  if (anySubtype) return anySubtype.q;
  return ranges.find((r) => r.type === "*" && r.subtype === "*")?.q ?? 0;
}

/**
 * Whether a request would rather have an HTML page than JSON: `text/html` (or XHTML) ranks
 * strictly above `application/json`. A browser's own navigation does; `fetch` with
 * `Accept: application/json`, curl's `*` / `*` and a missing header do not (JSON wins ties).
 *
 * @example
 * prefersHtml("text/html,application/xhtml+xml,application/xml;q=0.9,*\/*;q=0.8") //=> true
 * prefersHtml("application/json") //=> false
 * prefersHtml(null) //=> false
 */
export function prefersHtml(accept: string | null): boolean {
  if (!accept) return false;
  const ranges = mediaRanges(accept);
  const html = Math.max(
    quality(ranges, "text", "html"),
    quality(ranges, "application", "xhtml+xml"),
  );
  return html > 0 && html > quality(ranges, "application", "json");
}
