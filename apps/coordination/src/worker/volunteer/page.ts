import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { LOCALE_NAMES, localeDirection, MAIL_LOCALES } from "../mail/texts.js";
import { PAGE_TEXTS, type PageLocale } from "./texts.js";

/*
 * The frame of every volunteer page: plain HTML (no script), its own small stylesheet,
 * readable on a phone, in either writing direction (Arabic and Persian from the right),
 * links to the same page in every language, and the heading first. `hono/html` escapes
 * every interpolated value.
 */

type Content = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Where the same page is in another language. */
export type LanguageHref = (locale: PageLocale) => string;

function languageLinks(current: PageLocale, href: LanguageHref) {
  return html`<nav class="languages" aria-label="${PAGE_TEXTS[current].languageNav}">
        <ul>
          ${MAIL_LOCALES.map(
            (locale) =>
              html`<li><a href="${href(locale)}" lang="${locale}" hreflang="${locale}" dir="${localeDirection(locale)}"${locale === current ? raw(' aria-current="true"') : ""}>${LOCALE_NAMES[locale]}</a></li>`,
          )}
        </ul>
      </nav>`;
}

export function page(options: {
  locale: PageLocale;
  title: string;
  body: Content;
  languageHref: LanguageHref;
}): Content {
  const t = PAGE_TEXTS[options.locale];
  return html`<!doctype html>
<html lang="${t.lang}" dir="${localeDirection(options.locale)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <meta name="referrer" content="same-origin" />
    <title>${options.title} – ${t.site}</title>
    <link rel="stylesheet" href="/v/seite.css" />
  </head>
  <body>
    <header>
      <p class="site">${t.site}</p>
      ${languageLinks(options.locale, options.languageHref)}
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
export function notice(
  locale: PageLocale,
  title: string,
  text: string,
  languageHref: LanguageHref,
) {
  return page({ locale, title, body: html`<p>${text}</p>`, languageHref });
}

/**
 * The stylesheet of the volunteer pages: system fonts, large targets, high contrast.
 * Logical properties only (inline = the direction of writing), so that right-to-left
 * pages mirror by themselves.
 */
export const PAGE_CSS = raw(`
:root { color-scheme: light; --ink: #1b1b1b; --accent: #0b4f9c; --line: #6b6b6b; }
* { box-sizing: border-box; }
body { margin: 0; font: 1.125rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; text-align: start; }
[dir="rtl"] body { line-height: 1.7; }
header, main, footer { max-width: 40rem; margin-block: 0; margin-inline: auto; padding-block: 1rem; padding-inline: 1.25rem; }
header { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5rem 1rem; border-block-end: 1px solid var(--line); }
.site { margin: 0; font-weight: 600; }
.languages ul { display: flex; flex-wrap: wrap; gap: 0 0.75rem; margin: 0; padding: 0; list-style: none; font-size: 1rem; line-height: 1.4; }
.languages a { display: inline-block; padding-block: 0.3rem; }
.languages a[aria-current="true"] { color: var(--ink); font-weight: 600; text-decoration: none; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid #f1b800; outline-offset: 2px; }
h1 { font-size: 1.6rem; line-height: 1.25; margin-block: 1rem; margin-inline: 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin-block: 0 1rem; margin-inline: 0; }
dt { font-weight: 600; }
dd { margin: 0; }
form { margin-block: 1.5rem; margin-inline: 0; }
button { font: inherit; font-weight: 600; padding-block: 0.75rem; padding-inline: 1.25rem; min-height: 2.75rem; border-radius: 4px; border: 2px solid var(--accent); cursor: pointer; text-align: center; }
.primary { background: var(--accent); color: #fff; }
.secondary { background: #fff; color: var(--accent); }
fieldset { border: 1px solid var(--line); border-radius: 4px; padding-block: 0.75rem 1rem; padding-inline: 1rem; margin-block: 0 1rem; margin-inline: 0; }
legend { font-weight: 600; padding-block: 0; padding-inline: 0.25rem; }
label { display: flex; gap: 0.5rem; align-items: flex-start; padding-block: 0.35rem; padding-inline: 0; }
input[type="radio"] { width: 1.25rem; height: 1.25rem; margin-block: 0.2rem 0; margin-inline: 0; flex: none; }
footer { border-block-start: 1px solid var(--line); font-size: 1rem; }
@media (max-width: 30rem) { header { padding-block: 0.75rem; } dl { grid-template-columns: 1fr; } dt { margin-block-start: 0.5rem; } }
`);
