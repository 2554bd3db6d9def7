// Lighthouse (mobile) on every page of the built site: prints the four category scores and
// the bytes each page transfers, one row per page. Builds nothing: run `pnpm --filter
// @integrationspaten/site build` first. Serves apps/site/dist on 127.0.0.1 with the headers
// of dist/_headers (so the Content-Security-Policy applies), and drives Debian's chromium
// (CHROME_PATH or /usr/bin/chromium) through chrome-launcher. Text is sent compressed
// (brotli or gzip), as Cloudflare Pages does, so the transfer sizes are those of production.
//
//   node bench/lighthouse.mjs            # every page in dist (a few minutes)
//   node bench/lighthouse.mjs --key      # the six key pages
//   node bench/lighthouse.mjs /kontakt/  # particular pages
//   node bench/lighthouse.mjs --json-dir=/tmp/lh /kontakt/  # and keep each report (JSON)
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { extname, join, normalize } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { brotliCompressSync, gzipSync } from "node:zlib";
import lighthouse from "lighthouse";

const DIST = fileURLToPath(new URL("../apps/site/dist/", import.meta.url));
const KEY_PAGES = ["/", "/mitmachen/", "/hilfe-anfragen/", "/termine/", "/en/", "/ar/"];

/** Every HTML page of the build as a URL path (`/en/dates/`), the 404 page last. */
function allPages() {
  if (!existsSync(DIST)) return [];
  const paths = readdirSync(DIST, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".html") && file !== "404.html")
    .map(
      (file) =>
        `/${file
          .split("\\")
          .join("/")
          .replace(/index\.html$/, "")}`,
    )
    .sort();
  return [...paths, "/404.html"];
}

const JSON_DIR = process.argv.find((a) => a.startsWith("--json-dir="))?.slice("--json-dir=".length);
const args = process.argv.slice(2).filter((a) => !a.startsWith("--json-dir="));
const PAGES = args.includes("--key") ? KEY_PAGES : args.length ? args : allPages();
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

if (!existsSync(join(DIST, "index.html"))) {
  console.log(
    "lighthouse: skipped – apps/site/dist is missing. Run `pnpm --filter @integrationspaten/site build` first.",
  );
  process.exit(0);
}
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromePath)) {
  console.log(
    `lighthouse: skipped – no Chromium at ${chromePath} (run apps/site/scripts/ensure-chromium.mjs or set CHROME_PATH).`,
  );
  process.exit(0);
}

// chrome-launcher comes with lighthouse; resolve it from there (pnpm does not hoist it).
const require = createRequire(fileURLToPath(import.meta.resolve("lighthouse")));
const chromeLauncher = await import(pathToFileURL(require.resolve("chrome-launcher")).href);

/** The `_headers` rules: `pattern` with `*` splats, then indented `Name: value` lines. */
function readHeaderRules() {
  const file = join(DIST, "_headers");
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (/^\s/.test(line)) {
      const colon = line.indexOf(":");
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    } else {
      const source = line
        .trim()
        .split("*")
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
      rules.push({ regex: new RegExp(`^${source.join(".*")}$`), headers: [] });
    }
  }
  return rules;
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
};
const rules = readHeaderRules();
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
  let file = normalize(join(DIST, path));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  let status = 200;
  if (!file.startsWith(DIST) || !existsSync(file)) {
    file = join(DIST, "404.html");
    status = 404;
  }
  const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream" };
  for (const rule of rules) {
    if (rule.regex.test(path))
      for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
  }
  let body = readFileSync(file);
  const accepts = String(request.headers["accept-encoding"] ?? "");
  if (/^(text|application)\/|svg/.test(headers["content-type"])) {
    if (accepts.includes("br")) {
      body = brotliCompressSync(body);
      headers["content-encoding"] = "br";
    } else if (accepts.includes("gzip")) {
      body = gzipSync(body);
      headers["content-encoding"] = "gzip";
    }
    headers.vary = "Accept-Encoding";
  }
  response.writeHead(status, headers).end(body);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: CHROME_FLAGS,
  logLevel: "silent",
});
const rows = [];
try {
  for (const path of PAGES) {
    // A loaded machine occasionally makes a run fail (no paint recorded): retry once.
    let lhr;
    for (let attempt = 1; attempt <= 2; attempt++) {
      const result = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: CATEGORIES,
        formFactor: "mobile",
      });
      lhr = result?.lhr;
      if (JSON_DIR && lhr)
        writeFileSync(
          join(JSON_DIR, `${path.replace(/[^a-z0-9]+/gi, "_") || "_"}.json`),
          JSON.stringify(lhr),
        );
      if (lhr && !lhr.runtimeError && CATEGORIES.every((c) => lhr.categories[c]?.score !== null))
        break;
      console.warn(
        `lighthouse: ${path} attempt ${attempt} failed: ${lhr?.runtimeError?.message ?? "no score"}`,
      );
    }
    const score = (id) => {
      const value = lhr.categories[id]?.score;
      return value === null || value === undefined ? "error" : Math.round(value * 100);
    };
    const failing = Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== "informative" &&
          a.scoreDisplayMode !== "manual",
      )
      .filter((a) =>
        CATEGORIES.some((c) =>
          lhr.categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0),
        ),
      )
      .map((a) => a.id);
    rows.push({
      page: path,
      performance: score("performance"),
      accessibility: score("accessibility"),
      "best-practices": score("best-practices"),
      seo: score("seo"),
      "transfer bytes": Math.round(lhr.audits["total-byte-weight"]?.numericValue ?? 0),
      LCP: `${Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? 0)} ms`,
      TBT: `${Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? 0)} ms`,
      "below 100 because of": failing.join(", ") || "–",
    });
  }
} finally {
  await chrome.kill();
  server.close();
}

console.log(`Lighthouse ${lighthouse.version ?? "13"} · mobile (simulated throttling) · ${origin}`);
console.table(rows);
// Thank-you pages and the 404 page ask search engines not to index them (meta robots
// noindex), so Lighthouse's "is-crawlable" fails there by design.
const noindexOnly = (row) =>
  row.seo !== 100 && row["below 100 because of"].split(", ").includes("is-crawlable");
const below = rows.filter((row) =>
  CATEGORIES.some((c) => row[c] !== 100 && !(c === "seo" && noindexOnly(row))),
);
const deliberate = rows.filter(noindexOnly);
console.log(
  [
    below.length === 0
      ? `${rows.length} pages, 100 in every category on every one`
      : `${rows.length} pages; below 100 on ${below.length}: ${below.map((row) => row.page).join(", ")}`,
    deliberate.length > 0
      ? `SEO below 100 only by design on ${deliberate.length} noindex pages (${deliberate.map((row) => row.page).join(", ")}).`
      : "",
  ]
    .filter(Boolean)
    .join(". "),
);
