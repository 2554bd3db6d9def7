import { HttpError } from "./errors.js";

/** Largest accepted request body. A full form with every text at its maximum is ~6 KiB. */
export const BODY_LIMIT_BYTES = 32 * 1024;

/** How a submission is encoded: JSON from the site's island, or a plain HTML form post. */
export type BodyFormat = "json" | "form";

/**
 * The media type and charset of a Content-Type header, lower-cased.
 *
 * @example
 * mediaType("Application/JSON; charset=UTF-8") //=> { type: "application/json", charset: "utf-8" }
 */
export function mediaType(header: string | null): { type: string; charset: string | undefined } {
  if (!header) return { type: "", charset: undefined };
  const [type = "", ...params] = header.split(";");
  const charset = params
    .map((param) => /^\s*charset\s*=\s*"?([^";\s]*)"?\s*$/i.exec(param)?.[1])
    .find((value) => value !== undefined);
  return { type: type.trim().toLowerCase(), charset: charset?.toLowerCase() };
}

/**
 * Which body format a submission uses; anything but JSON or a url-encoded form in UTF-8
 * is refused with 415 (multipart bodies included: the forms do not upload files).
 */
export function bodyFormat(contentType: string | null): BodyFormat {
  const { type, charset } = mediaType(contentType);
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") {
    throw new HttpError("unsupported_media_type");
  }
  if (type === "application/json") return "json";
  if (type === "application/x-www-form-urlencoded") return "form";
  throw new HttpError("unsupported_media_type");
}

/**
 * Whether a browser sent this as a plain HTML form (so that errors should be HTML pages):
 * the three encodings an HTML form can use.
 */
export function isHtmlFormPost(contentType: string | null): boolean {
  const { type } = mediaType(contentType);
  return (
    type === "application/x-www-form-urlencoded" ||
    type === "multipart/form-data" ||
    type === "text/plain"
  );
}

/**
 * Reads the body as UTF-8 text, at most `limit` bytes: 413 when the declared or actual
 * length is larger (reading stops there), 400 when it is empty or not valid UTF-8.
 */
export async function readBodyText(request: Request, limit = BODY_LIMIT_BYTES): Promise<string> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) {
    throw new HttpError("payload_too_large");
  }
  if (request.body === null) throw new HttpError("malformed_body");

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await reader.read();
    } catch {
      throw new HttpError("malformed_body");
    }
    if (result.done) break;
    total += result.value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new HttpError("payload_too_large");
    }
    chunks.push(result.value);
  }
  if (total === 0) throw new HttpError("malformed_body");

  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new HttpError("malformed_body");
  }
}

/**
 * Whether a parsed JSON value contains a string (or key) with a lone UTF-16 surrogate
 * (`"\ud800"` is valid JSON but no valid Unicode text). Iterative, so deep nesting cannot
 * exhaust the stack.
 */
export function containsIllFormedText(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === "string") {
      if (!current.isWellFormed()) return true;
    } else if (Array.isArray(current)) {
      for (const item of current) stack.push(item);
    } else if (current !== null && typeof current === "object") {
      for (const [key, item] of Object.entries(current)) {
        if (!key.isWellFormed()) return true;
        stack.push(item);
      }
    }
  }
  return false;
}

/** Parses a JSON body that must be an object with well-formed text; else 400. */
export function parseJsonObject(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError("malformed_body");
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new HttpError("malformed_body");
  }
  if (containsIllFormedText(value)) throw new HttpError("malformed_body");
  return value as Record<string, unknown>;
}

function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text.replaceAll("+", " "));
  } catch {
    // A broken %-escape or an escape of invalid UTF-8 (%FF, an encoded surrogate).
    throw new HttpError("malformed_body");
  }
}

/**
 * Parses an `application/x-www-form-urlencoded` body into name/value pairs. Stricter than
 * URLSearchParams: invalid %-escapes and invalid UTF-8 are a 400 instead of U+FFFD.
 *
 * @example
 * parseUrlEncoded("name=Ana+Maria&consent=on") //=> [["name", "Ana Maria"], ["consent", "on"]]
 */
export function parseUrlEncoded(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const part of text.split("&")) {
    if (part === "") continue;
    const equals = part.indexOf("=");
    const name = equals < 0 ? part : part.slice(0, equals);
    const value = equals < 0 ? "" : part.slice(equals + 1);
    pairs.push([decodeComponent(name), decodeComponent(value)]);
  }
  return pairs;
}
