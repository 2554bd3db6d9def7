import * as z from "zod";
import type { MessageKey } from "../i18n/messages.js";
import { hasControlCharacter, hasControlCharacterInText, visibleLength } from "./characters.js";
import { isoDateSchema, keyed, weekdaySchema } from "./common.js";
import { languageSkillSchemaWith } from "./language-skill.js";
import { OPEN_REFERENCES, type ReferenceSchemas, type StringSchema } from "./references.js";

/*
 * Payloads of the two public forms. They ask only for what the process needs (Art. 5 (1)
 * (c) GDPR): no date of birth, no nationality, no residence status, no health details.
 * The same schemas validate on the client (the site's islands) and in the worker.
 *
 * Every text has a maximum length and every list a maximum number of entries, checked
 * before its entries: a list of 4,000 entries costs one issue, not 4,000. Control
 * characters are refused and a text that is empty once invisible characters are left out
 * counts as empty (see `characters.ts`).
 */

/**
 * How many entries the forms' lists may have. Open: `OPEN_LIST_LIMITS`; narrowed to a
 * district (`formSchemasFor`, `schemasFor`): what the district offers, if that is less.
 */
export interface FormListLimits {
  /** Request categories a volunteer may choose. */
  readonly categories: number;
  /** Languages a volunteer speaks (a help request's languages keep the open maximum). */
  readonly languages: number;
}

/** The lists' maxima when nothing narrows them. */
export const OPEN_LIST_LIMITS: FormListLimits = {
  // Far more than a catalogue has (the default one has 6); a district's own count applies
  // in the narrowed schemas.
  categories: 50,
  // More than anyone lists; the plain sign-up form offers three rows.
  languages: 10,
};

/** Minimum length of a name, counted without invisible characters and white space. */
const NAME_MIN = 2;

/**
 * A one-line text field (a name, an address, a number): trimmed, without control
 * characters — line breaks and TAB included —, at most `max` long.
 */
function lineSchema(max: number, tooLong: MessageKey, invalidType?: MessageKey) {
  return z
    .string(invalidType === undefined ? undefined : { error: invalidType })
    .trim()
    .refine((text) => !hasControlCharacter(text), {
      error: "text.controlCharacters",
      abort: true,
    })
    .max(max, { error: tooLong, abort: true });
}

/**
 * Free text (a textarea): as a one-line field, but TAB, LF and CR are allowed; a text
 * with nothing visible in it is `text.invisibleOnly`.
 */
function freeTextSchema(max: number, tooLong: MessageKey) {
  return z
    .string()
    .trim()
    .refine((text) => !hasControlCharacterInText(text), {
      error: "text.controlCharacters",
      abort: true,
    })
    .max(max, { error: tooLong, abort: true })
    .refine((text) => visibleLength(text) > 0, { error: "text.invisibleOnly" });
}

/**
 * A person's name: at least two visible characters — three zero-width spaces are three
 * characters, but no name. Something that shows nothing at all is `text.invisibleOnly`.
 */
const nameSchema = lineSchema(120, "name.tooLong", "name.required").superRefine((name, ctx) => {
  const visible = visibleLength(name);
  if (visible < NAME_MIN) {
    ctx.addIssue({
      code: "custom",
      message: name !== "" && visible === 0 ? "text.invisibleOnly" : "name.required",
      input: name,
    });
  }
});

const emailSchema = lineSchema(254, "email.invalid", "email.invalid").pipe(
  z.email({ error: "email.invalid" }),
);

const phoneSchema = lineSchema(40, "phone.invalid", "phone.invalid").regex(/^\+?[0-9 ()/-]{5,}$/, {
  error: "phone.invalid",
});

/** A date of the form: `YYYY-MM-DD`, so never longer than 10 characters. */
const dateSchema = z
  .string({ error: keyed("date.invalid") })
  .max(10, { error: "date.invalid", abort: true })
  .pipe(isoDateSchema);

/**
 * A list of at most `max` entries, counted before `list` reads a single one: an oversized
 * list is one issue, `list.tooMany` with the maximum as `count`. `notAList` is the message
 * for a value that is no list (`genericKey`'s when not given).
 */
function atMost<E extends z.ZodType>(max: number, list: z.ZodArray<E>, notAList?: MessageKey) {
  const size = z
    .array(z.unknown(), notAList === undefined ? undefined : { error: notAList })
    .check((ctx) => {
      // A check of its own rather than `.max()`: zod measures anything with a length, so
      // `.max()` would also call a string sent for a list too long.
      if (ctx.value.length > max) {
        ctx.issues.push({
          code: "too_big",
          origin: "array",
          maximum: max,
          inclusive: true,
          input: ctx.value,
          message: "list.tooMany",
        });
      }
    });
  // The count passes the list on unchanged: typed as what `list` reads.
  return (size as unknown as z.ZodType<z.input<E>[], z.input<E>[]>).pipe(list);
}

/** Turns an empty form field into "not given", so optional text inputs can stay blank. */
function blankToUndefined(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}

/**
 * A choice from a list offered by the district (municipality, category): nothing chosen
 * says which question is open; something chosen is checked by `reference`.
 */
const choiceSchema = (
  key: "municipality.required" | "category.required",
  reference: StringSchema,
) => z.string({ error: key }).min(1, { error: key }).pipe(reference);

