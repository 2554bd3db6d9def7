import * as z from "zod";
import { idSchema, isoDateSchema } from "./common.js";

/** Shape of a certificate number: `AZW-2026-0007-K` (prefix, year, sequence, check). */
export const certificateNumberSchema = z
  .string({ error: "certificateNumber.invalid" })
  .regex(/^[A-Z]{2,6}-\d{4}-\d{4,6}-[0-9A-Z]$/, { error: "certificateNumber.invalid" });

export const certificateSchema = z.object({
  /** Verifiable number with check character, see `formatCertificateNumber`. */
  number: certificateNumberSchema,
  /** The certified volunteer. */
  volunteerId: idSchema,
  /** District that issued it. */
  districtId: idSchema,
  /** Day of issue. */
  issuedOn: isoDateSchema,
  /** Last day of validity, when the district's policy lets certificates expire. */
  validUntil: isoDateSchema.optional(),
  /** From this day on a refresher is due (before `validUntil`). */
  renewalDueOn: isoDateSchema.optional(),
});
export type Certificate = z.output<typeof certificateSchema>;
