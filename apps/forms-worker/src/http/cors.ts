/**
 * CORS for the public endpoints: only the configured site origins may call them from a
 * browser. Requests without an Origin header (curl, server-to-server) are not browser
 * cross-origin requests and pass; a disallowed Origin (including "null") is refused.
 */

/** Request headers the site's island sends besides the CORS-safelisted ones. */
const ALLOWED_HEADERS = "Content-Type, Accept-Language, Idempotency-Key";
/** Response headers the island may read. */
const EXPOSED_HEADERS = "Idempotent-Replayed, Retry-After";

export type OriginVerdict = "none" | "allowed" | "forbidden";

/** Whether the request's Origin may use the public API. */
export function checkOrigin(request: Request, allowed: ReadonlySet<string>): OriginVerdict {
  const origin = request.headers.get("origin");
  if (origin === null) return "none";
  return allowed.has(origin) ? "allowed" : "forbidden";
}

/** Adds the CORS headers for an allowed origin to a response (also to error responses). */
export function withCors(response: Response, origin: string): Response {
  const headers = new Headers(response.headers);
  headers.set("access-control-allow-origin", origin);
  headers.set("access-control-expose-headers", EXPOSED_HEADERS);
  headers.append("vary", "Origin");
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/** The answer to a preflight from an allowed origin. */
export function preflightResponse(origin: string, methods: readonly string[]): Response {
  return new Response(null, {
    status: 204,
    headers: {
      "access-control-allow-origin": origin,
      "access-control-allow-methods": [...methods, "OPTIONS"].join(", "),
      "access-control-allow-headers": ALLOWED_HEADERS,
      "access-control-max-age": "600",
      vary: "Origin",
    },
  });
}
