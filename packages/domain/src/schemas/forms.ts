import { z } from "zod";
import { isoDateSchema, weekdaySchema } from "./common.js";
import { languageSkillSchemaWith } from "./language-skill.js";
import { OPEN_REFERENCES, type ReferenceSchemas, type StringSchema } from "./references.js";

/*
 * Payloads of the two public forms. They ask only for what the process needs (Art. 5 (1)
 * (c) GDPR): no date of birth, no nationality, no residence status, no health details.
 * The same schemas validate on the client (the site's islands) and in the worker.
 */

const nameSchema = z
  .string({ error: "name.required" })
  .trim()
  .min(2, { error: "name.required" })
  .max(120, { error: "name.tooLong" });

const emailSchema = z
  .string({ error: "email.invalid" })
  .trim()
  .max(254, { error: "email.invalid" })
  .pipe(z.email({ error: "email.invalid" }));

const phoneSchema = z
  .string({ error: "phone.invalid" })
  .trim()
  .max(40, { error: "phone.invalid" })
  .regex(/^\+?[0-9 ()/-]{5,}$/, { error: "phone.invalid" });

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
export function volunteerSignupSchemaWith(references: ReferenceSchemas) {
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
    languages: z
      .array(languageSkillSchemaWith(references.spokenLanguage), { error: "languages.required" })
      .min(1, { error: "languages.required" }),
    /** Request categories the volunteer is interested in. */
    categories: z
      .array(references.category, { error: "categories.required" })
      .min(1, { error: "categories.required" }),
    /** When the volunteer usually has time, in their own words. */
    availabilityNote: z.preprocess(
      blankToUndefined,
      z.string().trim().max(500, { error: "text.tooLong" }).optional(),
    ),
    /** Why they want to take part (optional). */
    motivation: z.preprocess(
      blankToUndefined,
      z.string().trim().max(1000, { error: "text.tooLong" }).optional(),
    ),
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
        z.string().trim().max(160, { error: "text.tooLong" }).optional(),
      ),
      /** Request category id. */
      category: choiceSchema("category.required", references.category),
      /** Languages the person who needs help speaks, most preferred first. */
      languages: z
        .array(references.requestedLanguage, { error: "languages.required" })
        .min(1, { error: "languages.required" }),
      /** Municipality id where help is needed. */
      municipality: choiceSchema("municipality.required", references.municipality),
      /** A concrete appointment date, if there is one. */
      preferredDate: z.preprocess(blankToUndefined, isoDateSchema.optional()),
      /** Weekdays that suit (1 = Monday). Empty: any working day. */
      weekdays: z.array(weekdaySchema).max(7).default([]),
      /** Parts of the day that suit. Empty: any time. */
      timesOfDay: z.array(timeOfDaySchema).max(3).default([]),
      /** A few words on the situation — no health details. */
      description: z.preprocess(
        blankToUndefined,
        z.string().trim().max(500, { error: "description.tooLong" }).optional(),
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
