import {
  type FormListLimits,
  helpRequestFormSchemaWith,
  OPEN_LIST_LIMITS,
  volunteerSignupSchemaWith,
} from "../schemas/forms.js";
import { type DistrictReferences, referencesFor } from "./references.js";

/**
 * The forms' list maxima in a district: no more categories than its catalogue has, no
 * more languages than it offers (and never more than the open maxima, see
 * `OPEN_LIST_LIMITS`). At least one each, so that a district's mistake still reads as an
 * unknown entry rather than "at most 0".
 *
 * @example
 * formListLimitsFor(alzeyWorms()) //=> { categories: 6, languages: 10 }
 */
export function formListLimitsFor(district: DistrictReferences): FormListLimits {
  const limit = (count: number, open: number) => Math.max(1, Math.min(count, open));
  return {
    categories: limit(district.categories.length, OPEN_LIST_LIMITS.categories),
    languages: limit(district.languagesOffered.length, OPEN_LIST_LIMITS.languages),
  };
}

/**
 * The public form schemas narrowed to one district: municipalities and categories must be
 * ones the district offers, languages a volunteer speaks ones it offers. The site
 * validates with these on the client and the worker with the same ones on the server.
 * The checks sit on the fields, so every problem is reported at once.
 *
 * Languages are not narrowed to the offered ones on the help request: a person who speaks
 * a language no volunteer offers still gets help (a bridge language or an interpreter),
 * so the request must not be refused — only a language nobody knows is, and its list keeps
 * the open maximum. The sign-up's lists have at most as many entries as the district
 * offers (see `formListLimitsFor`).
 *
 * @example
 * const { volunteerSignup } = formSchemasFor(alzeyWorms());
 * parseWith(volunteerSignup, { ...signup, municipality: "mainz", consent: false }).issues.map((i) => i.field)
 * //=> ["municipality", "consent"]
 */
export function formSchemasFor(district: DistrictReferences) {
  const references = referencesFor(district);
  const limits = formListLimitsFor(district);
  return {
    volunteerSignup: volunteerSignupSchemaWith(references, limits),
    helpRequest: helpRequestFormSchemaWith(references),
  };
}
