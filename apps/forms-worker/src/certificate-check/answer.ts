import type { CertificateForCheck } from "@integrationspaten/database/certificates";
import { certificateStatus } from "@integrationspaten/domain";
import { holderNameMatches } from "./holder-name.js";

/** What the check says about a number. `renewal_due` is still `valid`. */
export type CertificateCheckResult = "valid" | "expired" | "revoked" | "unknown";

/**
 * The JSON answer of `GET CERTIFICATE_CHECK.endpoint`. Dates are calendar dates
 * `YYYY-MM-DD` in the district's time zone; a field that does not apply is absent.
 */
export interface CertificateCheckAnswer {
  readonly result: CertificateCheckResult;
  /** The number in canonical form, as checked. */
  readonly number: string;
  /** Day of issue (every known certificate). */
  readonly issuedOn?: string;
  /** Last day of validity, when the certificate has one. */
  readonly validUntil?: string;
  /** Day of revocation (only `revoked`). */
  readonly revokedOn?: string;
  /** Name of the district that issues the certificates. */
  readonly district: string;
  /** The holder's name as printed: only when the name typed matches it. */
  readonly holder?: string;
}

/** How the typed name fared; for the HTML page and the log, never part of the JSON. */
export type NameOutcome = "none" | "matched" | "not_confirmed";

export interface CheckInput {
  /** The stored certificate, or undefined when no certificate has the number. */
  readonly certificate: CertificateForCheck | undefined;
  readonly number: string;
  /** Today in the district's time zone, `YYYY-MM-DD`. */
  readonly today: string;
  readonly districtName: string;
  /** What the person checking typed as the holder's name, if anything. */
  readonly typedName: string | undefined;
}

/**
 * The answer to a check: revoked before expired before valid; the holder's name only
 * when the typed one matches (see `holderNameMatches`), whatever the result. A name that
 * does not match and an erased holder give the same answer, so the answer tells nobody
 * which names a certificate does not carry, nor that a holder was erased.
 *
 * @example
 * certificateCheckAnswer({ certificate: undefined, number: "AZW-2026-0007-Y",
 *   today: "2027-01-01", districtName: "Landkreis Alzey-Worms", typedName: undefined })
 * //=> { answer: { result: "unknown", number: "AZW-2026-0007-Y", district: "Landkreis Alzey-Worms" },
 * //     name: "none" }
 */
export function certificateCheckAnswer(input: CheckInput): {
  answer: CertificateCheckAnswer;
  name: NameOutcome;
} {
  const { certificate, number, districtName } = input;
  const typedName = input.typedName?.trim() === "" ? undefined : input.typedName;
  const given: NameOutcome = typedName === undefined ? "none" : "not_confirmed";
  if (!certificate) {
    return { answer: { result: "unknown", number, district: districtName }, name: given };
  }
  const matches = holderNameMatches(typedName, certificate.holderName);
  const result: CertificateCheckResult =
    certificate.revokedOn !== null
      ? "revoked"
      : certificateStatus(
            {
              ...(certificate.validUntil ? { validUntil: certificate.validUntil } : {}),
              ...(certificate.renewalDueOn ? { renewalDueOn: certificate.renewalDueOn } : {}),
            },
            input.today,
          ) === "expired"
        ? "expired"
        : "valid";
  return {
    answer: {
      result,
      number,
      issuedOn: certificate.issuedOn,
      ...(certificate.validUntil ? { validUntil: certificate.validUntil } : {}),
      ...(certificate.revokedOn ? { revokedOn: certificate.revokedOn } : {}),
      district: districtName,
      ...(matches && certificate.holderName !== null ? { holder: certificate.holderName } : {}),
    },
    name: matches ? "matched" : given,
  };
}
