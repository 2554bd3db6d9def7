import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UI_STRINGS } from "../src/i18n/translate.ts";
import { builtPages, DIST, requireBuild } from "./support/dist.ts";

/*
 * The site's wording as a reader meets it on the built pages: no words glued together
 * where a template line break swallowed the space, one way of naming the volunteers, and
 * form texts that fit both forms.
 */

/** Elements that flow inside a line of text; every other tag is a break between blocks. */
const INLINE =
  /^(a|abbr|b|bdi|bdo|cite|code|data|em|i|kbd|mark|q|s|small|span|strong|sub|sup|time|u)$/i;

/** The visible text of a page, with block boundaries as line breaks. */
function visibleText(html: string): string {
  return html
    .replace(/<head>[\s\S]*?<\/head>/i, "")
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, "")
    .replace(/<\/?([a-zA-Z][a-zA-Z0-9-]*)[^>]*>/g, (_, tag: string) =>
      INLINE.test(tag) ? "" : "\n",
    )
    .replace(/&nbsp;/g, " ");
}

/** "können.Es", "Sprache:Informationen": sentence punctuation glued to the next word. */
const GLUED = /[\p{Ll}\p{Lo}][.:;!?,][\p{Lu}\p{Lo}]/u;

describe("the text of every built page", () => {
  requireBuild();
  const pages = builtPages();
  const readPage = (page: { file: string }) => readFileSync(page.file, "utf8");

  it("has no words glued to the punctuation before them", () => {
    const glued: string[] = [];
    for (const page of pages) {
      const text = visibleText(readPage(page));
      for (const line of text.split("\n")) {
        const match = GLUED.exec(line);
        if (match)
          glued.push(
            `${page.path}: …${line.slice(Math.max(0, match.index - 25), match.index + 25)}…`,
          );
      }
    }
    expect(glued).toEqual([]);
  });

  it("names the volunteers „Integrationspatin oder -pate“, never with a gender star", () => {
    const starred = pages.filter((page) => /pat\*in/i.test(readPage(page))).map((p) => p.path);
    expect(starred).toEqual([]);
  });
});

describe("the German form texts", () => {
  const de = UI_STRINGS.de;

  it("fit the sign-up as well as the help request (no „Anfrage“ in the shared ones)", () => {
    const shared = Object.entries(de).filter(
      ([key]) => key.startsWith("form.errorSummary.") || key.startsWith("form.server."),
    );
    expect(shared.length).toBeGreaterThan(3);
    for (const [key, text] of shared) expect(text, key).not.toMatch(/Anfrage/);
  });
});

describe("the sign-up's kinds of help", () => {
  it("speak to the volunteer, not to a person asking for help", () => {
    requireBuild();
    // The hints under the checkboxes, as the page shows them (not the island's props).
    const hints = (path: string) =>
      [
        ...readFileSync(join(DIST, path), "utf8").matchAll(
          /<span class="choice__hint"[^>]*>([^<]*)</g,
        ),
      ]
        .map((m) => m[1])
        .join("\n");
    const signup = hints("mitmachen/index.html");
    const request = hints("hilfe-anfragen/index.html");
    // The catalogue's hints are for people asking for help: only on the request form.
    for (const hint of ["Bitte fragen Sie früh an", "in die Anfrage"]) {
      expect(request).toContain(hint);
      expect(signup).not.toContain(hint);
    }
    // What a kind of help asks of a volunteer (school and day care: good conduct).
    expect(signup).toContain("erweitertes Führungszeugnis");
    expect(request).not.toContain("Führungszeugnis");
  });
});
