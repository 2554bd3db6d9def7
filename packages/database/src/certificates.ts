/*
 * D1 queries on certificates that more than one worker needs. The coordinators' workspace
 * issues, lists and revokes certificates (its own queries); the forms worker answers the
 * public check, which reads one row by its number and nothing else. Every value is bound,
 * never spliced into the statement.
 */

/**
 * What the public check needs of a certificate, and no more: its dates, whether it was
 * revoked, and the holder's name to compare with a name the person checking typed. Never
 * the volunteer id, the modules, who issued it or why it was revoked.
 */
export interface CertificateForCheck {
  /** Day of issue, `YYYY-MM-DD`. */
  readonly issuedOn: string;
  /** Last day of validity; null when the district's policy lets certificates stay valid. */
  readonly validUntil: string | null;
  /** First day a refresher is due (before `validUntil`); null when none is. */
  readonly renewalDueOn: string | null;
  /** Day it was revoked; null while it stands. */
  readonly revokedOn: string | null;
  /** The name as printed; null once the volunteer was erased (GDPR Art. 17). */
  readonly holderName: string | null;
}

interface CertificateCheckRow {
  issued_on: string;
  valid_until: string | null;
  renewal_due_on: string | null;
  revoked_on: string | null;
  holder_name: string | null;
}

/**
 * The certificate with exactly this number (canonical form, see the domain's
 * `verifyCertificateNumber`), or undefined when none was issued. One indexed read by the
 * primary key; numbers are compared exactly, never with `LIKE`, so nothing can be
 * searched for.
 *
 * @example
 * await findCertificateForCheck(env.DB, "AZW-2026-0007-Y")
 * //=> { issuedOn: "2026-03-17", validUntil: "2029-03-16", renewalDueOn: "2028-12-16",
 * //     revokedOn: null, holderName: "Ana Beispiel" }
 */
export async function findCertificateForCheck(
  db: D1Database,
  number: string,
): Promise<CertificateForCheck | undefined> {
  const row = await db
    .prepare(
      `SELECT issued_on, valid_until, renewal_due_on, revoked_on, holder_name
       FROM certificates WHERE number = ?1`,
    )
    .bind(number)
    .first<CertificateCheckRow>();
  if (!row) return undefined;
  return {
    issuedOn: row.issued_on,
    validUntil: row.valid_until,
    renewalDueOn: row.renewal_due_on,
    revokedOn: row.revoked_on,
    holderName: row.holder_name,
  };
}
