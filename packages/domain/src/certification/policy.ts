import * as z from "zod";
import { closedObject } from "../schemas/closed-object.js";
import { idSchema } from "../schemas/common.js";

/**
 * How excused absences count towards the attendance rate:
 * - `count_as_attended`: an excused absence is as good as being there;
 * - `excluded`: the session is left out of the rate (neither helps nor hurts);
 * - `count_as_absent`: only presence counts.
 */
export const excusedAbsencePolicySchema = z.enum(
  ["count_as_attended", "excluded", "count_as_absent"],
  { error: "field.invalidChoice" },
);
export type ExcusedAbsencePolicy = z.output<typeof excusedAbsencePolicySchema>;

const count = z.number().int().min(0).max(1000);
const months = z.number().int().min(1).max(240);

/**
 * What "regular attendance at expert talks and workshops" (the press release's condition
 * for the certificate) means in numbers. Each district sets its own.
 */
export const certificationPolicySchema = closedObject({
  /** Expert talks ("Fachvorträge") a volunteer must have attended. */
  minExpertTalks: count.default(0),
  /** Workshops a volunteer must have attended. */
  minWorkshops: count.default(0),
  /** Curriculum modules of which at least one session must have been attended. */
  requiredModules: z.array(idSchema).default([]),
  /** Share of the curriculum's sessions attended, 0…1 (0.75 = 75 %). */
  minAttendanceRate: z
    .number({ error: "policy.ratio" })
    .min(0, { error: "policy.ratio" })
    .max(1, { error: "policy.ratio" })
    .default(0),
  /** How excused absences count towards the rate. */
  excusedAbsences: excusedAbsencePolicySchema.default("excluded"),
  /** Only sessions in this many months before the evaluation day count; unset: all. */
  windowMonths: months.optional(),
  /** Months a certificate stays valid; unset: it does not expire. */
  validityMonths: months.optional(),
  /** A refresher falls due this many months before the certificate expires. */
  renewalNoticeMonths: months.optional(),
}).refine(
  (p) =>
    p.renewalNoticeMonths === undefined ||
    (p.validityMonths !== undefined && p.renewalNoticeMonths < p.validityMonths),
  { error: "policy.renewalAfterValidity", path: ["renewalNoticeMonths"] },
);
export type CertificationPolicy = z.output<typeof certificationPolicySchema>;
export type CertificationPolicyInput = z.input<typeof certificationPolicySchema>;
