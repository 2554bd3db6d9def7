import * as z from "zod";
import { closedObject } from "./closed-object.js";
import { idSchema, localizedTextSchema } from "./common.js";
import { orPlaceholder } from "./placeholder.js";

/**
 * Contact data of a coordination point. Every field may be a placeholder until the
 * district fills it in; the build lists what is still missing.
 */
export const contactSchema = closedObject({
  /** E-mail address that receives notifications about new submissions. */
  email: orPlaceholder(z.email({ error: "email.invalid" })),
  /** Telephone number as it should be printed. */
  phone: orPlaceholder(z.string().trim().min(3).max(40)).optional(),
  /** Postal address, one line per element. */
  address: z
    .array(orPlaceholder(z.string().trim().min(1).max(120)))
    .min(1)
    .optional(),
  /** When the office or café is open, in words. */
  openingHours: localizedTextSchema.optional(),
});
export type Contact = z.output<typeof contactSchema>;

/**
 * A place that coordinates assignments: the seed names the Café Asyl of the Diakonie
 * Rheinhessen, the Förderinitiative Donnersberg (FID) and the district's integration
 * officer.
 */
export const coordinationPointSchema = closedObject({
  /** Stable id used for routing, e.g. `cafe-asyl`. */
  id: idSchema,
  /** Name as shown to the public. */
  name: z.string().trim().min(1).max(160),
  /** Organisation that runs it. */
  organisation: z.string().trim().min(1).max(160),
  /** What this point does for the programme, in plain words. */
  role: localizedTextSchema,
  /** How to reach it. */
  contact: contactSchema,
});
export type CoordinationPoint = z.output<typeof coordinationPointSchema>;
export type CoordinationPointInput = z.input<typeof coordinationPointSchema>;
