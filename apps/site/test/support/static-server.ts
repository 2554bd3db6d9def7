import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { headersFor, parseHeadersFile } from "../../src/integrations/security-headers.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".ics": "text/calendar",
  ".webmanifest": "application/manifest+json",
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves `dist/` the way Cloudflare Pages does for this site: `/path/` → `path/index.html`,
 * unknown paths → `404.html` with status 404, and the headers of `dist/_headers` applied
 * (so the Content-Security-Policy is exercised in the browser tests).
 */
export async function serveDist(distDir: string): Promise<StaticServer> {
  const headersFile = join(distDir, "_headers");
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, "utf8")) : [];

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const pathname = decodeURIComponent(url.pathname);
    let file = normalize(join(distDir, pathname));
    if (!file.startsWith(distDir)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    let status = 200;
    let servedPath = pathname;
    if (!existsSync(file) || pathname.endsWith("/_headers")) {
      if (!pathname.endsWith("/") && existsSync(join(distDir, pathname, "index.html"))) {
        response.writeHead(308, { Location: `${pathname}/` }).end();
        return;
      }
      file = join(distDir, "404.html");
      status = 404;
      servedPath = "/404.html";
    }
    const headers: Record<string, string> = {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    };
    for (const [name, value] of headersFor(
      rules,
      servedPath === "/404.html" ? pathname : servedPath,
    )) {
      headers[name] = value;
    }
    if (!existsSync(file)) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    response.writeHead(status, headers);
    response.end(request.method === "HEAD" ? undefined : readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
