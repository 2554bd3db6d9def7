import { errorResponse } from "./responses.js";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Handles one request to one endpoint; `env` carries the bindings (D1, secrets). */
export type Handler = (request: Request, env: Env) => Promise<Response> | Response;

/** An endpoint: an exact path and a handler per accepted method. */
export interface Route {
  readonly path: string;
  readonly methods: Partial<Record<Method, Handler>>;
}

/**
 * Dispatches a request to the route with its exact path: 404 when no route has the path,
 * 405 with an `Allow` header when the route does not accept the method. A handler that
 * throws becomes a catalogued 500, so no stack trace reaches a client.
 */
export async function dispatch(
  routes: readonly Route[],
  request: Request,
  env: Env,
): Promise<Response> {
  const { pathname } = new URL(request.url);
  const route = routes.find((candidate) => candidate.path === pathname);
  if (!route) return errorResponse("not_found");

  const handler = route.methods[request.method as Method];
  if (!handler) {
    const allow = Object.keys(route.methods).join(", ");
    return errorResponse("method_not_allowed", { headers: { allow } });
  }

  try {
    return await handler(request, env);
  } catch (error) {
    console.error(`Unhandled error in ${request.method} ${pathname}`, error);
    return errorResponse("internal_error");
  }
}
