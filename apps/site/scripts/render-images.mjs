#!/usr/bin/env node
// Renders the site's raster images from SVG/HTML with Debian's chromium, so that they can
// be regenerated after a design change: public/og-image.png (1200×630, OpenGraph preview)
// and public/apple-touch-icon.png (180×180). Run on purpose, commit the results:
//   node scripts/ensure-chromium.mjs && node scripts/render-images.mjs
import { readFile } from "node:fs/promises";
import { chromium } from "playwright-core";

const publicDir = new URL("../public/", import.meta.url);
const logo = await readFile(new URL("favicon.svg", publicDir), "utf8");

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

async function render(file, width, height, html) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.setContent(html);
  await page.screenshot({ path: new URL(file, publicDir).pathname });
  await page.close();
}

await render(
  "og-image.png",
  1200,
  630,
  `<!doctype html><html lang="de"><body style="margin:0;width:1200px;height:630px;display:flex;align-items:center;gap:56px;padding:0 80px;box-sizing:border-box;background:#004a77;color:#fff;font-family:system-ui,'DejaVu Sans',sans-serif;border-bottom:24px solid #ffd24d">
    <div style="width:260px;height:260px;flex:none">${logo.replace("<svg ", '<svg width="260" height="260" ')}</div>
    <div><p style="margin:0;font-size:64px;font-weight:700;line-height:1.1">Integrationspatinnen<br>und -paten</p>
    <p style="margin:24px 0 0;font-size:40px">Landkreis Alzey-Worms</p>
    <p style="margin:24px 0 0;font-size:30px;opacity:.95">Begleitung anfragen · Mitmachen · Termine</p></div>
  </body></html>`,
);
await render(
  "apple-touch-icon.png",
  180,
  180,
  `<!doctype html><html><body style="margin:0">${logo.replace("<svg ", '<svg width="180" height="180" ')}</body></html>`,
);
await browser.close();
console.log("render-images: wrote public/og-image.png and public/apple-touch-icon.png");
