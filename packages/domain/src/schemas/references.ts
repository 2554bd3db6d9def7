import type { z } from "zod";
import { idSchema, languageTagSchema } from "./common.js";

/** A field schema that reads a string and gives a string (an id, a language tag). */
export type StringSchema = z.ZodType<string, string>;

/**
 * The schemas of the fields that refer to something a district defines. The records'
 * schemas are built from these: with the open ones below they accept any well-formed id
 * or known language; `schemasFor(district)` passes narrowed ones, so that a volunteer with
 * a municipality, category or language the district does not have is an error at the
 * field — reported together with every other problem — instead of being accepted and
 * then silently never matched.
 */
export interface ReferenceSchemas {
  /** A municipality id. */
  municipality: StringSchema;
  /** A request category id. */
  category: StringSchema;
  /** A coordination point id. */
  coordinationPoint: StringSchema;
  /** A curriculum module id. */
  module: StringSchema;
  /** A language a volunteer speaks (must be one the district offers, when narrowed). */
  spokenLanguage: StringSchema;
  /** A language a person asks for help in (any known language, or one the district lists). */
  requestedLanguage: StringSchema;
}

/** References checked for form only: any well-formed id, any language the platform knows. */
export const OPEN_REFERENCES: ReferenceSchemas = {
  municipality: idSchema,
  category: idSchema,
  coordinationPoint: idSchema,
  module: idSchema,
  spokenLanguage: languageTagSchema,
  requestedLanguage: languageTagSchema,
};
