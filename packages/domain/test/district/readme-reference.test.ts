/*
 * The README's "Configuration reference" must describe exactly the fields
 * `districtConfigSchema` has, and its table of default categories exactly
 * `DEFAULT_CATALOGUE`. Both are derived here from the code, so neither can drift.
 */
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { districtConfigSchema } from "../../src/district/schema.js";
import { DEFAULT_CATALOGUE } from "../../src/requests/default-catalogue.js";
import {
  idSchema,
  languageTagSchema,
  localizedTextSchema,
  wellFormedLanguageTagSchema,
} from "../../src/schemas/common.js";
import { placeholderSchema } from "../../src/schemas/placeholder.js";

type Presence =
  | { kind: "required" }
  | { kind: "optional" }
  | { kind: "default"; value: unknown }
  /** A record entry: any number of them, each keyed by an id or tag. */
  | { kind: "entry" };

interface SchemaField {
  path: string;
  presence: Presence;
}

type Schema = z.core.$ZodType;
type Def = z.core.$ZodTypeDef & Record<string, unknown>;
const defOf = (schema: Schema): Def => schema._zod.def as Def;

/** Types without fields of their own: the walk stops there. */
const LEAVES = new Set(["string", "number", "boolean", "bigint", "enum", "literal", "date"]);

/** How a record's key is written in a path, for keys that are neither ids nor tags. */
const RECORD_KEYS: Record<string, string> = { languageNames: "tag" };

/** Strips `optional`, `default`, `nullable`, `pipe` (input side) and `orPlaceholder`. */
function unwrap(schema: Schema, path: string): { inner: Schema; presence: Presence } {
  let presence: Presence | undefined;
  let inner = schema;
  for (;;) {
    const def = defOf(inner);
    if (def.type === "optional") {
      presence ??= { kind: "optional" };
      inner = def.innerType as Schema;
    } else if (def.type === "default") {
      presence ??= { kind: "default", value: def.defaultValue };
      inner = def.innerType as Schema;
    } else if (def.type === "nullable") {
      inner = def.innerType as Schema;
    } else if (def.type === "pipe") {
      inner = def.in as Schema;
    } else if (def.type === "union") {
      const options = def.options as Schema[];
      const real = options.filter((option) => option !== placeholderSchema);
      if (real.length !== 1 || real.length === options.length) {
        throw new Error(`${path}: only orPlaceholder unions are understood; describe this one`);
      }
      inner = real[0] as Schema;
    } else {
      return { inner, presence: presence ?? { kind: "required" } };
    }
  }
}

function recordKeyName(keyType: Schema, path: string): string {
  if (keyType === idSchema) return "id";
  if (keyType === wellFormedLanguageTagSchema || keyType === languageTagSchema) return "tag";
  const name = RECORD_KEYS[path];
  if (!name) throw new Error(`${path}: name the key of this record in RECORD_KEYS`);
  return name;
}

/** Every configuration field path below `schema`, depth first, in declaration order. */
function fieldsOf(schema: Schema, path = "", out: SchemaField[] = []): SchemaField[] {
  const def = defOf(schema);
  if (schema === localizedTextSchema || LEAVES.has(def.type)) return out;
  if (def.type === "object") {
    for (const [key, field] of Object.entries((schema as z.ZodObject).shape)) {
      const fieldPath = path ? `${path}.${key}` : key;
      const { inner, presence } = unwrap(field, fieldPath);
      out.push({ path: fieldPath, presence });
      fieldsOf(inner, fieldPath, out);
    }
  } else if (def.type === "array") {
    const itemPath = `${path}[]`;
    fieldsOf(unwrap(def.element as Schema, itemPath).inner, itemPath, out);
  } else if (def.type === "record") {
    const entryPath = `${path}.{${recordKeyName(def.keyType as Schema, path)}}`;
    out.push({ path: entryPath, presence: { kind: "entry" } });
    fieldsOf(unwrap(def.valueType as Schema, entryPath).inner, entryPath, out);
  } else {
    throw new Error(`${path || "(root)"}: the walk does not know zod type "${def.type}"`);
  }
  return out;
}

