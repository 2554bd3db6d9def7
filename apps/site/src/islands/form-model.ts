/**
 * What the two form islands share, without React: the props they receive from the page,
 * how a form's fields become the payload (the domain's url-encoded contract, so that the
 * island and the plain HTML form send exactly the same thing), client-side validation with
 * the domain's schemas, and how issues map back onto fields.
 */
import {
  decodeFormFields,
  FORM_FIELDS,
  FORM_META_FIELDS,
  formSchemasFor,
  parseWith,
  type SubmissionKind,
  submissionErrorBodySchema,
} from "@integrationspaten/domain";

export interface Option {
  value: string;
  label: string;
  /** Extra text under the label (category descriptions, hints). */
  hint?: string;
  /** Language of the label when it differs from the page (language names in themselves). */
  lang?: string;
}

export interface LanguageOption {
  /** BCP 47 tag. */
  value: string;
  /** Name in the page's language. */
  label: string;
  /** Name in the language itself, when known and different. */
  autonym?: string;
}

/** Props both islands receive; everything is plain data (it travels as JSON in the page). */
export interface FormProps {
  /** Language of the page; validation messages and the worker's answers use it. */
  locale: string;
  /** Prefix of element ids, unique on the page. */
  idPrefix: string;
  /** The worker endpoint the form posts to (with and without JavaScript). */
  action: string;
  /** Thank-you page of this form in this language. */
  thanksPath: string;
  /** Full privacy notice. */
  privacyPath: string;
  /** Language of the privacy notice, when it differs from the page. */
  privacyLang?: string;
  /** When the page was built (ms); replaced by the time of rendering once JavaScript runs. */
  renderedAt: number;
  /** Days after which the submission is deleted (shown in the privacy brief). */
  retentionDays: string;
  /** UI strings of the page language that the form uses. */
  strings: Readonly<Record<string, string>>;
  municipalities: Option[];
  categories: Option[];
  languages: LanguageOption[];
}

export interface HelpRequestFormProps extends FormProps {
  weekdays: Option[];
  timesOfDay: Option[];
  /** Languages ticked in advance (the page's own language). */
  preselectedLanguages: string[];
}

export type VolunteerSignupFormProps = FormProps;

/** Rows of languages the sign-up form offers (the plain form cannot add rows). */
export const LANGUAGE_ROWS = 3;

/** One problem to show: which field, where to move focus, and the message. */
export interface FieldError {
  /** Field key: a schema field (`contactName`) or a sign-up language row (`languages.1.level`). */
  key: string;
  message: string;
}

/**
 * Field keys in the order they appear, for a stable error summary: the schema's fields,
 * with the sign-up form's language rows in place of its `languages` list.
 */
export const FIELD_ORDER: Record<SubmissionKind, readonly string[]> = {
  help_request: FORM_FIELDS.help_request,
  volunteer_signup: FORM_FIELDS.volunteer_signup.flatMap((field) =>
    field === "languages"
      ? [
          field,
          ...Array.from({ length: LANGUAGE_ROWS }, (_, row) => [
            `languages.${row}.language`,
            `languages.${row}.level`,
          ]).flat(),
        ]
      : [field],
  ),
};

/** Element id of a field key (`languages.1.level` → `vs-languages-1-level`). */
export function fieldId(idPrefix: string, key: string): string {
  return `${idPrefix}-${key.replaceAll(".", "-")}`;
}

/**
 * Which form rows the sign-up payload's language entries came from: `decodeFormFields`
 * drops rows without a language, so entry 0 may be row 2 of the form.
 */
export function languageRowsOf(fields: Iterable<[string, string]>): number[] {
  const rows: number[] = [];
  for (const [name, value] of fields) {
    const match = /^languages\.(\d{1,2})\.language$/.exec(name);
    if (match && value.trim() !== "") rows.push(Number(match[1]));
  }
  return rows.sort((a, b) => a - b);
}

/**
 * The field key an issue belongs to, from its dotted path.
 *
 * @example
 * fieldKeyOf("volunteer_signup", "languages.0.level", [2]) //=> "languages.2.level"
 * fieldKeyOf("help_request", "languages.3", []) //=> "languages"
 */
export function fieldKeyOf(kind: SubmissionKind, field: string, languageRows: number[]): string {
  const [head = "", index, sub] = field.split(".");
  if (kind === "volunteer_signup" && head === "languages") {
    if (index === undefined) return "languages";
    const row = languageRows[Number(index)] ?? Number(index);
    return sub === "level" ? `languages.${row}.level` : `languages.${row}.language`;
  }
  return head === "" ? (FIELD_ORDER[kind][0] ?? "") : head;
}

