import type { z } from "zod";
import { en } from "../i18n/en.js";
import { formatIssues, parseWith, type Result, type ValidationIssue } from "../i18n/issues.js";
import { translate } from "../i18n/messages.js";
import type { RequestCategory } from "../requests/category.js";
import { resolveCatalogue } from "../requests/resolve-catalogue.js";
import { isKnownLanguage, normalizeLanguageTag } from "../schemas/common.js";
import { type DistrictConfig, type DistrictConfigInput, districtConfigSchema } from "./schema.js";

/** A validated district with its resolved request catalogue. */
export interface District extends DistrictConfig {
  /** Active request categories after the district's changes. */
  categories: RequestCategory[];
}

/** Thrown by {@link defineDistrict}; the message lists every problem in German and English. */
export class DistrictConfigError extends Error {
  override readonly name = "DistrictConfigError";
  constructor(readonly issues: ValidationIssue[]) {
    const lines = issues.map(
      (issue) =>
        `  - ${issue.field || "(Konfiguration)"}: ${issue.message} / ${translate(en, issue.code, issue.params)}`,
    );
    super(
      `Die Konfiguration des Landkreises ist ungültig / The district configuration is invalid:\n${lines.join("\n")}`,
    );
  }
}

function referenceIssues(config: DistrictConfig): z.core.$ZodIssue[] {
  const issues: z.core.$ZodIssue[] = [];
  const add = (message: string, path: (string | number)[], id: string) =>
    issues.push({ code: "custom", message, path, params: { id }, input: id });

  const duplicates = (ids: string[], path: string) =>
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) add("district.duplicateId", [path, index, "id"], id);
    });
  duplicates(
    config.municipalities.map((m) => m.id),
    "municipalities",
  );
  duplicates(
    config.coordinationPoints.map((c) => c.id),
    "coordinationPoints",
  );
  config.curriculum.modules.forEach((module, index) => {
    if (config.curriculum.modules.findIndex((m) => m.id === module.id) !== index)
      add("district.duplicateId", ["curriculum", "modules", index, "id"], module.id);
  });
  const modules = new Set(config.curriculum.modules.map((m) => m.id));
  config.certificationPolicy.requiredModules.forEach((module, index) => {
    if (!modules.has(module))
      add("district.unknownModule", ["certificationPolicy", "requiredModules", index], module);
  });

  const offered = new Set(config.languagesOffered);
  const named = new Set<string>();
  for (const tag of Object.keys(config.languageNames)) {
    const normalized = normalizeLanguageTag(tag) ?? tag;
    named.add(normalized);
    if (!offered.has(normalized))
      add("district.languageNameNotOffered", ["languageNames", tag], tag);
  }
  config.languagesOffered.forEach((tag, index) => {
    if (!isKnownLanguage(tag) && !named.has(tag))
      add("district.languageNameMissing", ["languagesOffered", index], tag);
  });

  const municipalities = new Set(config.municipalities.map((m) => m.id));
  config.municipalities.forEach((m, index) => {
    m.neighbours.forEach((n, j) => {
      if (!municipalities.has(n)) {
        add("district.unknownReference", ["municipalities", index, "neighbours", j], n);
      }
    });
  });
  const points = new Set(config.coordinationPoints.map((c) => c.id));
  if (!points.has(config.routing.default))
    add("district.unknownReference", ["routing", "default"], config.routing.default);
  for (const [category, point] of Object.entries(config.routing.byCategory)) {
    if (!points.has(point))
      add("district.unknownReference", ["routing", "byCategory", category], point);
  }
  return issues;
}

/**
 * Validates a district configuration and resolves its catalogue, returning issues instead
 * of throwing. Checks the shape, unique ids, and that every reference (neighbours,
 * routing, catalogue changes) points at something that exists.
 */
export function safeDefineDistrict(input: DistrictConfigInput, locale = "de"): Result<District> {
  const parsed = parseWith(districtConfigSchema, input, locale);
  if (!parsed.ok) return parsed;
  const config = parsed.value;

  const issues = formatIssues(referenceIssues(config), locale);
  const catalogue = resolveCatalogue(config.catalogue, undefined, locale);
  if (!catalogue.ok) {
    issues.push(
      ...catalogue.issues.map((i) => ({
        ...i,
        path: ["catalogue", ...i.path],
        field: `catalogue.${i.field}`,
      })),
    );
  }
  const categories = catalogue.ok ? catalogue.value : [];
  const categoryIds = new Set(categories.map((c) => c.id));
  for (const category of Object.keys(config.routing.byCategory)) {
    if (!categoryIds.has(category)) {
      issues.push(
        ...formatIssues(
          [
            {
              code: "custom",
              message: "district.unknownCategory",
              path: ["routing", "byCategory", category],
              params: { id: category },
              input: category,
            },
          ],
          locale,
        ),
      );
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { ...config, categories } };
}

/**
 * Validates a district configuration and throws a {@link DistrictConfigError} listing
 * every problem (German and English) when it is wrong — meant for configuration files,
 * where failing loudly at start-up is right.
 *
 * @example
 * const district = defineDistrict({ id: "musterkreis", name: "Landkreis Musterkreis", … });
 * district.categories.map((c) => c.id)
 * //=> ["behoerden", "jobcenter", …]
 */
export function defineDistrict(input: DistrictConfigInput): District {
  const result = safeDefineDistrict(input);
  if (!result.ok) throw new DistrictConfigError(result.issues);
  return result.value;
}