const schemaFields = fieldsOf(districtConfigSchema);

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** The text of the README section `## title`, up to the next `## ` heading. */
function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README.md has no section "## ${title}"`);
  const end = readme.indexOf("\n## ", start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** The body rows (cells trimmed) of the first table in `text` whose header starts with `first`. */
function table(text: string, first: string): string[][] {
  const lines = text.split("\n");
  const header = lines.findIndex((line) => /^\|/.test(line) && cells(line)[0] === first);
  if (header < 0) throw new Error(`no table with the column "${first}" in the README section`);
  const rows: string[][] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(cells(line));
  }
  return rows;
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, "")
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

/** The text of a cell that is exactly one code span, e.g. `` `routing.default` ``. */
function code(cell: string): string | undefined {
  return /^`([^`]+)`$/.exec(cell)?.[1];
}

/** A default as the README writes it (`{ add: [], modify: {} }`, `"excluded"`, `180`). */
function literal(text: string): unknown {
  return JSON.parse(text.replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":'));
}

const reference = section("Configuration reference");
const fieldRows = table(reference, "Field");

/** Rows missing from `listed`, superfluous in it or repeated, e.g. "missing row: routing.default". */
function differences(listed: string[], actual: string[], what: string): string[] {
  const problems: string[] = [];
  for (const key of actual) {
    if (!listed.includes(key)) problems.push(`missing row: ${key}`);
  }
  for (const key of listed) {
    if (!actual.includes(key)) problems.push(`row for a ${what} that does not exist: ${key}`);
  }
  listed.forEach((key, index) => {
    if (listed.indexOf(key) !== index) problems.push(`duplicate row: ${key}`);
  });
  return problems;
}

describe("README configuration reference", () => {
  it("walks the whole schema", () => {
    // Guards the walk itself: were it to stop early, an empty table would pass.
    const paths = schemaFields.map((field) => field.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "languageNames.{tag}",
        "municipalities[].neighbours",
        "coordinationPoints[].contact.email",
        "routing.byCategory.{id}",
        "catalogue.add[].hint",
        "catalogue.modify.{id}.label",
        "curriculum.modules[].label",
        "certificationPolicy.renewalNoticeMonths",
        "retention.unansweredSignupsDays",
      ]),
    );
    expect(paths).not.toContain("coordinationPoints[].role.de");
  });

  it("has one row per configuration field, and none for a field that does not exist", () => {
    const listed = fieldRows.map((row, index) => {
      const path = code(row[0] ?? "");
      if (!path) throw new Error(`row ${index + 1}: the field must be one code span: ${row[0]}`);
      return path;
    });
    const problems = differences(
      listed,
      schemaFields.map((field) => field.path),
      "field",
    );
    expect(
      problems,
      `README "Configuration reference" is out of date:\n${problems.join("\n")}`,
    ).toEqual([]);
  });

  it("says for every field whether it is required, optional or its default", () => {
    const problems: string[] = [];
    for (const { path, presence } of schemaFields) {
      const row = fieldRows.find((cells) => code(cells[0] ?? "") === path);
      if (!row) continue; // reported by the test above
      const cell = row[1] ?? "";
      if (row.length !== 4) problems.push(`${path}: expected 4 cells, found ${row.length}`);
      if (presence.kind === "required" && cell !== "required") {
        problems.push(`${path}: write "required", not "${cell}"`);
      } else if (presence.kind === "optional" && cell !== "optional") {
        problems.push(`${path}: write "optional", not "${cell}"`);
      } else if (presence.kind === "entry" && cell !== "any number") {
        problems.push(`${path}: write "any number", not "${cell}"`);
      } else if (presence.kind === "default") {
        const written = /^default `([^`]+)`$/.exec(cell)?.[1];
        let value: unknown;
        try {
          value = written === undefined ? undefined : literal(written);
        } catch {
          value = undefined;
        }
        if (written === undefined || !isDeepStrictEqual(value, presence.value)) {
          problems.push(
            `${path}: write "default \`${JSON.stringify(presence.value)}\`", not "${cell}"`,
          );
        }
      }
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it("lists exactly the default request categories, with their rules", () => {
    const rows = table(reference, "Id");
    const listed = rows.map((row) => code(row[0] ?? "") ?? String(row[0]));
    const problems = differences(
      listed,
      DEFAULT_CATALOGUE.map((category) => category.id),
      "category",
    );
    const yesNo = (flag: boolean) => (flag ? "yes" : "no");
    for (const category of DEFAULT_CATALOGUE) {
      const row = rows[listed.indexOf(category.id)];
      if (!row) continue; // a missing row, reported above
      const expected = [
        category.label.de,
        yesNo(category.requiresSharedLanguage),
        yesNo(category.certifiedOnly),
        yesNo(category.requiresGoodConduct ?? false),
      ];
      ["German label", "requiresSharedLanguage", "certifiedOnly", "requiresGoodConduct"].forEach(
        (column, index) => {
          const written = row[index + 1];
          if (written !== expected[index]) {
            problems.push(
              `${category.id}, ${column}: write "${expected[index]}", not "${written ?? ""}"`,
            );
          }
        },
      );
    }
    expect(
      problems,
      `README "Default request categories" is out of date:\n${problems.join("\n")}`,
    ).toEqual([]);
  });
});
