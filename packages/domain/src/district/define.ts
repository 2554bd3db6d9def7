import type { z } from "zod";
import {
  distinctIssues,
  formatIssues,
  parseWith,
  type Result,
  type ValidationIssue,
} from "../i18n/issues.js";
import { registeredLocales, translate } from "../i18n/messages.js";
import type { RequestCategory } from "../requests/category.js";
import { DEFAULT_CATALOGUE } from "../requests/default-catalogue.js";
import { resolveCatalogue } from "../requests/resolve-catalogue.js";
import { isId, isKnownLanguage, normalizeLanguageTag } from "../schemas/common.js";
import { type DistrictConfig, type DistrictConfigInput, districtConfigSchema } from "./schema.js";

/** A validated district with its resolved request catalogue. */
export interface District extends DistrictConfig {
  /** Active request categories after the district's changes. */
  categories: RequestCategory[];
}

/**
 * Thrown by {@link defineDistrict}; the message lists every problem in German and — where
 * English messages are registered, as on servers and in builds — in English too. (Not
 * importing English here keeps it out of browser bundles that define a district.)
 */
export class DistrictConfigError extends Error {
  override readonly name = "DistrictConfigError";
  constructor(readonly issues: ValidationIssue[]) {
    const english = registeredLocales().includes("en");
    const lines = issues.map(
      (issue) =>
        `  - ${issue.field || "(Konfiguration)"}: ${translate("de", issue.code, issue.params)}${english ? ` / ${translate("en", issue.code, issue.params)}` : ""}`,
    );
    super(
      `Die Konfiguration des Landkreises ist ungültig / The district configuration is invalid:\n${lines.join("\n")}`,
    );
  }
}

/** The parts of a configuration that passed their own schema; the others are missing. */
type ParsedParts = Partial<DistrictConfig>;

/**
 * Every part of the input that passes its own schema — so that references can be checked
 * even when another part is malformed, and all problems come in one round.
 */
function parsedParts(input: unknown): ParsedParts {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return {};
  const parts: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(districtConfigSchema.shape)) {
    const result = schema.safeParse((input as Record<string, unknown>)[key]);
    if (result.success) parts[key] = result.data;
  }
  return parts as ParsedParts;
}

/** Position by position, the valid `id` of each object in a raw list (else undefined). */
function rawIds(list: unknown): (string | undefined)[] {
  if (!Array.isArray(list)) return [];
  return list.map((item) => {
    const id = (item as { id?: unknown } | null)?.id;
    return isId(id) ? id : undefined;
  });
}

/** The valid ids of a raw list of strings, with their positions. */
function rawIdList(list: unknown): [id: string, index: number][] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((id, index): [string, number][] => (isId(id) ? [[id, index]] : []));
}

const field = (input: unknown, key: string): unknown =>
  typeof input === "object" && input !== null ? (input as Record<string, unknown>)[key] : undefined;

/**
 * Broken references, read from the raw input wherever an id is well-formed — so that a
 * malformed e-mail address in a coordination point does not hide a routing to a point
 * that does not exist. Only the parts whose shape matters (routing, languages) must have
 * passed their own schema.
 */
