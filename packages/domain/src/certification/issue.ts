import * as z from "zod";
import { addDays, addMonths } from "../calendar/calendar-date.js";
import { formatIssues, parseWith, type Result } from "../i18n/issues.js";
import type { Certificate } from "../schemas/certificate.js";
import { idSchema, isoDateSchema, keyed } from "../schemas/common.js";
import { formatCertificateNumber } from "./certificate-number.js";
import type { CertificationEvaluation } from "./evaluate.js";
import { type CertificationPolicyInput, certificationPolicySchema } from "./policy.js";

/** What `issueCertificate` needs. */
export interface CertificateIssueRequest {
  /** The issuing district (a `District` will do): its id, short code and policy. */
  district: { id: string; shortCode: string; certificationPolicy: CertificationPolicyInput };
  /** The volunteer to certify. */
  volunteerId: string;
  /** The volunteer's evaluation; only an eligible one leads to a certificate. */
  evaluation: Pick<CertificationEvaluation, "volunteerId" | "eligible">;
  /** Day of issue, `YYYY-MM-DD`; its year goes into the number. */
  issuedOn: string;
  /** Running number of the certificate within the district and year (1…999999). */
  sequence: number;
}

const issueRequestSchema = z.object({
  district: z.object({
    id: idSchema,
    shortCode: z
      .string({ error: keyed("certificateNumber.prefix") })
      .regex(/^[A-Z]{2,6}$/, { error: "certificateNumber.prefix" }),
    certificationPolicy: certificationPolicySchema,
  }),
  volunteerId: idSchema,
  evaluation: z.object({ volunteerId: idSchema, eligible: z.boolean() }),
  issuedOn: isoDateSchema,
  sequence: z
    .number({ error: keyed("certificateNumber.sequence") })
    .int({ error: "certificateNumber.sequence" })
    .min(1, { error: "certificateNumber.sequence" })
    .max(999_999, { error: "certificateNumber.sequence" }),
});

/**
 * Issues a certificate to a volunteer whose evaluation is eligible, with a verifiable
 * number (`AZW-2026-0007-Y`). When the policy lets certificates expire, `validUntil` is
 * the day before the same date `validityMonths` later (months clamp at their end:
 * issued 31 January with 1 month's validity → valid until 27 February, since the
 * month's anniversary falls on 28 February), and a refresher falls due
 * `renewalNoticeMonths` before that day.
 *
 * Refuses, with messages in `locale`, when the evaluation is not eligible or belongs to
 * someone else.
 *
 * @example
 * issueCertificate({ district: alzeyWorms(), volunteerId: "ana", evaluation, issuedOn: "2026-03-17", sequence: 7 })
 * //=> { ok: true, value: { number: "AZW-2026-0007-Y", volunteerId: "ana", districtId: "alzey-worms",
 * //     issuedOn: "2026-03-17", validUntil: "2029-03-16", renewalDueOn: "2028-12-16" } }
 */
export function issueCertificate(
  request: CertificateIssueRequest,
  locale = "de",
): Result<Certificate> {
  const parsed = parseWith(issueRequestSchema, request, locale);
  if (!parsed.ok) return parsed;
  const { district, volunteerId, evaluation, issuedOn, sequence } = parsed.value;

  if (evaluation.volunteerId !== volunteerId) {
    return refusal("certificate.volunteerMismatch", ["evaluation", "volunteerId"], locale);
  }
  if (!evaluation.eligible) {
    return refusal("certificate.notEligible", ["evaluation", "eligible"], locale);
  }

  const number = formatCertificateNumber(
    { prefix: district.shortCode, year: Number(issuedOn.slice(0, 4)), sequence },
    locale,
  );
  if (!number.ok) return number;

  const certificate: Certificate = {
    number: number.value,
    volunteerId,
    districtId: district.id,
    issuedOn,
  };
  const { validityMonths, renewalNoticeMonths } = district.certificationPolicy;
  if (validityMonths !== undefined) {
    const validUntil = addDays(addMonths(issuedOn, validityMonths), -1);
    certificate.validUntil = validUntil;
    if (renewalNoticeMonths !== undefined) {
      certificate.renewalDueOn = addMonths(validUntil, -renewalNoticeMonths);
    }
  }
  return { ok: true, value: certificate };
}

function refusal(
  key: "certificate.notEligible" | "certificate.volunteerMismatch",
  path: string[],
  locale: string,
): Result<never> {
  return {
    ok: false,
    issues: formatIssues([{ code: "custom", message: key, path, input: undefined }], locale),
  };
}
