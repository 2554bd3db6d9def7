import { certificateCheckUrl, issueCertificate } from "@integrationspaten/domain";
import { Hono } from "hono";
import {
  COHORT_CLOSE,
  COHORT_OTHERS_LISTED,
  type Cohort,
  revokeCertificateSchema,
} from "../../shared/api.js";
import { workspaceDistrict } from "../../shared/district.js";
import { cohortGroups } from "../certification/cohort.js";
import { attendedModules, evaluateVolunteer } from "../certification/evaluate.js";
import { type AppContext, type AppEnv, jsonBody, scopeOf } from "../http/context.js";
import { WorkspaceError } from "../http/errors.js";
import { districtToday } from "../http/today.js";
import { certificatePdf, UnprintableNameError } from "../pdf/certificate.js";
import { auditStatement } from "../storage/audit-log.js";
import {
  certificatesOf,
  getCertificate,
  insertCertificateStatement,
  nextSequence,
  revokeCertificateStatement,
} from "../storage/certificates.js";
import { getVolunteer, updateStatusStatement } from "../storage/volunteers.js";

/*
 * Certification: a volunteer's progress against the district's policy (with the domain's
 * sentences), the cohort view, issuing the certificate as a PDF, revoking it.
 */

async function visibleVolunteer(c: AppContext, id: string) {
  const volunteer = await getVolunteer(c.env.DB, id, scopeOf(c.get("actor")));
  if (!volunteer) throw new WorkspaceError("not_found");
  return volunteer;
}

/** Per volunteer: GET progress, POST a certificate. Mounted under /api/volunteers. */
export const volunteerCertificationRoutes = new Hono<AppEnv>()
  .get("/:id/certification", async (c) => {
    const volunteer = await visibleVolunteer(c, c.req.param("id"));
    const now = new Date();
    const { evaluation, sessions, records } = await evaluateVolunteer(
      c.env.DB,
      volunteer.id,
      c.get("locale"),
      now,
    );
    const byId = new Map(sessions.map((s) => [s.id, s]));
    await auditStatement(
      c.env.DB,
      {
        actorId: c.get("actor").id,
        action: "read",
        recordType: "certificate",
        recordId: volunteer.id,
      },
      now,
    ).run();
    return c.json({
      volunteerId: volunteer.id,
      eligible: evaluation.eligible,
      progress: evaluation.progress,
      requirements: evaluation.requirements.map((r) => ({
        kind: r.kind,
        met: r.met,
        message: r.message,
      })),
      missing: evaluation.missing,
      attended: records
        .map((r) => ({ record: r, session: byId.get(r.sessionId) }))
        .filter((x) => x.session !== undefined)
        .map(({ record, session }) => ({
          sessionId: record.sessionId,
          title: session?.title ?? "",
          date: session?.date ?? "",
          status: record.status,
        }))
        .sort((a, b) => a.date.localeCompare(b.date)),
      certificates: await certificatesOf(c.env.DB, volunteer.id, districtToday(now)),
    });
  })
  .post("/:id/certificates", async (c) => {
    const volunteer = await visibleVolunteer(c, c.req.param("id"));
    const { district } = workspaceDistrict();
    const now = new Date();
    const today = districtToday(now);
    const { evaluation, sessions, records } = await evaluateVolunteer(
      c.env.DB,
      volunteer.id,
      c.get("locale"),
      now,
    );
    if (!evaluation.eligible) throw new WorkspaceError("not_eligible");
    const modules = attendedModules(sessions, records, now);
    // Two certificates issued at the same moment may pick the same running number; the
    // UNIQUE constraint refuses the second, which then takes the next one.
    for (let attempt = 0; attempt < 5; attempt++) {
      const sequence = await nextSequence(c.env.DB, district.id, Number(today.slice(0, 4)));
      const issued = issueCertificate(
        { district, volunteerId: volunteer.id, evaluation, issuedOn: today, sequence },
        c.get("locale"),
      );
      if (!issued.ok) throw new WorkspaceError("validation_failed", issued.issues);
      try {
        await c.env.DB.batch([
          insertCertificateStatement(
            c.env.DB,
            { ...issued.value, sequence, holderName: volunteer.profile.displayName, modules },
            c.get("actor").id,
            now,
          ),
          updateStatusStatement(c.env.DB, volunteer.id, "certified", now),
          auditStatement(
            c.env.DB,
            {
              actorId: c.get("actor").id,
              action: "create",
              recordType: "certificate",
              recordId: issued.value.number,
              detail: { volunteerId: volunteer.id },
            },
            now,
          ),
        ]);
      } catch (error) {
        if (String(error).includes("UNIQUE")) continue;
        throw error;
      }
      return c.json(await getCertificate(c.env.DB, issued.value.number, today), 201);
    }
    throw new WorkspaceError("internal");
  });

