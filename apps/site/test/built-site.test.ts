import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import {
  CERTIFICATE_CHECK,
  FORM_META_FIELDS,
  FORM_PAGES,
  SUBMISSION_ENDPOINTS,
} from "@integrationspaten/domain";
import { allMessages } from "@integrationspaten/domain/messages";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { beforeAll, describe, expect, it } from "vitest";
import { siteEnvironment } from "../src/config.ts";
import { LOCALE_INFO } from "../src/i18n/locales.ts";
import { ROUTES } from "../src/i18n/routes.ts";
import { CHECK_PARAMETERS } from "../src/islands/certificate-check-model.ts";
import { FIELD_ORDER } from "../src/islands/form-model.ts";
import {
  type BuiltPage,
  builtPages,
  DIST,
  dirOf,
  expectedPaths,
  hasIsland,
  isFormPage,
  isListed,
  read,
  requireBuild,
} from "./support/dist.ts";

/**
 * Budget of JavaScript a form page may load: its entry module with everything that imports
 * statically, and the chunk of the page language's messages that it loads (uncompressed and
 * gzipped, each file on its own as it is served). The domain's zod schemas with its German
 * messages are most of it; the forms, Preact and the language's messages the rest. React
 * DOM is not among them: in the browser the islands run on preact/compat (see the plugin in
 * astro.config.mjs), as React DOM alone (~67 kB gzipped) outweighed everything else together
 * (105 kB gzipped with it, on a German page). Measured 45.0 kB gzipped (142 kB) on a German
 * form page; the other languages add their catalogue and its English fallback, up to
 * 50.4 kB (160 kB). About 5 % headroom: raise it on purpose, never by accident.
 */
const JS_BUDGET = { raw: 168_000, gzip: 53_000 };
/**
 * The certificate check's island: Preact, the domain's number check with its German
 * messages and zod (which that module builds a schema with) — none of the forms' schemas
 * or parts. Measured 42.0 kB gzipped (133 kB) in German, 45.7 kB (146 kB) in English.
 */
const CHECK_JS_BUDGET = { raw: 154_000, gzip: 48_000 };
/**
 * What a page with an island runs at load: its page script and Vite's preload helper, which
 * wait for the visitor to turn to the form (src/islands/hydrate-on-intent.ts). Measured
 * 1.5 kB gzipped; evaluating the whole island at load blocked a phone's main thread for
 * 150–400 ms (Lighthouse's total blocking time).
 */
const LOAD_JS_BUDGET = { gzip: 2_500 };

const origin = siteEnvironment.siteUrl.origin;
const workerOrigin = new URL(siteEnvironment.formsWorkerUrl).origin;

requireBuild();
const pages = builtPages();
const html = new Map(pages.map((page) => [page.path, read(page.file)]));
const htmlOf = (page: BuiltPage) => html.get(page.path) ?? "";

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag);
  return match?.[1]?.replaceAll("&amp;", "&");
}
function tags(source: string, name: string): string[] {
  return source.match(new RegExp(`<${name}\\b[^>]*>`, "gi")) ?? [];
}
function meta(source: string, key: string): string | undefined {
  const tag = tags(source, "meta").find(
    (t) => attribute(t, "property") === key || attribute(t, "name") === key,
  );
  return tag ? attribute(tag, "content") : undefined;
}

describe("the built site", () => {
  it("has every page of the route table in every language, the news posts and a 404 page", () => {
    const built = new Set(pages.map((p) => p.path));
    const newsSlugs = readdirSync(new URL("../src/content/news/", import.meta.url)).map(
      (file) => `/aktuelles/${file.replace(/\.md$/, "")}/`,
    );
    const missing = [...expectedPaths(), ...newsSlugs, "/404.html"].filter((p) => !built.has(p));
    expect(missing).toEqual([]);
  });

  it("has English versions of home, project, dates, volunteer and help request", () => {
    for (const page of ["home", "project", "dates", "volunteer", "helpRequest"] as const) {
      expect(ROUTES[page]).toHaveProperty("en");
    }
  });
});

