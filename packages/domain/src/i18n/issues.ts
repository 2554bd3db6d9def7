import type { z } from "zod";
import { closestKey } from "./closest-key.js";
import { isMessageKey, type MessageKey, type MessageParams, translate } from "./messages.js";

/** One problem with an input, ready to show next to the field it concerns. */
export interface ValidationIssue {
  /** Path of the field, e.g. `["languages", 0, "level"]`; empty for the whole input. */
  path: (string | number)[];
  /** The same path as dotted text (`languages.0.level`), handy as a form field key. */
  field: string;
  /** Stable message key; never changes when the wording does. */
  code: MessageKey;
  /** Parameters of the message (e.g. `count`). */
  params: MessageParams;
  /** The message in the requested language. */
  message: string;
}

/** Errors are values at the domain boundary: either the parsed value or the issues. */
export type Result<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

type RawIssue = z.core.$ZodRawIssue;

/**
 * Per-parse error map: gives every issue that its schema did not name a generic message
 * key. Keys set on a schema (`{ error: "email.invalid" }`) take precedence in zod 4.
 */
export function genericKey(issue: RawIssue): MessageKey {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "field.required";
      // Say what is expected: "eine ganze Zahl" rather than "ungültig".
      if (issue.expected === "int") return "number.notInteger";
      if (issue.expected === "number") return "number.expected";
      if (issue.expected === "boolean") return "boolean.expected";
      if (issue.expected === "array") return "array.expected";
      if (issue.expected === "object") return "object.expected";
      if (issue.expected === "string") return "string.expected";
      return "field.invalidType";
    case "too_small":
      if (issue.origin === "string")
        return issue.minimum === 1 ? "field.required" : "string.tooShort";
      if (issue.origin === "array" || issue.origin === "set") return "array.tooShort";
      return "number.tooSmall";
    case "too_big":
      if (issue.origin === "string") return "string.tooLong";
      if (issue.origin === "array" || issue.origin === "set") return "array.tooLong";
      return "number.tooBig";
    case "invalid_value":
      return "field.invalidChoice";
    case "unrecognized_keys":
      return "field.unknownKeys";
    case "invalid_format":
      if (issue.format === "email") return "email.invalid";
      if (issue.format === "date") return "date.invalid";
      if (issue.format === "datetime") return "datetime.invalid";
      return "field.invalid";
    default:
      return "field.invalid";
  }
}

function paramsOf(issue: z.core.$ZodIssue): MessageParams {
  const params: Record<string, string | number> = {};
  if (issue.code === "custom" && issue.params) {
    for (const [name, value] of Object.entries(issue.params)) {
      if (typeof value === "string" || typeof value === "number") params[name] = value;
    }
  }
  if (issue.code === "too_small") params.count = Number(issue.minimum);
  if (issue.code === "too_big") params.count = Number(issue.maximum);
  if (issue.code === "unrecognized_keys") params.keys = issue.keys.join(", ");
  return params;
}

/**
 * An unknown key (see `closedObject`) as its own issue: the key is the last segment of the
 * path; the message names the known key that was probably meant, when one is close.
 */
function unknownKeyIssue(
  path: (string | number)[],
  params: MessageParams,
): { code: MessageKey; params: MessageParams } {
  const key = String(path[path.length - 1] ?? "");
  const known = typeof params.known === "string" ? params.known.split(",") : [];
  const suggestion = closestKey(key, known);
  return suggestion === undefined
    ? { code: "field.unknownKey", params: { key } }
    : { code: "field.unknownKeySuggestion", params: { key, suggestion } };
}

/**
 * Turns zod issues into messages in one language. Issues of a union are reported through
 * the branch that got furthest, so the user sees a concrete field message rather than
 * "invalid input". One problem is reported once: two issues with the same field and
 * message key (an empty id failing two rules) become one.
 */
export function formatIssues(
  issues: readonly z.core.$ZodIssue[],
  locale: string,
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const add = (issue: z.core.$ZodIssue) => {
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
      const nested = best.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
      if (nested.length > 0) {
        nested.forEach(add);
        return;
      }
    }
    const path = issue.path.map((segment) =>
      typeof segment === "symbol" ? String(segment) : segment,
    );
    let code: MessageKey = isMessageKey(issue.message) ? issue.message : "field.invalid";
    let params = paramsOf(issue);
    if (code === "field.unknownKey") ({ code, params } = unknownKeyIssue(path, params));
    const field = path.join(".");
    out.push({ path, field, code, params, message: translate(locale, code, params) });
  };
  issues.forEach(add);
  return distinctIssues(out);
}

/**
 * One problem once: of issues with the same field and message key (an empty id failing
 * two rules, a reference reported by two checks) the first stays; and a mistyped required
 * key is one problem, not two (see `withoutMissingMeantKeys`). Order is kept.
 *
 * @example
 * distinctIssues([nameRequired, nameRequired]).length //=> 1
 */
export function distinctIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  const distinct = issues.filter((issue) => {
    const identity = `${issue.field}\u0000${issue.code}`;
    if (seen.has(identity)) return false;
    seen.add(identity);
    return true;
  });
  return withoutMissingMeantKeys(distinct);
}

/**
 * A mistyped required key is one problem, not two: when an unknown key names the key that
 * was meant, the "please fill in" of that key at the same place says nothing new.
 */
function withoutMissingMeantKeys(issues: ValidationIssue[]): ValidationIssue[] {
  const meant = new Set(
    issues
      .filter((i) => i.code === "field.unknownKeySuggestion")
      .map((i) => [...i.path.slice(0, -1), String(i.params.suggestion)].join(".")),
  );
  if (meant.size === 0) return issues;
  return issues.filter((i) => !(i.code === "field.required" && meant.has(i.field)));
}

/**
 * Validates `input` against `schema` and returns the parsed value or issues with
 * messages in `locale` (German and English have full catalogues; others fall back to
 * English).
 *
 * @example
 * parseWith(volunteerSignupSchema, { email: "x" }, "de")
 * //=> { ok: false, issues: [{ field: "name", message: "Bitte geben Sie Ihren Namen an.", … }, …] }
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale = "de",
): Result<z.output<S>> {
  const result = schema.safeParse(input, { error: genericKey });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: formatIssues(result.error.issues, locale) };
}
