import { Hono } from "hono";
import type { AppEnv } from "../http/context.js";

/** Who is signed in: the app shows the name, role and coordination points. */
export const meRoutes = new Hono<AppEnv>().get("/", (c) => c.json(c.get("actor")));
