import * as z from "zod";
import { formatIssues, parseWith, type Result } from "../i18n/issues.js";
import type { MessageKey } from "../i18n/messages.js";
import { keyed } from "../schemas/common.js";
import { checkCharacter, hasValidCheckCharacter } from "./check-character.js";

/** The parts of a certificate number such as `AZW-2026-0007-Y`. */
export interface CertificateNumberParts {
  /** The district's short code, 2–6 capital letters (`AZW`). */
  prefix: string;
  /** Year of issue, four digits. */
  year: number;
  /** Running number within the district and year, 1…999999. */
  sequence: number;
}

/** A verified certificate number and its parts. */
export interface VerifiedCertificateNumber extends CertificateNumberParts {
  /** The number in canonical form (trimmed, capital letters). */
  number: string;
}

const whole = (key: MessageKey, min: number, max: number) =>
  z
    .number({ error: keyed(key) })
    .int({ error: key })
    .min(min, { error: key })
    .max(max, { error: key });

const partsSchema = z.object({
  prefix: z
    .string({ error: keyed("certificateNumber.prefix") })
    .regex(/^[A-Z]{2,6}$/, { error: "certificateNumber.prefix" }),
  year: whole("certificateNumber.year", 1000, 9999),
  sequence: whole("certificateNumber.sequence", 1, 999_999),
});

/**
 * Only the form `formatCertificateNumber` writes: a sequence padded to four digits and not
 * beyond, so one certificate has exactly one number (`0007`, never `00007`).
 */
const CANONICAL = /^([A-Z]{2,6})-(\d{4})-(\d{4}|[1-9]\d{4,5})-([0-9A-Z])$/;

function payloadOf({ prefix, year, sequence }: CertificateNumberParts): string {
  return `${prefix}-${year}-${String(sequence).padStart(4, "0")}`;
}

function failure(key: MessageKey, input: string, locale: string): Result<never> {
  return {
    ok: false,
    issues: formatIssues([{ code: "custom", message: key, path: [], input }], locale),
  };
}

/**
 * Writes a verifiable certificate number `PREFIX-YEAR-SEQUENCE-CHECK`. The check character
 * is computed over prefix, year and zero-padded sequence (without hyphens) and catches
 * every mistyped character and every swap of two neighbouring characters.
 *
 * @example
 * formatCertificateNumber({ prefix: "AZW", year: 2026, sequence: 7 })
 * //=> { ok: true, value: "AZW-2026-0007-Y" }
 * formatCertificateNumber({ prefix: "azw", year: 2026, sequence: 7 }, "en")
 * //=> { ok: false, issues: [{ field: "prefix", message: "The prefix must be 2 to 6 capital letters (e.g. “AZW”).", … }] }
 */
export function formatCertificateNumber(
  parts: CertificateNumberParts,
  locale = "de",
): Result<string> {
  const parsed = parseWith(partsSchema, parts, locale);
  if (!parsed.ok) return parsed;
  const payload = payloadOf(parsed.value);
  // The payload is 0–9A–Z apart from hyphens, so a check character always exists.
  const check = checkCharacter(payload.replaceAll("-", "")) ?? "";
  return { ok: true, value: `${payload}-${check}` };
}

/**
 * Checks a certificate number someone typed or scanned: its form, then its check
 * character. Surrounding spaces and lower-case letters are forgiven.
 *
 * @example
 * verifyCertificateNumber("azw-2026-0007-y")
 * //=> { ok: true, value: { number: "AZW-2026-0007-Y", prefix: "AZW", year: 2026, sequence: 7 } }
 * verifyCertificateNumber("AZW-2026-0070-Y")
 * //=> { ok: false, issues: [{ code: "certificateNumber.checkFailed",
 * //     message: "Die Prüfziffer dieser Zertifikatsnummer stimmt nicht.", … }] }
 */
export function verifyCertificateNumber(
  text: string,
  locale = "de",
): Result<VerifiedCertificateNumber> {
  const number = typeof text === "string" ? text.trim().toUpperCase() : "";
  const match = CANONICAL.exec(number);
  const [, prefix = "", year = "", sequence = "", check = ""] = match ?? [];
  // Sequences start at 1, so `0000` is not a number we could have issued.
  if (!match || Number(sequence) === 0) {
    return failure("certificateNumber.invalid", String(text), locale);
  }
  if (!hasValidCheckCharacter(`${prefix}${year}${sequence}${check}`)) {
    return failure("certificateNumber.checkFailed", String(text), locale);
  }
  return { ok: true, value: { number, prefix, year: Number(year), sequence: Number(sequence) } };
}
