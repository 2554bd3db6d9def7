import { z } from "zod";
import { certificationPolicySchema } from "../certification/policy.js";
import { catalogueChangesSchema } from "../requests/category.js";
import { idSchema, languageTagSchema } from "../schemas/common.js";
import { coordinationPointSchema } from "../schemas/coordination-point.js";
import { municipalitySchema } from "../schemas/municipality.js";

/** An IANA time zone the runtime knows (`Europe/Berlin`). */
export const timeZoneSchema = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { error: "timeZone.invalid" },
);

/** Where submissions go: a default coordination point, optionally per category. */
export const routingSchema = z.object({
  /** Coordination point for everything not routed otherwise. */
  default: idSchema,
  /** Coordination point per request category id. */
  byCategory: z.record(idSchema, idSchema).default({}),
});

/** How long submissions are kept (GDPR storage limitation), in days. */
export const retentionSchema = z.object({
  /** Help requests are deleted this many days after they were closed. */
  closedRequestsDays: z.number().int().min(1).max(3650).default(180),
  /** Sign-ups nobody answered are deleted this many days after they arrived. */
  unansweredSignupsDays: z.number().int().min(1).max(3650).default(365),
});

/** Everything a district configures; validated by `defineDistrict`. */
export const districtConfigSchema = z.object({
  /** Stable id, e.g. `alzey-worms`. */
  id: idSchema,
  /** Official name, e.g. `Landkreis Alzey-Worms`. */
  name: z.string().trim().min(1).max(160),
  /** Prefix of certificate numbers, 2–6 capital letters (`AZW`). */
  shortCode: z.string().regex(/^[A-Z]{2,6}$/, { error: "field.invalid" }),
  /** Domain the programme is published under; used for stable calendar UIDs. */
  domain: z.string().regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, {
    error: "field.invalid",
  }),
  /** IANA time zone of all local times. */
  timeZone: timeZoneSchema.default("Europe/Berlin"),
  /** Languages volunteers can be asked for, as BCP 47 tags. */
  languagesOffered: z.array(languageTagSchema).min(1, { error: "languages.required" }),
  /** Municipalities served, with their neighbours. */
  municipalities: z.array(municipalitySchema).min(1, { error: "municipalities.required" }),
  /** Places that coordinate assignments. */
  coordinationPoints: z.array(coordinationPointSchema).min(1),
  /** Which coordination point receives which submissions. */
  routing: routingSchema,
  /** Changes to the default request catalogue. */
  catalogue: catalogueChangesSchema.default({ add: [], modify: {}, disable: [] }),
  /** What certification requires. */
  certificationPolicy: certificationPolicySchema,
  /** How long submissions are kept. */
  retention: retentionSchema.default({ closedRequestsDays: 180, unansweredSignupsDays: 365 }),
});
export type DistrictConfig = z.output<typeof districtConfigSchema>;
export type DistrictConfigInput = z.input<typeof districtConfigSchema>;
