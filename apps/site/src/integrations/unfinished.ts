import { readdir, readFile } from "node:fs/promises";
import { alzeyWormsConfig, findPlaceholders } from "@integrationspaten/domain";
import { legal } from "../config";

/**
 * What a district still has to finish before the site goes public: placeholders for data
 * nobody has given us yet, example dates, and notes to the editors. Each names the file
 * to edit, so that the build's list is a to-do list.
 */
export interface UnfinishedItem {
  kind: "placeholder" | "example" | "editor-note";
  /** The file to edit, from the repository's root. */
  file: string;
  /** Where in the file: a dotted path, a field or a line. */
  where: string;
  /** What is missing or to do, in German (the district's language). */
  text: string;
}

const DISTRICT_FILE = "packages/domain/src/district/alzey-worms.ts";
const LEGAL_FILE = "apps/site/src/config.ts";
const DATES_DIR = "src/content/dates";
const NEWS_DIR = "src/content/news";

/** `⟦PLATZHALTER: what is missing⟧` anywhere in a text file. */
const PLACEHOLDER_IN_TEXT = /⟦PLATZHALTER: ([^⟧]+)⟧/g;

const KIND_LABEL: Record<UnfinishedItem["kind"], string> = {
  placeholder: "Platzhalter / placeholder",
  example: "Beispielinhalt / example content",
  "editor-note": "Hinweis an die Redaktion / editor's note",
};

async function filesIn(root: URL, dir: string, extension: string): Promise<string[]> {
  try {
    const names = await readdir(new URL(`${dir}/`, root));
    return names.filter((name) => name.endsWith(extension)).sort();
  } catch {
    return [];
  }
}

function placeholdersInText(file: string, text: string): UnfinishedItem[] {
  const items: UnfinishedItem[] = [];
  text.split("\n").forEach((line, index) => {
    for (const [, description] of line.matchAll(PLACEHOLDER_IN_TEXT)) {
      items.push({
        kind: "placeholder",
        file,
        where: `Zeile ${index + 1}`,
        text: description ?? "",
      });
    }
  });
  return items;
}

/** The unfinished parts of a date file: its example marker, editor's note, placeholders. */
function unfinishedDate(file: string, text: string): UnfinishedItem[] {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return []; // The dates loader reports invalid files with their error.
  }
  const items: UnfinishedItem[] = [];
  if (data.example === true) {
    items.push({
      kind: "example",
      file,
      where: "example",
      text: "Beispieltermin: durch den echten Termin ersetzen oder die Datei löschen.",
    });
  }
  if (typeof data.editorNote === "string") {
    items.push({ kind: "editor-note", file, where: "editorNote", text: data.editorNote });
  }
  for (const found of findPlaceholders(data)) {
    items.push({ kind: "placeholder", file, where: found.path, text: found.description });
  }
  return items;
}

/**
 * Everything unfinished in the district configuration, the legal data and the content
 * files of the site at `siteRoot` (the `apps/site` folder).
 */
export async function findUnfinished(siteRoot: URL): Promise<UnfinishedItem[]> {
  const items: UnfinishedItem[] = [
    ...findPlaceholders(alzeyWormsConfig).map((p) => ({
      kind: "placeholder" as const,
      file: DISTRICT_FILE,
      where: `district.${p.path}`,
      text: p.description,
    })),
    ...findPlaceholders(legal).map((p) => ({
      kind: "placeholder" as const,
      file: LEGAL_FILE,
      where: `legal.${p.path}`,
      text: p.description,
    })),
  ];
  for (const name of await filesIn(siteRoot, DATES_DIR, ".json")) {
    const text = await readFile(new URL(`${DATES_DIR}/${name}`, siteRoot), "utf8");
    items.push(...unfinishedDate(`apps/site/${DATES_DIR}/${name}`, text));
  }
  for (const name of await filesIn(siteRoot, NEWS_DIR, ".md")) {
    const text = await readFile(new URL(`${NEWS_DIR}/${name}`, siteRoot), "utf8");
    items.push(...placeholdersInText(`apps/site/${NEWS_DIR}/${name}`, text));
  }
  return items;
}

/**
 * A production build is one for a public address (`SITE_URL` set), unless it opts in to
 * being a preview (`SITE_PREVIEW=1`, e.g. for a review deployment). Local and CI builds
 * set neither.
 *
 * @example
 * isProductionBuild({ SITE_URL: "https://integrationspaten.example" }) //=> true
 * isProductionBuild({ SITE_URL: "https://preview.example", SITE_PREVIEW: "1" }) //=> false
 * isProductionBuild({}) //=> false
 */
export function isProductionBuild(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env.SITE_URL?.trim()) && env.SITE_PREVIEW !== "1";
}

/** The list, one line per item: `file › where: text (kind)`. */
export function formatUnfinished(items: readonly UnfinishedItem[]): string {
  return items
    .map((item) => `  - ${item.file} › ${item.where}: ${item.text} (${KIND_LABEL[item.kind]})`)
    .join("\n");
}

/** Why a production build stopped, German first, then English, then the list. */
export function refusalMessage(items: readonly UnfinishedItem[]): string {
  return [
    `Die Website ist noch nicht fertig: ${items.length} Platzhalter, Beispielinhalte oder Hinweise an die Redaktion sind noch offen. Ein Build für die öffentliche Adresse (SITE_URL) bricht deshalb ab. Füllen Sie sie aus oder entfernen Sie sie; für eine Vorschau setzen Sie SITE_PREVIEW=1.`,
    `The site is not finished: ${items.length} placeholders, example content or editor's notes remain, so a build for the public address (SITE_URL) stops. Fill them in or remove them; for a preview set SITE_PREVIEW=1.`,
    formatUnfinished(items),
  ].join("\n");
}

/** Placeholders as the Value component renders them, for finding ones shown on pages. */
export const SHOWN_PLACEHOLDER = /<span class="placeholder" data-placeholder="([^"]+)"/g;