/** One message per field (the first), in the order of the form. */
export function toFieldErrors(
  kind: SubmissionKind,
  issues: readonly { field: string; message: string }[],
  languageRows: number[],
): FieldError[] {
  const byKey = new Map<string, string>();
  for (const issue of issues) {
    const key = fieldKeyOf(kind, issue.field, languageRows);
    if (!byKey.has(key)) byKey.set(key, issue.message);
  }
  const order = FIELD_ORDER[kind];
  const rank = (key: string) => {
    const index = order.indexOf(key);
    return index < 0 ? order.length : index;
  };
  return [...byKey.entries()]
    .map(([key, message]) => ({ key, message }))
    .sort((a, b) => rank(a.key) - rank(b.key));
}

type Entries = [string, string][];

/** The form's current fields, as the browser would post them. */
export function entriesOf(form: HTMLFormElement): Entries {
  const entries: Entries = [];
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string") entries.push([name, value]);
  }
  return entries;
}

export type ValidationOutcome =
  | { ok: true; payload: Record<string, unknown>; honeypot: string }
  | { ok: false; errors: FieldError[] };

/**
 * Validates the form's fields with the same schemas the worker uses, messages in the page
 * language.
 */
export function validateEntries(
  kind: SubmissionKind,
  entries: Entries,
  props: Pick<FormProps, "locale" | "municipalities" | "categories" | "languages">,
): ValidationOutcome {
  // formSchemasFor only reads the ids of municipalities and categories and the offered
  // language tags; the page passes those (with labels) rather than the whole district.
  const schemas = formSchemasFor({
    municipalities: props.municipalities.map((m) => ({ id: m.value })),
    categories: props.categories.map((c) => ({ id: c.value })),
    languagesOffered: props.languages.map((l) => l.value),
  });
  const { payload, meta } = decodeFormFields(kind, entries);
  const schema = kind === "help_request" ? schemas.helpRequest : schemas.volunteerSignup;
  const result = parseWith(schema, payload, props.locale);
  if (result.ok) {
    return {
      ok: true,
      payload: result.value as Record<string, unknown>,
      honeypot: meta.honeypot ?? "",
    };
  }
  return { ok: false, errors: toFieldErrors(kind, result.issues, languageRowsOf(entries)) };
}

/** What the worker's answer means for the person filling in the form. */
export type SubmitOutcome =
  | { kind: "accepted" }
  | { kind: "invalid"; errors: FieldError[] }
  | { kind: "rateLimited" | "forbidden" | "unavailable" | "network" };

/**
 * Sends a validated payload to the forms worker as JSON and interprets the answer: 2xx
 * accepted, 422 per-field messages (read with the domain's `submissionErrorBodySchema`),
 * 429 rate limited, 403 and other 4xx refused, 5xx and network failures unavailable.
 */
export async function submitToWorker(
  kind: SubmissionKind,
  request: {
    action: string;
    locale: string;
    payload: Record<string, unknown>;
    honeypot: string;
    startedAt: number;
    idempotencyKey: string;
    languageRows: number[];
  },
  fetchImpl: typeof fetch = fetch,
): Promise<SubmitOutcome> {
  let response: Response;
  try {
    response = await fetchImpl(request.action, {
      method: "POST",
      mode: "cors",
      credentials: "omit",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        "Accept-Language": request.locale,
        "Idempotency-Key": request.idempotencyKey,
      },
      body: JSON.stringify({
        ...request.payload,
        [FORM_META_FIELDS.honeypot]: request.honeypot,
        [FORM_META_FIELDS.startedAt]: request.startedAt,
        [FORM_META_FIELDS.idempotencyKey]: request.idempotencyKey,
        [FORM_META_FIELDS.locale]: request.locale,
      }),
    });
  } catch {
    return { kind: "network" };
  }
  if (response.ok) return { kind: "accepted" };
  if (response.status === 422) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      // A 422 without a readable body still means "fix your input"; fall through.
    }
    const parsed = submissionErrorBodySchema.safeParse(body);
    const issues = parsed.success ? (parsed.data.error.issues ?? []) : [];
    if (issues.length > 0) {
      return { kind: "invalid", errors: toFieldErrors(kind, issues, request.languageRows) };
    }
    return { kind: "forbidden" };
  }
  if (response.status === 429) return { kind: "rateLimited" };
  if (response.status >= 500) return { kind: "unavailable" };
  return { kind: "forbidden" };
}

/** A random key per submission, so that a repeated send stores nothing twice. */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}
