import { env } from "cloudflare:workers";
import { findCertificateForCheck } from "@integrationspaten/database/certificates";
import { describe, expect, it } from "vitest";

async function insert(number: string, sequence: number, holderName: string | null) {
  await env.DB.prepare(
    `INSERT INTO certificates (number, district_id, year, sequence, holder_name, issued_on,
       valid_until, renewal_due_on, modules, revoked_on, revocation_reason, issued_by, created_at)
     VALUES (?1, 'alzey-worms', 2026, ?2, ?3, '2026-03-17', '2029-03-16', '2028-12-16',
       '["Fachvortrag"]', NULL, NULL, 'coordinator@example.org', '2026-03-17T10:00:00Z')`,
  )
    .bind(number, sequence, holderName)
    .run();
}

describe("findCertificateForCheck", () => {
  it("returns the dates, the revocation and the holder's name, and nothing else", async () => {
    await insert("AZW-2026-0007-Y", 7, "Ana Beispiel");

    expect(await findCertificateForCheck(env.DB, "AZW-2026-0007-Y")).toEqual({
      issuedOn: "2026-03-17",
      validUntil: "2029-03-16",
      renewalDueOn: "2028-12-16",
      revokedOn: null,
      holderName: "Ana Beispiel",
    });
  });

  it("returns undefined for a number no certificate has", async () => {
    expect(await findCertificateForCheck(env.DB, "AZW-2026-0008-X")).toBeUndefined();
  });

  it("compares the number exactly: no case folding, no patterns", async () => {
    await insert("AZW-2026-0009-Q", 9, "Ana Beispiel");

    for (const probe of ["azw-2026-0009-q", "AZW-2026-0009-%", "AZW-2026-0009-_", "%"]) {
      expect(await findCertificateForCheck(env.DB, probe), probe).toBeUndefined();
    }
  });

  it("returns a null holder once the volunteer was erased", async () => {
    await insert("AZW-2026-0010-D", 10, null);

    expect(await findCertificateForCheck(env.DB, "AZW-2026-0010-D")).toMatchObject({
      holderName: null,
    });
  });
});
