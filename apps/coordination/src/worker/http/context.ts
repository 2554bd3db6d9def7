import { parseWith } from "@integrationspaten/domain";
import type { Context } from "hono";
import { validator } from "hono/validator";
import type { z } from "zod";
import type { Coordinator } from "../../shared/api.js";
import type { Config } from "../config.js";
import type { PointScope } from "../storage/volunteers.js";
import { type ErrorLocale, WorkspaceError } from "./errors.js";

/** What every handler of the API finds on its context. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    config: Config;
    /** German unless the request asks for English. */
    locale: ErrorLocale;
    /** The signed-in coordinator (set by the identity middleware). */
    actor: Coordinator;
  };
}

export type AppContext = Context<AppEnv>;

/** The coordination points the signed-in person may see; undefined: all (administrator). */
export function scopeOf(actor: Coordinator): PointScope {
  return actor.role === "administrator" ? undefined : actor.points;
}

/** Whether the signed-in person may see records of this coordination point. */
export function canSeePoint(actor: Coordinator, point: string): boolean {
  return actor.role === "administrator" || actor.points.includes(point);
}

/** Only administrators get past this. */
export function requireAdministrator(actor: Coordinator): void {
  if (actor.role !== "administrator") throw new WorkspaceError("forbidden");
}

/**
 * Validates the JSON body with a schema of the shared contract, through the domain's
 * `parseWith` so that every field's message comes from the domain's catalogue in the
 * request's language. (@hono/zod-validator would parse without that error map and answer
 * with zod's generic English messages; hono's own `validator` with a three-line hook does
 * the job.)
 */
export function jsonBody<S extends z.ZodType>(schema: S) {
  return validator("json", (value, c): z.output<S> => {
    const result = parseWith(schema, value, c.get("locale"));
    if (!result.ok) throw new WorkspaceError("validation_failed", result.issues);
    return result.value;
  });
}

/** Validates the query string like {@link jsonBody} the body (one value per name). */
export function queryParams<S extends z.ZodType>(schema: S) {
  return validator("query", (value, c): z.output<S> => {
    const single = Object.fromEntries(
      Object.entries(value).map(([name, v]) => [name, Array.isArray(v) ? v[0] : v]),
    );
    const result = parseWith(schema, single, c.get("locale"));
    if (!result.ok) throw new WorkspaceError("validation_failed", result.issues);
    return result.value;
  });
}