/** The cohort: who is eligible now, who is close. Mounted under /api/certification. */
export const cohortRoutes = new Hono<AppEnv>().get("/cohort", async (c) => {
  const actor = c.get("actor");
  const now = new Date();
  const groups = await cohortGroups(c.env.DB, scopeOf(actor), c.get("locale"), now, {
    close: COHORT_CLOSE,
    othersListed: COHORT_OTHERS_LISTED,
    today: districtToday(now),
  });
  const listed = [...groups.eligible, ...groups.close, ...groups.others];
  await auditStatement(
    c.env.DB,
    {
      actorId: actor.id,
      action: "list",
      recordType: "certificate",
      detail: { count: listed.length },
    },
    now,
  ).run();
  return c.json({
    groups: { eligible: groups.eligible, close: groups.close, others: groups.others },
    counts: groups.counts,
  } satisfies Cohort);
});

/** A certificate of a visible volunteer (an erased holder's certificate is no one's). */
async function visibleCertificate(c: AppContext, number: string) {
  const certificate = await getCertificate(c.env.DB, number, districtToday());
  if (!certificate?.volunteerId) throw new WorkspaceError("not_found");
  await visibleVolunteer(c, certificate.volunteerId);
  return certificate;
}

/** One certificate: the PDF and the revocation. Mounted under /api/certificates. */
export const certificateRoutes = new Hono<AppEnv>()
  .get("/:file{[A-Z0-9-]+\\.pdf}", async (c) => {
    const certificate = await visibleCertificate(c, c.req.param("file").replace(/\.pdf$/, ""));
    const { district } = workspaceDistrict();
    let pdf: Uint8Array<ArrayBuffer>;
    try {
      pdf = await certificatePdf({
        districtName: district.name,
        partners: district.coordinationPoints
          .filter((p) => p.organisation !== district.name)
          .map((p) => `${p.name} (${p.organisation})`),
        holderName: certificate.holderName ?? "",
        number: certificate.number,
        issuedOn: certificate.issuedOn,
        validUntil: certificate.validUntil,
        modules: certificate.modules,
        verificationUrl: certificateCheckUrl(c.get("config").siteUrl, certificate.number),
      });
    } catch (error) {
      if (error instanceof UnprintableNameError) throw new WorkspaceError("unprintable_name");
      throw error;
    }
    await auditStatement(
      c.env.DB,
      {
        actorId: c.get("actor").id,
        action: "export",
        recordType: "certificate",
        recordId: certificate.number,
        detail: { format: "pdf" },
      },
      new Date(),
    ).run();
    return c.body(pdf, 200, {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="zertifikat-${certificate.number}.pdf"`,
    });
  })
  .post("/:number/revoke", jsonBody(revokeCertificateSchema), async (c) => {
    const certificate = await visibleCertificate(c, c.req.param("number"));
    if (certificate.state === "revoked") throw new WorkspaceError("already_revoked");
    const { reason } = c.req.valid("json");
    const now = new Date();
    const volunteerId = certificate.volunteerId ?? "";
    await c.env.DB.batch([
      revokeCertificateStatement(c.env.DB, certificate.number, reason, districtToday(now)),
      // Without a certificate in force, a certified volunteer is back in training.
      c.env.DB.prepare(
        `UPDATE volunteers SET status = 'in_training', updated_at = ?2
         WHERE id = ?1 AND status = 'certified'
           AND NOT EXISTS (SELECT 1 FROM certificates WHERE volunteer_id = ?1 AND revoked_on IS NULL
                           AND (valid_until IS NULL OR valid_until >= ?3))`,
      ).bind(volunteerId, now.toISOString(), districtToday(now)),
      auditStatement(
        c.env.DB,
        {
          actorId: c.get("actor").id,
          action: "status",
          recordType: "certificate",
          recordId: certificate.number,
          detail: { to: "revoked", reason },
        },
        now,
      ),
    ]);
    return c.json(await getCertificate(c.env.DB, certificate.number, districtToday(now)));
  });