/** Consent to the privacy notice (Art. 13 information shown at the form) is required. */
const consentSchema = z.literal(true, { error: "consent.required" });

/**
 * The volunteer sign-up form with its references (municipality, categories, languages)
 * checked by `references`: open in `volunteerSignupSchema`, narrowed to a district in
 * `formSchemasFor(district)`. The checks sit on the fields, so an unknown municipality is
 * reported together with a missing consent, not after it.
 */
export function volunteerSignupSchemaWith(
  references: ReferenceSchemas,
  limits: FormListLimits = OPEN_LIST_LIMITS,
) {
  return z.object({
    /** Name for the coordinators. */
    name: nameSchema,
    /** E-mail address for replies. */
    email: emailSchema,
    /** Optional phone number, for people who prefer a call. */
    phone: z.preprocess(blankToUndefined, phoneSchema.optional()),
    /** Municipality id where the volunteer lives or wants to help. */
    municipality: choiceSchema("municipality.required", references.municipality),
    /** Languages spoken, with level. */
    languages: atMost(
      limits.languages,
      z
        .array(languageSkillSchemaWith(references.spokenLanguage))
        .min(1, { error: "languages.required" }),
      "languages.required",
    ),
    /** Request categories the volunteer is interested in. */
    categories: atMost(
      limits.categories,
      z.array(references.category).min(1, { error: "categories.required" }),
      "categories.required",
    ),
    /** When the volunteer usually has time, in their own words. */
    availabilityNote: z.preprocess(
      blankToUndefined,
      freeTextSchema(500, "text.tooLong").optional(),
    ),
    /** Why they want to take part (optional). */
    motivation: z.preprocess(blankToUndefined, freeTextSchema(1000, "text.tooLong").optional()),
    /** Has read the privacy notice. */
    consent: consentSchema,
  });
}

export const volunteerSignupSchema = volunteerSignupSchemaWith(OPEN_REFERENCES);
export type VolunteerSignup = z.output<typeof volunteerSignupSchema>;
export type VolunteerSignupInput = z.input<typeof volunteerSignupSchema>;

/** Rough parts of the day a person can make; turned into time windows for matching. */
export const timeOfDaySchema = z.enum(["morning", "afternoon", "evening"], {
  error: "timeOfDay.invalid",
});
export type TimeOfDay = z.output<typeof timeOfDaySchema>;

/** The help request form with its references checked by `references` (see above). */
export function helpRequestFormSchemaWith(references: ReferenceSchemas) {
  return z
    .object({
      /** Whether the person asks for themselves or on behalf of someone (social worker, teacher …). */
      // A radio group: "please fill in this field" would not say which question is open.
      requesterRole: z.enum(["self", "on_behalf"], { error: "requesterRole.invalid" }),
      /** Name of the contact person. */
      contactName: nameSchema,
      /** E-mail address — this or a phone number is needed to reply. */
      contactEmail: z.preprocess(blankToUndefined, emailSchema.optional()),
      /** Phone number — this or an e-mail address is needed to reply. */
      contactPhone: z.preprocess(blankToUndefined, phoneSchema.optional()),
      /** Organisation of someone asking on behalf of another person. */
      organisation: z.preprocess(
        blankToUndefined,
        lineSchema(160, "text.tooLong")
          .refine((text) => visibleLength(text) > 0, { error: "text.invisibleOnly" })
          .optional(),
      ),
      /** Request category id. */
      category: choiceSchema("category.required", references.category),
      /** Languages the person who needs help speaks, most preferred first. */
      languages: atMost(
        // Not narrowed to what the district offers: a request is never refused for its
        // language (see formSchemasFor), so only the open maximum applies.
        OPEN_LIST_LIMITS.languages,
        z.array(references.requestedLanguage).min(1, { error: "languages.required" }),
        "languages.required",
      ),
      /** Municipality id where help is needed. */
      municipality: choiceSchema("municipality.required", references.municipality),
      /** A concrete appointment date, if there is one. */
      preferredDate: z.preprocess(blankToUndefined, dateSchema.optional()),
      /** Weekdays that suit (1 = Monday). Empty: any working day. */
      weekdays: atMost(7, z.array(weekdaySchema)).default([]),
      /** Parts of the day that suit. Empty: any time. */
      timesOfDay: atMost(3, z.array(timeOfDaySchema)).default([]),
      /** A few words on the situation — no health details. */
      description: z.preprocess(
        blankToUndefined,
        freeTextSchema(500, "description.tooLong").optional(),
      ),
      /** Has read the privacy notice. */
      consent: consentSchema,
    })
    .refine((form) => form.contactEmail !== undefined || form.contactPhone !== undefined, {
      error: "contact.required",
      path: ["contactEmail"],
      // Report a missing way to reply together with the other problems, not only once they
      // are fixed — but not on top of a malformed address or number, which says enough.
      when: ({ value, issues }) =>
        typeof value === "object" &&
        value !== null &&
        !Array.isArray(value) &&
        !issues.some(
          (issue) => issue.path?.[0] === "contactEmail" || issue.path?.[0] === "contactPhone",
        ),
    });
}

export const helpRequestFormSchema = helpRequestFormSchemaWith(OPEN_REFERENCES);
export type HelpRequestForm = z.output<typeof helpRequestFormSchema>;
export type HelpRequestFormInput = z.input<typeof helpRequestFormSchema>;
