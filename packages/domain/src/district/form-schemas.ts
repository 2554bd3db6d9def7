import { helpRequestFormSchemaWith, volunteerSignupSchemaWith } from "../schemas/forms.js";
import { type DistrictReferences, referencesFor } from "./references.js";

/**
 * The public form schemas narrowed to one district: municipalities and categories must be
 * ones the district offers, languages a volunteer speaks ones it offers. The site
 * validates with these on the client and the worker with the same ones on the server.
 * The checks sit on the fields, so every problem is reported at once.
 *
 * Languages are not narrowed to the offered ones on the help request: a person who speaks
 * a language no volunteer offers still gets help (a bridge language or an interpreter),
 * so the request must not be refused — only a language nobody knows is.
 *
 * @example
 * const { volunteerSignup } = formSchemasFor(alzeyWorms());
 * parseWith(volunteerSignup, { ...signup, municipality: "mainz", consent: false }).issues.map((i) => i.field)
 * //=> ["municipality", "consent"]
 */
export function formSchemasFor(district: DistrictReferences) {
  const references = referencesFor(district);
  return {
    volunteerSignup: volunteerSignupSchemaWith(references),
    helpRequest: helpRequestFormSchemaWith(references),
  };
}
