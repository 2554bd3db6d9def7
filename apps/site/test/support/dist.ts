import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { LOCALE_INFO, LOCALES, type Locale } from "../../src/i18n/locales.ts";
import { type PageKey, ROUTES, UNLISTED_PAGES } from "../../src/i18n/routes.ts";

export const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));

/** Fails with a helpful message when the site has not been built. */
export function requireBuild(): void {
  if (!existsSync(join(DIST, "index.html"))) {
    throw new Error(
      `${DIST} has no index.html: run \`pnpm --filter @integrationspaten/site build\` first (turbo does this for \`pnpm test\`).`,
    );
  }
}

export interface BuiltPage {
  /** URL path, e.g. `/en/project/`. */
  path: string;
  /** File in dist. */
  file: string;
  locale: Locale;
  /** Page key of the route table, or `news-post` / `404`. */
  page: PageKey | "news-post" | "404";
}

function localeOfPath(path: string): Locale {
  const first = path.split("/")[1] ?? "";
  return (LOCALES as readonly string[]).includes(first) ? (first as Locale) : "de";
}

/** Every HTML page in dist with its URL path, language and page key. */
export function builtPages(): BuiltPage[] {
  const byPath = new Map<string, PageKey>();
  for (const [page, paths] of Object.entries(ROUTES)) {
    for (const path of Object.values(paths)) byPath.set(path, page as PageKey);
  }
  const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name));
  return files
    .map((file) => {
      const rel = relative(DIST, file).split(sep).join("/");
      const path = rel === "404.html" ? "/404.html" : `/${rel.replace(/index\.html$/, "")}`;
      const page: BuiltPage["page"] =
        rel === "404.html"
          ? "404"
          : (byPath.get(path) ?? (path.startsWith("/aktuelles/") ? "news-post" : "404"));
      return { path, file, locale: localeOfPath(path), page };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Paths every build must contain: each route in each of its languages. */
export function expectedPaths(): string[] {
  return Object.values(ROUTES).flatMap((paths) => Object.values(paths));
}

/** Pages that load the form island. */
export const FORM_PAGES: ReadonlySet<BuiltPage["page"]> = new Set(["helpRequest", "volunteer"]);

export function isFormPage(page: BuiltPage): boolean {
  return FORM_PAGES.has(page.page);
}

/** Pages with an island (one external module script): the forms and the certificate check. */
export const ISLAND_PAGES: ReadonlySet<BuiltPage["page"]> = new Set([
  ...FORM_PAGES,
  "certificateCheck",
]);

export function hasIsland(page: BuiltPage): boolean {
  return ISLAND_PAGES.has(page.page);
}

export function isListed(page: BuiltPage): boolean {
  return page.page !== "404" && !(page.page !== "news-post" && UNLISTED_PAGES.has(page.page));
}

export function dirOf(locale: Locale): "ltr" | "rtl" {
  return LOCALE_INFO[locale].dir;
}

export function read(file: string): string {
  return readFileSync(file, "utf8");
}
