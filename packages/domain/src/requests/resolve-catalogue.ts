import * as z from "zod";
import type { Result } from "../i18n/issues.js";
import { formatIssues } from "../i18n/issues.js";
import {
  type CatalogueChanges,
  type RequestCategory,
  type RequestCategoryPatch,
  requestCategorySchema,
} from "./category.js";
import { DEFAULT_CATALOGUE } from "./default-catalogue.js";

const baseCatalogue: readonly RequestCategory[] = z
  .array(requestCategorySchema)
  .parse(DEFAULT_CATALOGUE);

/**
 * Applies a district's changes (add, modify/rename, disable) to a base catalogue and
 * returns the active categories in a stable order: base categories first, then additions.
 *
 * @example
 * resolveCatalogue({ add: [], modify: {}, disable: ["schule"] }).value.map((c) => c.id)
 * //=> ["behoerden", "jobcenter", "antraege", "arzt", "alltag"]
 */
export function resolveCatalogue(
  changes: CatalogueChanges,
  base: readonly RequestCategory[] = baseCatalogue,
  locale = "de",
): Result<RequestCategory[]> {
  const issues: z.core.$ZodIssue[] = [];
  const known = new Set(base.map((c) => c.id));
  const problem = (message: string, path: (string | number)[], id: string) =>
    issues.push({ code: "custom", message, path, params: { id }, input: id });

  changes.add.forEach((category, index) => {
    if (known.has(category.id))
      problem("district.categoryExists", ["add", index, "id"], category.id);
    known.add(category.id);
  });
  for (const id of Object.keys(changes.modify)) {
    if (!known.has(id)) problem("district.unknownCategory", ["modify", id], id);
  }
  changes.disable.forEach((id, index) => {
    if (!known.has(id)) problem("district.unknownCategory", ["disable", index], id);
  });

  const disabled = new Set(changes.disable);
  const categories = [...base, ...changes.add]
    .filter((category) => !disabled.has(category.id))
    .map((category) => {
      const patch = changes.modify[category.id];
      return patch ? applyPatch(category, patch) : category;
    });
  if (categories.length === 0)
    issues.push({
      code: "custom",
      message: "district.noCategories",
      path: ["disable"],
      input: changes.disable,
    });

  if (issues.length > 0) return { ok: false, issues: formatIssues(issues, locale) };
  return { ok: true, value: categories };
}

/**
 * The category with exactly the fields the patch names replaced (an explicit `undefined`
 * names nothing); `hint: null` removes the note.
 */
function applyPatch(category: RequestCategory, patch: RequestCategoryPatch): RequestCategory {
  const changed: RequestCategory = { ...category };
  for (const [field, value] of Object.entries(patch)) {
    if (value !== undefined) Object.assign(changed, { [field]: value });
  }
  if (patch.hint === null) delete changed.hint;
  return changed;
}
