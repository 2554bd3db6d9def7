/**
 * How the two public forms travel as `application/x-www-form-urlencoded` (the form
 * without JavaScript) and how that becomes the same object a JSON client sends. Site
 * and worker share this so that both encodings hit the same schema.
 *
 * Field names are the schema's, with two conventions:
 * - repeated keys are lists (`categories=behoerden&categories=arzt`);
 * - `languages.0.language` / `languages.0.level` are rows of the sign-up form; rows
 *   whose language is empty are dropped (the plain form offers a fixed number of rows);
 * - every other field comes once: `decodeFormFields` names those that came twice.
 *
 * A few meta fields are not part of the payload and are returned separately.
 */

import { FORM_META_FIELDS, type FormMeta } from "../contract/form-meta.js";
import { helpRequestFormSchema, volunteerSignupSchema } from "./forms.js";

/** Kinds of public submissions. */
export type SubmissionKind = "volunteer_signup" | "help_request";

/**
 * The payload fields of each form, in the order of the schema (which is the order of the
 * form on the page). Derived from the schemas, so site, worker and tests cannot drift.
 */
export const FORM_FIELDS: Readonly<Record<SubmissionKind, readonly string[]>> = {
  volunteer_signup: Object.keys(volunteerSignupSchema.shape),
  help_request: Object.keys(helpRequestFormSchema.shape),
};

const LIST_FIELDS: Record<SubmissionKind, readonly string[]> = {
  volunteer_signup: ["categories"],
  help_request: ["languages", "weekdays", "timesOfDay"],
};
const NUMBER_LIST_FIELDS = new Set(["weekdays"]);
const BOOLEAN_FIELDS = new Set(["consent"]);
const TRUE_VALUES = new Set(["on", "true", "1", "yes", "ja"]);
const META_NAMES = new Set<string>(Object.values(FORM_META_FIELDS));
/** Keys that must never become object properties (prototype pollution). */
const FORBIDDEN_KEYS = new Set(["__proto__", "prototype", "constructor"]);

function readMeta(get: (name: string) => string | undefined): FormMeta {
  const startedAt = Number(get(FORM_META_FIELDS.startedAt));
  return {
    honeypot: get(FORM_META_FIELDS.honeypot),
    startedAt: Number.isFinite(startedAt) && startedAt > 0 ? startedAt : undefined,
    idempotencyKey: get(FORM_META_FIELDS.idempotencyKey),
    locale: get(FORM_META_FIELDS.locale),
    turnstileToken: get(FORM_META_FIELDS.turnstileToken),
  };
}

/**
 * Turns the fields of a url-encoded form into the payload object of its schema (not yet
 * validated), the meta fields, and the names of the fields that came more than once.
 *
 * Only list fields (`categories`, the help request's `languages`, `weekdays`,
 * `timesOfDay`) may repeat. A repeated single-valued field — a payload field, a meta field,
 * a sign-up language row's `languages.N.language` or `languages.N.level` — is listed in
 * `duplicates`, each name once, in the order of its first repetition: the browser's form
 * never sends one twice, and which of two values is meant (`consent=off&consent=on`) is
 * anyone's guess, so a caller refuses such a submission rather than pick one. The payload
 * and meta still hold the first value of each. A row field is named with its row number
 * as a number (`languages.01.level` is `languages.1.level`). Unknown fields are ignored.
 *
 * @example
 * decodeFormFields("volunteer_signup", new URLSearchParams("name=Ana&categories=arzt&categories=alltag&consent=on&languages.0.language=ar&languages.0.level=native&consent=off"))
 * //=> { payload: { name: "Ana", categories: ["arzt", "alltag"], consent: true, languages: [{ language: "ar", level: "native" }] }, meta: { … }, duplicates: ["consent"] }
 */
export function decodeFormFields(
  kind: SubmissionKind,
  fields: Iterable<[string, string]>,
): { payload: Record<string, unknown>; meta: FormMeta; duplicates: string[] } {
  const lists = new Set(LIST_FIELDS[kind]);
  const singles = new Set(FORM_FIELDS[kind].filter((name) => !lists.has(name)));
  const payload: Record<string, unknown> = Object.create(null);
  const meta = new Map<string, string>();
  const rows: Record<string, string>[] = [];
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  /** Whether a single-valued field is here for the first time; a repetition is noted. */
  const first = (name: string) => {
    if (!seen.has(name)) {
      seen.add(name);
      return true;
    }
    duplicates.add(name);
    return false;
  };

  for (const [name, value] of fields) {
    if (META_NAMES.has(name)) {
      if (first(name)) meta.set(name, value);
      continue;
    }
    const row = /^languages\.(\d{1,2})\.(language|level)$/.exec(name);
    if (row && kind === "volunteer_signup") {
      const index = Number(row[1]);
      const part = row[2] as "language" | "level";
      if (first(`languages.${index}.${part}`)) {
        rows[index] ??= {};
        (rows[index] as Record<string, string>)[part] = value;
      }
      continue;
    }
    if (FORBIDDEN_KEYS.has(name)) continue;
    if (lists.has(name)) {
      if (value.trim() === "") continue;
      const list = (payload[name] as unknown[] | undefined) ?? [];
      list.push(NUMBER_LIST_FIELDS.has(name) ? Number(value) : value);
      payload[name] = list;
    } else if (singles.has(name) ? first(name) : !(name in payload)) {
      payload[name] = BOOLEAN_FIELDS.has(name)
        ? TRUE_VALUES.has(value.trim().toLowerCase())
        : value;
    }
  }
  if (kind === "volunteer_signup") {
    payload.languages = rows.filter((r) => r && (r.language ?? "").trim() !== "");
  }
  for (const name of lists) payload[name] ??= [];
  return {
    payload: { ...payload },
    meta: readMeta((name) => meta.get(name)),
    duplicates: [...duplicates],
  };
}

/**
 * Separates the meta fields from a JSON body, which uses the same names at top level.
 */
export function splitJsonSubmission(body: Record<string, unknown>): {
  payload: Record<string, unknown>;
  meta: FormMeta;
} {
  const payload: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) {
    if (!META_NAMES.has(name) && !FORBIDDEN_KEYS.has(name)) payload[name] = value;
  }
  const get = (name: string) => {
    const value = body[name];
    return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
  };
  return { payload, meta: readMeta(get) };
}
