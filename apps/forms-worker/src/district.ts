import {
  alzeyWorms,
  type CoordinationPoint,
  type District,
  formSchemasFor,
  registerMessages,
  routeToCoordinationPoint,
  type SubmissionKind,
} from "@integrationspaten/domain";
import { en } from "@integrationspaten/domain/messages/en";

// English for the JSON answers' messages; src/http/locale.ts registers every site
// language for the HTML pages and the per-field messages.
registerMessages(en);

/**
 * The district this worker serves and the form schemas narrowed to it. A district that
 * deploys its own worker changes only this module (its `defineDistrict(...)` config).
 */
export interface DistrictContext {
  readonly district: District;
  readonly schemas: ReturnType<typeof formSchemasFor>;
}

let current: DistrictContext | undefined;

/** The validated district and its schemas, built once per isolate. */
export function districtContext(): DistrictContext {
  if (!current) {
    const district = alzeyWorms();
    current = { district, schemas: formSchemasFor(district) };
  }
  return current;
}

/**
 * The coordination point a validated submission goes to: a help request by its category
 * (`routing.byCategory`, else `routing.default`), a volunteer sign-up to the default point,
 * which onboards volunteers.
 *
 * @example
 * coordinationPointFor(alzeyWorms(), "help_request", { category: "arzt" }).id
 * //=> "kreisverwaltung"
 */
export function coordinationPointFor(
  district: District,
  kind: SubmissionKind,
  payload: object,
): CoordinationPoint {
  const category =
    kind === "help_request" && "category" in payload && typeof payload.category === "string"
      ? payload.category
      : "";
  return routeToCoordinationPoint(district, category);
}
