import * as z from "zod";
import { referencesFor } from "../district/references.js";
import { timeZoneSchema } from "../district/schema.js";
import {
  isoDateTimeSchema,
  languageTagSchema,
  localizedTextSchema,
  wellFormedLanguageTagSchema,
} from "../schemas/common.js";
import { helpRequestSchema, helpRequestSchemaWith } from "../schemas/help-request.js";
import { municipalitySchema } from "../schemas/municipality.js";
import { volunteerSchema, volunteerSchemaWith } from "../schemas/volunteer.js";
import { requestCategorySchema } from "./category.js";
import { DEFAULT_BRIDGE_LANGUAGES } from "./language-match.js";

/**
 * The part of a district that matching reads. A whole `District` fits; `timeZone`
 * defaults to `Europe/Berlin` when only the listed parts are passed.
 */
export const matchingDistrictSchema = z.object({
  /** Municipalities with their neighbours (neighbourhood is read both ways). */
  municipalities: z.array(municipalitySchema).min(1, { error: "municipalities.required" }),
  /** The district's active request categories, with their rules. */
  categories: z.array(requestCategorySchema).min(1),
  /**
   * Languages the district offers. Matching does not filter by them — a person who speaks
   * a language nobody offers still gets help (bridge language or interpreter).
   */
  languagesOffered: z.array(wellFormedLanguageTagSchema),
  /** Names of offered languages the platform cannot name itself (a district's `languageNames`). */
  languageNames: z.record(z.string(), localizedTextSchema).default({}),
  /** Time zone in which "today" is decided (certificate and good-conduct dates). */
  timeZone: timeZoneSchema.default("Europe/Berlin"),
});
export type MatchingDistrict = z.output<typeof matchingDistrictSchema>;

/** Everything {@link rankVolunteers} needs to suggest volunteers for one help request. */
export const matchingInputSchema = z.object({
  /** The help request to find volunteers for. */
  request: helpRequestSchema,
  /** Every volunteer that might be asked; each ends up suggested or excluded. */
  volunteers: z.array(volunteerSchema),
  /** Municipalities, categories and languages of the district. */
  district: matchingDistrictSchema,
  /** The moment of matching, with offset; "today" is its date in the district's time zone. */
  now: isoDateTimeSchema,
  /** Assignments in this many days before `now` count against a volunteer's fair share. */
  fairnessWindowDays: z.number().int().min(1).max(3650).default(90),
  /**
   * Languages that can bridge when nobody speaks the person's own language; they count
   * only when the person lists them too.
   */
  bridgeLanguages: z.array(languageTagSchema).default([...DEFAULT_BRIDGE_LANGUAGES]),
});
export type MatchingInput = z.input<typeof matchingInputSchema>;
export type ParsedMatchingInput = z.output<typeof matchingInputSchema>;

/**
 * `matchingInputSchema` with the request and the volunteers narrowed to the district the
 * input carries (see `schemasFor`): a volunteer with a municipality, category or language
 * the district does not have is an error at that field, not a volunteer silently never
 * suggested. Falls back to the open schema when the district part itself is invalid, so
 * that its problems are reported together with everybody else's.
 *
 * @example
 * parseWith(matchingInputSchemaFor(input), input)
 * //=> { ok: false, issues: [{ field: "volunteers.3.municipalities.0", code: "municipality.unknown", … }] }
 */
export function matchingInputSchemaFor(input: unknown) {
  const district = matchingDistrictSchema.safeParse(
    typeof input === "object" && input !== null
      ? (input as { district?: unknown }).district
      : undefined,
  );
  if (!district.success) return matchingInputSchema;
  const references = referencesFor(district.data);
  return matchingInputSchema.extend({
    request: helpRequestSchemaWith(references),
    volunteers: z.array(volunteerSchemaWith(references)),
  });
}