describe.each(pages.map((page) => [page.path, page] as const))("%s", (_path, page) => {
  const source = htmlOf(page);

  it("declares its language and direction", () => {
    const root = tags(source, "html")[0] ?? "";
    expect(attribute(root, "lang")).toBe(page.locale);
    expect(attribute(root, "dir")).toBe(dirOf(page.locale));
  });

  it("has a title, a description, one h1 and a canonical address on the public origin", () => {
    const title = /<title>([^<]+)<\/title>/.exec(source)?.[1] ?? "";
    expect(title.trim().length).toBeGreaterThan(3);
    expect(meta(source, "description")?.length ?? 0).toBeGreaterThan(20);
    expect(source.match(/<h1\b/g)).toHaveLength(1);
    const canonical = tags(source, "link").find((t) => attribute(t, "rel") === "canonical");
    const href = canonical ? attribute(canonical, "href") : undefined;
    expect(href).toBe(new URL(page.path, origin).href);
  });

  it("has OpenGraph metadata", () => {
    for (const key of [
      "og:title",
      "og:description",
      "og:url",
      "og:type",
      "og:site_name",
      "og:image",
    ]) {
      expect(meta(source, key), key).toBeTruthy();
    }
    expect(meta(source, "og:locale")).toBe(LOCALE_INFO[page.locale].ogLocale);
    expect(meta(source, "og:url")).toBe(new URL(page.path, origin).href);
  });

  it("links icons and a preview image that exist", () => {
    const local = [
      ...tags(source, "link")
        .filter((t) => /icon/.test(attribute(t, "rel") ?? ""))
        .map((t) => attribute(t, "href") ?? ""),
      new URL(meta(source, "og:image") ?? "/missing", origin).pathname,
    ];
    expect(local.length).toBeGreaterThanOrEqual(3);
    for (const path of local) expect(existsSync(join(DIST, path)), path).toBe(true);
  });

  it(isListed(page) ? "is open to search engines" : "asks search engines not to index it", () => {
    expect(meta(source, "robots") === "noindex").toBe(!isListed(page));
  });

  if (hasIsland(page)) {
    it("loads exactly one external module script (its island) and no inline script", () => {
      const scripts = tags(source, "script");
      expect(scripts).toHaveLength(1);
      expect(attribute(scripts[0] ?? "", "type")).toBe("module");
      expect(attribute(scripts[0] ?? "", "src")).toMatch(/^\/_astro\/[\w.-]+\.js$/);
    });
  } else {
    it("ships no JavaScript", () => {
      expect(source).not.toMatch(/<script/i);
    });
  }

  it("loads nothing from another origin", () => {
    const problems: string[] = [];
    for (const tag of source.match(/<[a-z][^>]*>/gi) ?? []) {
      const name = /^<([a-z0-9-]+)/i.exec(tag)?.[1]?.toLowerCase() ?? "";
      for (const attr of ["src", "href", "srcset", "action", "poster", "data", "content"]) {
        const value = attribute(tag, attr);
        if (value === undefined) continue;
        // Links people follow may lead anywhere; they load nothing by themselves.
        if (name === "a" && attr === "href") continue;
        if (attr === "content" && !/^(https?:)?\/\//.test(value)) continue;
        const rel = attribute(tag, "rel") ?? "";
        const onOrigin = value.startsWith(`${origin}/`) || value === origin;
        if (name === "link" && /canonical|alternate/.test(rel) && onOrigin) continue;
        if (name === "meta" && onOrigin) continue;
        if (name === "form" && attr === "action" && value.startsWith(`${workerOrigin}/`)) continue;
        if (/^(https?:)?\/\//i.test(value) || /^data:/i.test(value))
          problems.push(`<${name} ${attr}="${value}">`);
      }
      if (/\sstyle=/i.test(tag)) problems.push(`<${name} style>`);
    }
    expect(problems).toEqual([]);
  });

  it("shows no raw placeholder: unfilled data always reads „wird ergänzt“ (Value.astro)", () => {
    expect(source).not.toContain("⟦PLATZHALTER");
  });
});

describe("stylesheets", () => {
  it("reference nothing on another origin (no webfonts, no remote images)", () => {
    const css = readdirSync(join(DIST, "_astro")).filter((f) => f.endsWith(".css"));
    expect(css.length).toBeGreaterThan(0);
    for (const file of css) {
      const text = readFileSync(join(DIST, "_astro", file), "utf8");
      expect(text).not.toMatch(/@import|@font-face/);
      for (const [, url] of text.matchAll(/url\(\s*['"]?([^'")]+)/g)) {
        expect(url).not.toMatch(/^(https?:)?\/\//);
      }
    }
  });
});

describe("HTML validity (html-validate, .htmlvalidate.json)", () => {
  // The config extends html-validate:recommended with four adjustments for markup that
  // Astro and React generate together: React writes `<input/>` and camelCase attributes
  // (`maxLength`) and `required=""`, Astro `<meta>`; checkbox lists share a name on purpose
  // (the url-encoded contract's repeated keys). Everything else is checked as recommended.
  const validator = new HtmlValidate(new FileSystemConfigLoader());

  it.each(pages.map((p) => [p.path, p] as const))("%s is valid", async (_path, page) => {
    const report = await validator.validateFile(page.file);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});

describe("the forms without JavaScript", () => {
  const formPages = pages.filter(isFormPage);
  // Every name a plain form posts must be a schema field, a language row or a meta field.
  const allowed = {
    help_request: new Set(FIELD_ORDER.help_request),
    volunteer_signup: new Set(FIELD_ORDER.volunteer_signup.filter((f) => f !== "languages")),
  };
  const metaNames = new Set<string>(Object.values(FORM_META_FIELDS));

  it("exist for the help request and the sign-up in all seven languages", () => {
    expect(formPages.filter((p) => p.page === "helpRequest")).toHaveLength(7);
    expect(formPages.filter((p) => p.page === "volunteer")).toHaveLength(7);
  });

  it.each(formPages.map((p) => [p.path, p] as const))(
    "%s posts to the forms worker with the contract's field names",
    (_path, page) => {
      const source = htmlOf(page);
      const form = tags(source, "form")[0] ?? "";
      const kind = page.page === "helpRequest" ? "help_request" : "volunteer_signup";
      const endpoint = SUBMISSION_ENDPOINTS[kind];
      expect(attribute(form, "action")).toBe(`${siteEnvironment.formsWorkerUrl}${endpoint}`);
      expect(attribute(form, "method")).toBe("post");
      const names = new Set(
        [...source.matchAll(/<(?:input|select|textarea)\b[^>]*\sname="([^"]+)"/g)].map(
          (m) => m[1] ?? "",
        ),
      );
      const unknown = [...names].filter((n) => !allowed[kind].has(n) && !metaNames.has(n));
      expect(unknown).toEqual([]);
      for (const required of allowed[kind]) expect(names.has(required), required).toBe(true);
      expect(source).toContain(`name="locale" value="${page.locale}"`);
      expect(source).toMatch(/name="formStartedAt" value="\d{13}"/);
      expect(source).toMatch(/name="website"/);
    },
  );

  it.each(formPages.map((p) => [p.path, p] as const))(
    "%s sends people to a thank-you page that exists",
    (_path, page) => {
      const props = /data-props="([^"]+)"/.exec(htmlOf(page))?.[1] ?? "{}";
      const decoded = JSON.parse(
        props.replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&"),
      ) as { thanksPath: string; locale: string };
      expect(decoded.locale).toBe(page.locale);
      const thanks = pages.find((p) => p.path === decoded.thanksPath);
      expect(thanks?.locale).toBe(page.locale);
    },
  );
});

describe("the certificate check without JavaScript", () => {
  const checkPages = pages.filter((p) => p.page === "certificateCheck");

  it("exists in German and English, at the contract's paths", () => {
    expect(checkPages.map((p) => p.path).sort()).toEqual(
      Object.values(CERTIFICATE_CHECK.pages).sort(),
    );
  });

  it.each(checkPages.map((p) => [p.path, p] as const))(
    "%s sends a GET to the worker's check with the number, the name and the page's language",
    (_path, page) => {
      const source = htmlOf(page);
      const forms = tags(source, "form");
      expect(forms).toHaveLength(1);
      expect(attribute(forms[0] ?? "", "action")).toBe(
        `${siteEnvironment.formsWorkerUrl}${CERTIFICATE_CHECK.endpoint}`,
      );
      expect(attribute(forms[0] ?? "", "method")).toBe("get");
      const names = [...source.matchAll(/<(?:input|select|textarea)\b[^>]*\sname="([^"]+)"/g)]
        .map((m) => m[1] ?? "")
        .sort();
      expect(names).toEqual(
        [CHECK_PARAMETERS.name, CHECK_PARAMETERS.number, FORM_META_FIELDS.locale].sort(),
      );
      expect(source).toContain(`name="${FORM_META_FIELDS.locale}" value="${page.locale}"`);
      // The number is required; the name is optional and says so.
      expect(source).toMatch(/<input[^>]*\sid="cc-number"[^>]*\srequired=""/);
      expect(source).not.toMatch(/<input[^>]*\sid="cc-name"[^>]*\srequired/);
    },
  );

  it("is linked from the footer of every German and English page", () => {
    for (const locale of ["de", "en"] as const) {
      for (const page of pages.filter((p) => p.locale === locale)) {
        const footer = htmlOf(page).split('<footer class="site-footer">')[1] ?? "";
        expect(footer, page.path).toContain(`href="${CERTIFICATE_CHECK.pages[locale]}"`);
      }
    }
  });
});

describe("JavaScript budget of the island pages", () => {
  /** The domain's "please fill in this field", by language: which messages a file carries. */
  const markers: Record<string, string> = {
    de: "Bitte füllen Sie dieses Feld aus.",
    en: "Please fill in this field.",
    ar: "يرجى ملء هذا الحقل.",
    fa: "لطفاً این قسمت را پر کنید.",
    uk: "Будь ласка, заповніть це поле.",
    ru: "Пожалуйста, заполните это поле.",
    tr: "Lütfen bu alanı doldurun.",
  };
  const languagesIn = (text: string) =>
    Object.entries(markers)
      .filter(([, marker]) => text.includes(marker))
      .map(([locale]) => locale)
      .sort();

  /**
   * The domain's messages a page in `locale` needs: German (built into the domain), the
   * page language's catalogue and that catalogue's fallbacks (the summary languages fall
   * back to English for what they do not translate).
   */
  function messageLanguagesFor(locale: string): string[] {
    const languages = new Set(["de"]);
    let catalogue = allMessages.find((c) => c.locale === locale);
    for (; catalogue !== undefined; catalogue = catalogue.fallback) {
      languages.add(catalogue.locale);
    }
    return [...languages].sort();
  }

  interface Chunk {
    path: string;
    raw: number;
    gzip: number;
    text: string;
    /** Modules it imports statically (loaded with it). */
    imports: string[];
    /** Modules it may import later (`import()`: the other languages' messages). */
    dynamicImports: string[];
  }
  const chunks = new Map<string, Chunk>();
  function chunk(path: string): Chunk {
    const known = chunks.get(path);
    if (known) return known;
    const code = readFileSync(join(DIST, path));
    const text = code.toString("utf8");
    const resolve = (spec: string) => new URL(spec, `http://x${path}`).pathname;
    const found: Chunk = {
      path,
      raw: code.length,
      gzip: gzipSync(code, { level: 9 }).length,
      text,
      imports: [...text.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map(([, s]) =>
        resolve(s ?? ""),
      ),
      dynamicImports: [...text.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map(([, s]) =>
        resolve(s ?? ""),
      ),
    };
    chunks.set(path, found);
    return found;
  }
  /** The entries and every module they import statically, each once. */
  function staticGraph(entries: string[]): Chunk[] {
    const seen = new Map<string, Chunk>();
    const queue = [...entries];
    while (queue.length > 0) {
      const path = queue.shift() ?? "";
      if (seen.has(path)) continue;
      const found = chunk(path);
      seen.set(path, found);
      queue.push(...found.imports);
    }
    return [...seen.values()];
  }
  const total = (graph: Chunk[]) => ({
    raw: graph.reduce((sum, c) => sum + c.raw, 0),
    gzip: graph.reduce((sum, c) => sum + c.gzip, 0),
  });

  interface PageScripts {
    path: string;
    page: BuiltPage["page"];
    /** The page script and its static imports: all that runs at load. */
    entry: { raw: number; gzip: number };
    /** What the page loads once the island comes: the island and its language's messages. */
    loaded: { raw: number; gzip: number; chunks: string[] };
    entryLanguages: string[];
    loadedLanguages: string[];
  }
  let scripts: PageScripts[] = [];
  beforeAll(() => {
    scripts = pages.filter(hasIsland).map((page) => {
      const src = /<script type="module" src="([^"]+)"/.exec(htmlOf(page))?.[1] ?? "";
      const entry = staticGraph([src]);
      // The island itself, imported when the visitor turns to the form (hydrate-on-intent).
      const island = entry.flatMap((c) => c.dynamicImports).filter((p) => /\/hydrate-/.test(p));
      const withIsland = staticGraph([src, ...island]);
      // `loadMessages` imports the page language's catalogue (with its fallback) on the page.
      const own = withIsland
        .flatMap((c) => c.dynamicImports)
        .filter((path) => languagesIn(chunk(path).text).includes(page.locale));
      const loaded = staticGraph([src, ...island, ...own]);
      return {
        path: page.path,
        page: page.page,
        entry: total(entry),
        loaded: { ...total(loaded), chunks: loaded.map((c) => c.path) },
        entryLanguages: languagesIn(entry.map((c) => c.text).join("\n")),
        loadedLanguages: languagesIn(loaded.map((c) => c.text).join("\n")),
      };
    });
  });

  it("measures every form page of the domain's contract in every language, and the certificate check", () => {
    const formPaths = Object.values(FORM_PAGES).flatMap((pages) => Object.values(pages.form));
    expect(
      scripts
        .filter((s) => s.page !== "certificateCheck")
        .map((s) => s.path)
        .sort(),
    ).toEqual([...formPaths].sort());
    expect(
      scripts
        .filter((s) => s.page === "certificateCheck")
        .map((s) => s.path)
        .sort(),
    ).toEqual(Object.values(CERTIFICATE_CHECK.pages).sort());
  });

  it("runs no more than its tiny page script at load (the island comes on intent)", () => {
    for (const s of scripts) {
      expect(s.entry.gzip, `${s.path} gzip bytes at load`).toBeLessThanOrEqual(LOAD_JS_BUDGET.gzip);
      expect(s.entryLanguages, s.path).toEqual([]);
      expect(s.loaded.chunks.length, s.path).toBeGreaterThan(3);
    }
  });

  it("stays within the budget on every form page", () => {
    for (const s of scripts.filter((s) => s.page !== "certificateCheck")) {
      expect(s.loaded.raw, `${s.path} raw bytes`).toBeLessThanOrEqual(JS_BUDGET.raw);
      expect(s.loaded.gzip, `${s.path} gzip bytes`).toBeLessThanOrEqual(JS_BUDGET.gzip);
    }
  });

  it("stays within its own budget on the certificate check", () => {
    for (const s of scripts.filter((s) => s.page === "certificateCheck")) {
      expect(s.loaded.raw, `${s.path} raw bytes`).toBeLessThanOrEqual(CHECK_JS_BUDGET.raw);
      expect(s.loaded.gzip, `${s.path} gzip bytes`).toBeLessThanOrEqual(CHECK_JS_BUDGET.gzip);
    }
  });

  it("runs on preact/compat in the browser, without React DOM", () => {
    for (const path of new Set(scripts.flatMap((s) => s.loaded.chunks))) {
      // Markers of React DOM's production build (its error links and the devtools hook).
      expect(chunk(path).text, path).not.toMatch(
        /react\.dev\/errors|__REACT_DEVTOOLS_GLOBAL_HOOK__/,
      );
    }
  });

  it("loads the domain's messages of the page language only (German is built in)", () => {
    for (const s of scripts) {
      const locale = pages.find((p) => p.path === s.path)?.locale ?? "de";
      expect(s.loadedLanguages, s.path).toEqual(messageLanguagesFor(locale));
    }
    // Each other language is one chunk of its own (Arabic with no Russian in it …).
    const files = readdirSync(join(DIST, "_astro")).filter((f) => f.endsWith(".js"));
    for (const locale of ["en", "ar", "fa", "uk", "ru", "tr"]) {
      const own = files.filter((f) => languagesIn(chunk(`/_astro/${f}`).text).includes(locale));
      expect(own, locale).toHaveLength(1);
      expect(languagesIn(chunk(`/_astro/${own[0] ?? ""}`).text), locale).toEqual([locale]);
    }
  });

  it("is the same for every language of a form (messages are not bundled per page)", () => {
    for (const key of ["helpRequest", "volunteer", "certificateCheck"] as const) {
      expect(new Set(scripts.filter((s) => s.page === key).map((s) => s.entry.raw)).size, key).toBe(
        1,
      );
    }
  });
});

describe("sitemap, feed and robots.txt", () => {
  const sitemap = read(join(DIST, "sitemap.xml"));
  const rss = read(join(DIST, "aktuelles/rss.xml"));

  it("lists every public page in the sitemap, and no thank-you or error page", () => {
    const locs = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    for (const page of pages) {
      expect(locs.has(new URL(page.path, origin).href), page.path).toBe(isListed(page));
    }
  });

  it("writes the sitemap and the feed as XML documents with balanced elements", () => {
    for (const xml of [sitemap, rss]) {
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
      const stack: string[] = [];
      for (const [tag, closing, name, selfClosing] of xml.matchAll(
        /<(\/)?([a-zA-Z][\w:.-]*)(?:\s[^>]*?)?(\/)?>/g,
      )) {
        if (tag.startsWith("<?")) continue;
        if (selfClosing) continue;
        if (closing) expect(stack.pop()).toBe(name);
        else stack.push(name ?? "");
      }
      expect(stack).toEqual([]);
      expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    }
  });

  it("has every news post in the feed with an absolute link", () => {
    for (const page of pages.filter((p) => p.page === "news-post")) {
      expect(rss).toContain(`<link>${new URL(page.path, origin).href}</link>`);
    }
    expect(rss).toMatch(/<channel>\s*<title>[^<]+<\/title>/);
  });

  it("points robots.txt at the sitemap", () => {
    expect(read(join(DIST, "robots.txt"))).toContain(`Sitemap: ${origin}/sitemap.xml`);
  });
});

describe("placeholders", () => {
  it("are shown marked on the legal pages until the district fills them in", () => {
    for (const path of ["/impressum/", "/datenschutz/", "/barrierefreiheit/", "/kontakt/"]) {
      expect(html.get(path), path).toContain('<span class="placeholder" data-placeholder=');
    }
  });
});

describe("the _headers file", () => {
  const headers = read(join(DIST, "_headers"));

  it("sets the security headers and a CSP that allows the forms worker", () => {
    expect(headers).toMatch(/^\/\*$/m);
    expect(headers).toContain(`connect-src 'self' ${workerOrigin}`);
    expect(headers).toContain(`form-action 'self' ${workerOrigin}`);
    for (const name of [
      "X-Content-Type-Options: nosniff",
      "Referrer-Policy",
      "X-Frame-Options: DENY",
      "Permissions-Policy",
    ]) {
      expect(headers).toContain(name);
    }
  });
});
