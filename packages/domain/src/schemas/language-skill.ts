import { z } from "zod";
import { languageTagSchema } from "./common.js";

/**
 * How well someone speaks a language. Matching prefers native speakers and accepts
 * fluent ones; `basic` is recorded but never enough to interpret.
 */
export const languageLevelSchema = z.enum(["native", "fluent", "basic"], {
  error: "languageLevel.invalid",
});
export type LanguageLevel = z.output<typeof languageLevelSchema>;

export const languageSkillSchema = z.object({
  /** BCP 47 tag, e.g. `prs` for Dari — kept apart from `fa` (Farsi). */
  language: languageTagSchema,
  /** Self-assessed level. */
  level: languageLevelSchema,
});
export type LanguageSkill = z.output<typeof languageSkillSchema>;
