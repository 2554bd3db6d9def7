import * as z from "zod";
import { closedObject } from "./closed-object.js";
import { idSchema } from "./common.js";

/** A municipality (or association of municipalities) the programme serves. */
export const municipalitySchema = closedObject({
  /** Stable id, e.g. `alzey`. */
  id: idSchema,
  /** Official name, e.g. `Verbandsgemeinde Wörrstadt`. */
  name: z.string().trim().min(1).max(120),
  /** Ids of neighbouring municipalities; matching accepts volunteers from these too. */
  neighbours: z.array(idSchema).default([]),
});
export type Municipality = z.output<typeof municipalitySchema>;
export type MunicipalityInput = z.input<typeof municipalitySchema>;
