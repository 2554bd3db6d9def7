import * as z from "zod";
import { closedObject } from "./closed-object.js";
import { languageTagSchema } from "./common.js";
import type { StringSchema } from "./references.js";

/**
 * How well someone speaks a language. Matching prefers native speakers and accepts
 * fluent ones; `basic` is recorded but never enough to interpret.
 */
export const languageLevelSchema = z.enum(["native", "fluent", "basic"], {
  error: "languageLevel.invalid",
});
export type LanguageLevel = z.output<typeof languageLevelSchema>;

/** A language skill whose language is checked by `language` (see `ReferenceSchemas`). */
export function languageSkillSchemaWith(language: StringSchema) {
  return closedObject({
    /** BCP 47 tag, e.g. `prs` for Dari — kept apart from `fa` (Farsi). */
    language,
    /** Self-assessed level. */
    level: languageLevelSchema,
  });
}

export const languageSkillSchema = languageSkillSchemaWith(languageTagSchema);
export type LanguageSkill = z.output<typeof languageSkillSchema>;
