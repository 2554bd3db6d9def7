import type { SiteLocale } from "@integrationspaten/domain";
import { type Config, configOf } from "../config.js";
import { log, redactErrorMessage } from "../log.js";
import { checkOrigin, preflightResponse, withCors } from "./cors.js";
import { HttpError, type HttpErrorCode, type MessageLocale } from "./errors.js";
import { messageLocale, siteLocale } from "./locale.js";
import { errorResponse } from "./responses.js";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** How the central error handler renders an error for this request. */
export interface ErrorRenderingState {
  /** Language of JSON messages: German or English. */
  locale: MessageLocale;
  /** Language of the HTML page: a site language (the form's, once the body is read). */
  pageLocale: SiteLocale;
  /** An HTML page instead of JSON (plain form posts). */
  html: boolean;
  /** The form to link back to from the HTML page. */
  backUrl: string | undefined;
  /** The endpoint stores what it is sent (the HTML page then says a refusal stored nothing). */
  stores: boolean;
}

/** Everything a handler gets: the request, bindings, configuration and path parameters. */
export interface RequestContext {
  readonly request: Request;
  readonly url: URL;
  readonly env: Env;
  readonly ctx: ExecutionContext;
  readonly config: Config;
  readonly params: Readonly<Record<string, string>>;
  /** A handler refines this once it knows more (the form's locale, its kind). */
  readonly errors: ErrorRenderingState;
}

/** Handles one request to one endpoint. Throw an {@link HttpError} for a client error. */
export type Handler = (context: RequestContext) => Promise<Response> | Response;

/** An endpoint: a path (segments starting with `:` are parameters) and its methods. */
export interface Route {
  readonly path: string;
  readonly methods: Partial<Record<Method, Handler>>;
  /** Browser origins from ALLOWED_ORIGINS may call it (CORS, preflight, Origin check). */
  readonly cors?: boolean;
  /**
   * How errors raised before the handler runs (Origin, method) are rendered, e.g. as an
   * HTML page with a link back to the form for plain form posts.
   */
  readonly errorRendering?: (request: Request, config: Config) => Partial<ErrorRenderingState>;
}

/**
 * Matches a path against a route pattern.
 *
 * @example
 * matchPath("/api/items/:id", "/api/items/abc")
 * //=> { id: "abc" }
 */
export function matchPath(pattern: string, pathname: string): Record<string, string> | undefined {
  const expected = pattern.split("/");
  const actual = pathname.split("/");
  if (expected.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let index = 0; index < expected.length; index++) {
    const want = expected[index] ?? "";
    const got = actual[index] ?? "";
    if (want.startsWith(":")) {
      if (got === "") return undefined;
      try {
        params[want.slice(1)] = decodeURIComponent(got);
      } catch {
        return undefined;
      }
    } else if (want !== got) {
      return undefined;
    }
  }
  return params;
}

function allowedMethods(route: Route): string[] {
  const methods = Object.keys(route.methods);
  return methods.includes("GET") ? [...methods, "HEAD"] : methods;
}

/** Headers every answer of the API carries. */
function finish(response: Response, corsOrigin: string | undefined): Response {
  const out = corsOrigin ? withCors(response, corsOrigin) : new Response(response.body, response);
  if (!out.headers.has("cache-control")) out.headers.set("cache-control", "no-store");
  out.headers.set("x-content-type-options", "nosniff");
  out.headers.set("referrer-policy", "no-referrer");
  return out;
}

/**
 * Dispatches a request: 404 for an unknown path, 405 (with `Allow`) for a method the
 * route lacks, CORS and preflights for public routes, and — the central error handler —
 * an {@link HttpError} thrown by a handler becomes its catalogued answer: JSON in German
 * or English, or an HTML page in the site language of the request. Anything else thrown
 * is a bug: logged without personal data and answered with a catalogued 500, never a
 * stack trace.
 */
export async function dispatch(
  routes: readonly Route[],
  request: Request,
  env: Env,
  ctx: ExecutionContext,
): Promise<Response> {
  const url = new URL(request.url);
  const acceptLanguage = request.headers.get("accept-language");
  const errors: ErrorRenderingState = {
    locale: messageLocale(undefined, acceptLanguage),
    pageLocale: siteLocale(undefined, acceptLanguage),
    html: false,
    backUrl: undefined,
    stores: true,
  };
  const refuse = (code: HttpErrorCode, route: string, headers?: HeadersInit) => {
    log.info("request.refused", { code, method: request.method, route });
    return errorResponse(code, { ...errors, headers });
  };

  let route: Route | undefined;
  let params: Record<string, string> = {};
  for (const candidate of routes) {
    const matched = matchPath(candidate.path, url.pathname);
    if (matched) {
      route = candidate;
      params = matched;
      break;
    }
  }
  if (!route) return finish(refuse("not_found", "(unknown)"), undefined);

  const config = configOf(env);
  if (route.errorRendering) Object.assign(errors, route.errorRendering(request, config));
  let corsOrigin: string | undefined;
  if (route.cors) {
    const verdict = checkOrigin(request, config.allowedOrigins);
    if (verdict === "forbidden") return finish(refuse("forbidden_origin", route.path), undefined);
    if (verdict === "allowed") corsOrigin = request.headers.get("origin") ?? undefined;
  }

  const methods = allowedMethods(route);
  if (request.method === "OPTIONS") {
    const response =
      corsOrigin && request.headers.has("access-control-request-method")
        ? preflightResponse(corsOrigin, methods)
        : new Response(null, {
            status: 204,
            headers: { allow: [...methods, "OPTIONS"].join(", ") },
          });
    // The preflight answer already carries its CORS headers.
    return finish(response, undefined);
  }

  const method = request.method === "HEAD" ? "GET" : (request.method as Method);
  const handler = Object.hasOwn(route.methods, method) ? route.methods[method] : undefined;
  if (!handler) {
    const allow = [...methods, "OPTIONS"].join(", ");
    return finish(refuse("method_not_allowed", route.path, { allow }), corsOrigin);
  }

  let response: Response;
  try {
    response = await handler({ request, url, env, ctx, config, params, errors });
  } catch (error) {
    if (error instanceof HttpError) {
      log.info("request.refused", { code: error.code, method: request.method, route: route.path });
      response = errorResponse(error.code, {
        ...errors,
        issues: error.details.issues,
        headers: error.details.headers,
      });
    } else {
      log.error("request.failed", {
        method: request.method,
        route: route.path,
        error: redactErrorMessage(error),
      });
      response = errorResponse("internal_error", errors);
    }
  }
  if (request.method === "HEAD") response = new Response(null, response);
  return finish(response, corsOrigin);
}
