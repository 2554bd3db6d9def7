import { isCalendarDate } from "../calendar/calendar-date.js";
import type { Certificate } from "../schemas/certificate.js";

/**
 * `valid` until the refresher falls due, then `renewal_due` until the last day of
 * validity, then `expired`. A certificate without `validUntil` stays `valid`.
 */
export type CertificateStatus = "valid" | "renewal_due" | "expired";

/**
 * Where a certificate stands on `today`, a calendar date in the district's time zone
 * (pass it explicitly; the server's clock and zone are not consulted). `validUntil` is
 * the last valid day, `renewalDueOn` the first day a refresher is due.
 *
 * @throws RangeError when `today` is not a calendar date `YYYY-MM-DD` — a programming
 * error, not something a user can cause.
 *
 * @example
 * const certificate = { validUntil: "2029-03-16", renewalDueOn: "2028-12-16" };
 * certificateStatus(certificate, "2028-12-15") //=> "valid"
 * certificateStatus(certificate, "2028-12-16") //=> "renewal_due"
 * certificateStatus(certificate, "2029-03-16") //=> "renewal_due"
 * certificateStatus(certificate, "2029-03-17") //=> "expired"
 */
export function certificateStatus(
  certificate: Pick<Certificate, "validUntil" | "renewalDueOn">,
  today: string,
): CertificateStatus {
  if (!isCalendarDate(today)) {
    throw new RangeError(`certificateStatus: "today" must be a date YYYY-MM-DD, got "${today}".`);
  }
  // ISO calendar dates compare correctly as strings.
  if (certificate.validUntil !== undefined && today > certificate.validUntil) return "expired";
  if (certificate.renewalDueOn !== undefined && today >= certificate.renewalDueOn) {
    return "renewal_due";
  }
  return "valid";
}
