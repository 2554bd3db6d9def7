import { type HttpErrorCode, httpErrors } from "./errors.js";

/**
 * A JSON response with the right content type.
 *
 * @example
 * json({ status: "ok" }).headers.get("content-type")
 * //=> "application/json; charset=utf-8"
 */
export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("content-type", "application/json; charset=utf-8");
  return new Response(JSON.stringify(body), { ...init, headers });
}

/**
 * The JSON error response for a catalogued error: `{ "error": { "code", "message" } }`.
 *
 * @example
 * errorResponse("not_found").status
 * //=> 404
 */
export function errorResponse(code: HttpErrorCode, init: ResponseInit = {}): Response {
  const { status, message } = httpErrors[code];
  return json({ error: { code, message } }, { ...init, status });
}
