import * as z from "zod";
import { certificationPolicySchema } from "../certification/policy.js";
import { catalogueChangesSchema } from "../requests/category.js";
import { closedObject } from "../schemas/closed-object.js";
import { idSchema, localizedTextSchema, wellFormedLanguageTagSchema } from "../schemas/common.js";
import { coordinationPointSchema } from "../schemas/coordination-point.js";
import { municipalitySchema } from "../schemas/municipality.js";
import { orPlaceholder } from "../schemas/placeholder.js";

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
export const routingSchema = closedObject({
  /** Coordination point for everything not routed otherwise. */
  default: idSchema,
  /** Coordination point per request category id. */
  byCategory: z.record(idSchema, idSchema).default({}),
  /**
   * Who decided this routing, and where it is written down (e.g. „Steuerungsgruppe,
   * Protokoll vom 12. März 2027“). Sites show visitors which point will answer; until the
   * district has decided, a placeholder keeps the decision on the build's list.
   */
  decision: orPlaceholder(z.string().trim().min(3).max(300)).optional(),
});

/** How long submissions are kept (GDPR storage limitation), in days. */
export const retentionSchema = closedObject({
  /** Help requests are deleted this many days after they were closed. */
  closedRequestsDays: z.number().int().min(1).max(3650).default(180),
  /** Sign-ups nobody answered are deleted this many days after they arrived. */
  unansweredSignupsDays: z.number().int().min(1).max(3650).default(365),
  /**
   * Volunteers who left the programme are erased this many days after they left (their
   * attendance and certificates keep only anonymous counts).
   */
  formerVolunteersDays: z.number().int().min(1).max(3650).default(365),
  /**
   * Entries of the workspace's audit log (who read or changed which record) are deleted
   * this many days after they were written; long enough to answer a request for access
   * (Art. 15 GDPR) about the past year and a half.
   */
  auditLogDays: z.number().int().min(30).max(3650).default(730),
});

/**
 * A part of the training ("Modul"): what expert talks and workshops are about. Sessions
 * name their module by id; evaluations and certificates show the label.
 */
export const curriculumModuleSchema = closedObject({
  /** Stable id, e.g. `behoerden`. */
  id: idSchema,
  /** Name shown to coordinators and volunteers, e.g. „Behörden und Ämter“. */
  label: localizedTextSchema,
});
export type CurriculumModule = z.output<typeof curriculumModuleSchema>;

/** The district's training programme. */
export const curriculumSchema = closedObject({
  /** The modules of the training; `certificationPolicy.requiredModules` names some of them. */
  modules: z.array(curriculumModuleSchema).default([]),
});

/** Everything a district configures; validated by `defineDistrict`. */
export const districtConfigSchema = closedObject({
  /** Stable id, e.g. `alzey-worms`. */
  id: idSchema,
  /** Official name, e.g. `Landkreis Alzey-Worms`. */
  name: z.string().trim().min(1).max(160),
  /** Prefix of certificate numbers, 2–6 capital letters (`AZW`). */
  shortCode: z.string().regex(/^[A-Z]{2,6}$/, { error: "certificateNumber.prefix" }),
  /** Domain the programme is published under; used for stable calendar UIDs. */
  domain: z.string().regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, {
    error: "domain.invalid",
  }),
  /** IANA time zone of all local times. */
  timeZone: timeZoneSchema.default("Europe/Berlin"),
  /**
   * Languages volunteers can be asked for, as BCP 47 tags. Listing a tag is a deliberate
   * choice, so any well-formed tag is accepted here; one the platform cannot name (German
   * Sign Language `gsg`, say) needs an entry in `languageNames`.
   */
  languagesOffered: z.array(wellFormedLanguageTagSchema).min(1, { error: "languages.required" }),
  /** Names of offered languages the platform cannot name itself, by tag. */
  languageNames: z.record(z.string(), localizedTextSchema).default({}),
  /** Municipalities served, with their neighbours. */
  municipalities: z.array(municipalitySchema).min(1, { error: "municipalities.required" }),
  /** Places that coordinate assignments. */
  coordinationPoints: z.array(coordinationPointSchema).min(1),
  /** Which coordination point receives which submissions. */
  routing: routingSchema,
  /** Changes to the default request catalogue. */
  catalogue: catalogueChangesSchema.default({ add: [], modify: {}, disable: [] }),
  /** The modules of the training, with their labels. */
  curriculum: curriculumSchema.default({ modules: [] }),
  /** What certification requires. */
  certificationPolicy: certificationPolicySchema,
  /** How long submissions are kept. */
  retention: retentionSchema.default({
    closedRequestsDays: 180,
    unansweredSignupsDays: 365,
    formerVolunteersDays: 365,
    auditLogDays: 730,
  }),
});
export type DistrictConfig = z.output<typeof districtConfigSchema>;
export type DistrictConfigInput = z.input<typeof districtConfigSchema>;