function referenceIssues(input: unknown, config: ParsedParts): z.core.$ZodIssue[] {
  const issues: z.core.$ZodIssue[] = [];
  const add = (message: string, path: (string | number)[], id: string) =>
    issues.push({ code: "custom", message, path, params: { id }, input: id });
  const duplicates = (ids: readonly (string | undefined)[], path: (string | number)[]) =>
    ids.forEach((id, index) => {
      if (id !== undefined && ids.indexOf(id) !== index)
        add("district.duplicateId", [...path, index, "id"], id);
    });

  const rawMunicipalities = field(input, "municipalities");
  const municipalityIds = rawIds(rawMunicipalities);
  duplicates(municipalityIds, ["municipalities"]);
  const knownMunicipalities = new Set(municipalityIds);
  if (Array.isArray(rawMunicipalities)) {
    rawMunicipalities.forEach((m, index) => {
      for (const [n, j] of rawIdList(field(m, "neighbours"))) {
        if (!knownMunicipalities.has(n))
          add("district.unknownReference", ["municipalities", index, "neighbours", j], n);
      }
    });
  }

  const pointIds = rawIds(field(input, "coordinationPoints"));
  duplicates(pointIds, ["coordinationPoints"]);
  const moduleIds = rawIds(field(field(input, "curriculum"), "modules"));
  duplicates(moduleIds, ["curriculum", "modules"]);
  const knownModules = new Set(moduleIds);
  for (const [module, index] of rawIdList(
    field(field(input, "certificationPolicy"), "requiredModules"),
  )) {
    if (!knownModules.has(module))
      add("district.unknownModule", ["certificationPolicy", "requiredModules", index], module);
  }

  if (config.languagesOffered && config.languageNames) {
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
  }
  const { routing } = config;
  if (routing) {
    const points = new Set(pointIds);
    if (!points.has(routing.default))
      add("district.unknownReference", ["routing", "default"], routing.default);
    for (const [category, point] of Object.entries(routing.byCategory)) {
      if (!points.has(point))
        add("district.unknownReference", ["routing", "byCategory", category], point);
    }
  }
  return issues;
}

/** The catalogue after the district's changes, and the problems of the changes and routing. */
function catalogueIssues(config: ParsedParts, locale: string) {
  if (!config.catalogue) return { categories: [], issues: [] };
  const resolved = resolveCatalogue(config.catalogue, undefined, locale);
  const issues: ValidationIssue[] = resolved.ok
    ? []
    : resolved.issues.map((i) => ({
        ...i,
        path: ["catalogue", ...i.path],
        field: `catalogue.${i.field}`,
      }));
  const categories = resolved.ok ? resolved.value : [];
  if (config.routing) {
    // With a broken change elsewhere in the catalogue, route against what it would offer.
    const { add, disable } = config.catalogue;
    const ids = resolved.ok
      ? new Set(categories.map((c) => c.id))
      : new Set(
          [...DEFAULT_CATALOGUE.map((c) => c.id), ...add.map((c) => c.id)].filter(
            (id) => !disable.includes(id),
          ),
        );
    const unknown = Object.keys(config.routing.byCategory).filter((id) => !ids.has(id));
    issues.push(
      ...formatIssues(
        unknown.map((id) => ({
          code: "custom" as const,
          message: "district.unknownCategory",
          path: ["routing", "byCategory", id],
          params: { id },
          input: id,
        })),
        locale,
      ),
    );
  }
  return { categories, issues };
}

/**
 * Validates a district configuration and resolves its catalogue, returning issues instead
 * of throwing. Checks the shape (no unknown keys anywhere), unique ids, and that every
 * reference (neighbours, routing, catalogue changes, required modules, language names)
 * points at something that exists — all in one round: a malformed part does not hide the
 * broken references of the others.
 *
 * @example
 * safeDefineDistrict({ ...config, shortCode: "azw", routing: { default: "zentrale" } }).issues.map((i) => i.field)
 * //=> ["shortCode", "routing.default"]
 */
export function safeDefineDistrict(input: DistrictConfigInput, locale = "de"): Result<District> {
  const parsed = parseWith(districtConfigSchema, input, locale);
  const parts = parsed.ok ? parsed.value : parsedParts(input);
  const issues = parsed.ok ? [] : [...parsed.issues];
  issues.push(...formatIssues(referenceIssues(input, parts), locale));
  const catalogue = catalogueIssues(parts, locale);
  issues.push(...catalogue.issues);
  // Shape problems first, in schema order; then references. One problem once.
  if (!parsed.ok || issues.length > 0) return { ok: false, issues: distinctIssues(issues) };
  return { ok: true, value: { ...parsed.value, categories: catalogue.categories } };
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
