import * as z from "zod";
import { sameLanguage } from "../requests/language-match.js";
import {
  idSchema,
  isKnownLanguage,
  languageTagSchemaWhere,
  wellFormedLanguageTagSchema,
} from "../schemas/common.js";
import type { ReferenceSchemas } from "../schemas/references.js";
/** The parts of a district its records refer to (a `District` will do; only ids are read). */
export interface DistrictReferences {
  readonly municipalities: readonly { readonly id: string }[];
  readonly categories: readonly { readonly id: string }[];
  readonly languagesOffered: readonly string[];
  readonly coordinationPoints?: readonly { readonly id: string }[];
  readonly curriculum?: { readonly modules: readonly { readonly id: string }[] };
}

/** An id that must be one of `ids`; otherwise the issue `message` naming it. */
function oneOf(ids: Iterable<string>, message: string) {
  const known = new Set(ids);
  return idSchema.superRefine((id, ctx) => {
    if (!known.has(id)) ctx.addIssue({ code: "custom", message, params: { id }, input: id });
  });
}

/**
 * Field schemas that accept only what the district has: its municipalities, active
 * categories, coordination points and curriculum modules; languages a volunteer speaks
 * must be ones the district offers (`ar-SY` counts as the offered `ar`, Dari `prs` never
 * as Farsi `fa`); a person asking for help may name any language the platform knows or
 * the district lists — a request is never refused for its language.
 *
 * @example
 * referencesFor(alzeyWorms()).municipality.safeParse("mainz").success //=> false
 */
export function referencesFor(district: DistrictReferences): ReferenceSchemas {
  const offered = district.languagesOffered;
  const isOffered = (tag: string) => offered.some((o) => sameLanguage(o, tag));
  const notOffered = wellFormedLanguageTagSchema.transform((tag, ctx) => {
    if (isOffered(tag)) return tag;
    ctx.addIssue({
      code: "custom",
      // A made-up code is unknown, not merely a language the district does not offer.
      message: isKnownLanguage(tag) ? "language.notOfferedByDistrict" : "language.unknown",
      params: { tag },
      input: tag,
    });
    return z.NEVER;
  });
  return {
    municipality: oneOf(
      district.municipalities.map((m) => m.id),
      "municipality.unknown",
    ),
    category: oneOf(
      district.categories.map((c) => c.id),
      "category.unknown",
    ),
    // Parts a caller did not pass (the forms need neither) stay open.
    coordinationPoint: district.coordinationPoints
      ? oneOf(
          district.coordinationPoints.map((c) => c.id),
          "district.unknownCoordinationPoint",
        )
      : idSchema,
    module: district.curriculum
      ? oneOf(
          district.curriculum.modules.map((m) => m.id),
          "district.unknownModule",
        )
      : idSchema,
    spokenLanguage: notOffered,
    requestedLanguage: languageTagSchemaWhere((tag) => isKnownLanguage(tag) || isOffered(tag)),
  };
}
