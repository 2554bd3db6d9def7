import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { PAGE_TEXTS, type PageLocale } from "./texts.js";

/*
 * The frame of every volunteer page: plain HTML (no script), its own small stylesheet,
 * readable on a phone, the language switch, and the heading first. `hono/html` escapes
 * every interpolated value.
 */

type Content = HtmlEscapedString | Promise<HtmlEscapedString>;

export function page(options: {
  locale: PageLocale;
  title: string;
  body: Content;
  switchHref: string;
}): Content {
  const t = PAGE_TEXTS[options.locale];
  const other = options.locale === "de" ? "en" : "de";
  return html`<!doctype html>
<html lang="${t.lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <meta name="referrer" content="no-referrer" />
    <title>${options.title} – ${t.site}</title>
    <link rel="stylesheet" href="/v/seite.css" />
  </head>
  <body>
    <header>
      <p class="site">${t.site}</p>
      <a class="switch" href="${options.switchHref}" lang="${other}" hreflang="${other}">${t.switchTo}</a>
    </header>
    <main id="inhalt">
      <h1>${options.title}</h1>
      ${options.body}
    </main>
    <footer><p>${t.footer}</p></footer>
  </body>
</html>`;
}

/** A page that only says something (invalid, expired, used, done). */
export function notice(locale: PageLocale, title: string, text: string, switchHref: string) {
  return page({ locale, title, body: html`<p>${text}</p>`, switchHref });
}

/** The stylesheet of the volunteer pages: system fonts, large targets, high contrast. */
export const PAGE_CSS = raw(`
:root { color-scheme: light; --ink: #1b1b1b; --accent: #0b4f9c; --line: #6b6b6b; }
* { box-sizing: border-box; }
body { margin: 0; font: 1.125rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
header, main, footer { max-width: 40rem; margin: 0 auto; padding: 1rem 1.25rem; }
header { display: flex; justify-content: space-between; align-items: center; gap: 1rem; border-bottom: 1px solid var(--line); }
.site { margin: 0; font-weight: 600; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid #f1b800; outline-offset: 2px; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 1rem 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0 0 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
form { margin: 1.5rem 0; }
button { font: inherit; font-weight: 600; padding: 0.75rem 1.25rem; min-height: 2.75rem; border-radius: 4px; border: 2px solid var(--accent); cursor: pointer; }
.primary { background: var(--accent); color: #fff; }
.secondary { background: #fff; color: var(--accent); }
fieldset { border: 1px solid var(--line); border-radius: 4px; padding: 0.75rem 1rem 1rem; margin: 0 0 1rem; }
legend { font-weight: 600; padding: 0 0.25rem; }
label { display: flex; gap: 0.5rem; align-items: flex-start; padding: 0.35rem 0; }
input[type="radio"] { width: 1.25rem; height: 1.25rem; margin-top: 0.2rem; flex: none; }
footer { border-top: 1px solid var(--line); font-size: 1rem; }
@media (max-width: 30rem) { dl { grid-template-columns: 1fr; } dt { margin-top: 0.5rem; } }
`);
