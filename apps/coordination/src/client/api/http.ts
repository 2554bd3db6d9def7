import type { ErrorBody } from "../../shared/api.js";
import { currentLocale, translate } from "../i18n/locale.js";

/** A field's problem as the API reports it (`profile.languages.0.level`). */
export type FieldIssue = NonNullable<ErrorBody["error"]["issues"]>[number];

/**
 * An answer of the API that is not a success, with the message the Worker wrote in the
 * UI language. `status` 0 means the request did not reach the Worker.
 */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * One request to the workspace API: JSON, in the UI language, same-origin with the
 * session cookie (development) or the Access cookie (production). Resolves with the parsed
 * body (undefined for 204) or rejects with an {@link ApiError}.
 */
export async function api<T>(path: string, method: Method = "GET", body?: unknown): Promise<T> {
  const locale = currentLocale();
  const headers: Record<string, string> = { accept: "application/json", "accept-language": locale };
  if (body !== undefined) headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "network", translate(locale, "error.network"));
  }
  if (response.status === 204) return undefined as T;
  const parsed: unknown = await response.json().catch(() => undefined);
  if (response.ok) return parsed as T;
  // The contract (zod and the district) is loaded with the first view anyway; importing it
  // here lazily keeps it out of the first-load bundle.
  const { errorBodySchema } = await import("../../shared/api.js");
  const error = errorBodySchema.safeParse(parsed);
  if (error.success) {
    const { code, message, issues } = error.data.error;
    throw new ApiError(response.status, code, message, issues);
  }
  throw new ApiError(response.status, "unexpected", translate(locale, "error.unexpected"));
}
