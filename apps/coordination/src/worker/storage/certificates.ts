import { type Certificate, certificateStatus } from "@integrationspaten/domain";
import type { CertificateRecord, CertificateState } from "../../shared/api.js";

/*
 * D1 queries on certificates.
 */

interface CertificateRow {
  number: string;
  volunteer_id: string | null;
  holder_name: string | null;
  issued_on: string;
  valid_until: string | null;
  renewal_due_on: string | null;
  modules: string;
  revoked_on: string | null;
  revocation_reason: string | null;
}

const COLUMNS =
  "number, volunteer_id, holder_name, issued_on, valid_until, renewal_due_on, modules, revoked_on, revocation_reason";

/** Where a certificate stands on `today` (the district's calendar day). */
export function certificateState(
  row: Pick<CertificateRow, "valid_until" | "renewal_due_on" | "revoked_on">,
  today: string,
): CertificateState {
  if (row.revoked_on !== null) return "revoked";
  return certificateStatus(
    {
      ...(row.valid_until ? { validUntil: row.valid_until } : {}),
      ...(row.renewal_due_on ? { renewalDueOn: row.renewal_due_on } : {}),
    },
    today,
  );
}

function toRecord(row: CertificateRow, today: string): CertificateRecord {
  return {
    number: row.number,
    volunteerId: row.volunteer_id,
    holderName: row.holder_name,
    issuedOn: row.issued_on,
    validUntil: row.valid_until,
    renewalDueOn: row.renewal_due_on,
    state: certificateState(row, today),
    revokedOn: row.revoked_on,
    revocationReason: row.revocation_reason,
    modules: JSON.parse(row.modules) as string[],
  };
}

export async function certificatesOf(
  db: D1Database,
  volunteerId: string,
  today: string,
): Promise<CertificateRecord[]> {
  const { results } = await db
    .prepare(
      `SELECT ${COLUMNS} FROM certificates WHERE volunteer_id = ?1 ORDER BY issued_on DESC, number DESC`,
    )
    .bind(volunteerId)
    .all<CertificateRow>();
  return results.map((row) => toRecord(row, today));
}

export async function getCertificate(
  db: D1Database,
  number: string,
  today: string,
): Promise<CertificateRecord | undefined> {
  const row = await db
    .prepare(`SELECT ${COLUMNS} FROM certificates WHERE number = ?1`)
    .bind(number)
    .first<CertificateRow>();
  return row ? toRecord(row, today) : undefined;
}

/** The next running number of a district's year (numbers are never reused). */
export async function nextSequence(
  db: D1Database,
  districtId: string,
  year: number,
): Promise<number> {
  const row = await db
    .prepare(
      "SELECT COALESCE(MAX(sequence), 0) + 1 AS next FROM certificates WHERE district_id = ?1 AND year = ?2",
    )
    .bind(districtId, year)
    .first<{ next: number }>();
  return row?.next ?? 1;
}

export function insertCertificateStatement(
  db: D1Database,
  certificate: Certificate & { sequence: number; holderName: string; modules: string[] },
  issuedBy: string,
  now: Date,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO certificates (number, district_id, year, sequence, volunteer_id, holder_name,
         issued_on, valid_until, renewal_due_on, modules, issued_by, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)`,
    )
    .bind(
      certificate.number,
      certificate.districtId,
      Number(certificate.issuedOn.slice(0, 4)),
      certificate.sequence,
      certificate.volunteerId,
      certificate.holderName,
      certificate.issuedOn,
      certificate.validUntil ?? null,
      certificate.renewalDueOn ?? null,
      JSON.stringify(certificate.modules),
      issuedBy,
      now.toISOString(),
    );
}

export function revokeCertificateStatement(
  db: D1Database,
  number: string,
  reason: string,
  today: string,
): D1PreparedStatement {
  return db
    .prepare(
      "UPDATE certificates SET revoked_on = ?2, revocation_reason = ?3 WHERE number = ?1 AND revoked_on IS NULL",
    )
    .bind(number, today, reason);
}

/**
 * An erased volunteer's certificates keep their number (it was issued; the count stays) but
 * lose the holder, and are revoked: nobody can show a certificate whose holder is unknown.
 */
export function forgetHolderStatement(
  db: D1Database,
  volunteerId: string,
  today: string,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE certificates SET holder_name = NULL, volunteer_id = NULL,
         revoked_on = COALESCE(revoked_on, ?2), revocation_reason = COALESCE(revocation_reason, 'left_programme')
       WHERE volunteer_id = ?1`,
    )
    .bind(volunteerId, today);
}
