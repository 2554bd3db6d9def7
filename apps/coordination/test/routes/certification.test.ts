import { env } from "cloudflare:workers";
import { verifyCertificateNumber } from "@integrationspaten/domain";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { as, createCoordinator, createSessions, profileFrom, storeSignup } from "../helpers.js";

/*
 * Training to certificate, through the API: sessions, attendance saved as one request,
 * the progress with the domain's sentences, the certificate with its number, the PDF
 * parsed back, renewal and revocation.
 */

async function pdfText(response: Response): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()));
  const { text } = await extractText(document, { mergePages: true });
  return text;
}

describe("from training to certificate", () => {
  it("records attendance as one request, shows progress, issues a certificate and its PDF", async () => {
    const coordinator = await createCoordinator("coordinator", ["cafe-asyl"]);
    const request = await as(coordinator);
    const signup = await storeSignup("cafe-asyl", { name: "Olena Musterfrau" });
    const volunteer = await (
      await request(`/api/signups/${signup.id}/accept`, {
        method: "POST",
        body: { profile: profileFrom(signup.payload) },
      })
    ).json<{ id: string }>();
    const sessions = await createSessions(request, { talks: 4, workshops: 2 });

    // Before: nothing attended; the domain says what is missing.
    const before = await (await request(`/api/volunteers/${volunteer.id}/certification`)).json<{
      eligible: boolean;
      missing: string[];
    }>();
    expect(before.eligible).toBe(false);
    expect(before.missing).toContain("Es fehlen noch 2 Workshops.");

    for (const sessionId of sessions) {
      const list = await (await request(`/api/sessions/${sessionId}/attendance`)).json<{
        entries: { volunteerId: string }[];
      }>();
      expect(list.entries.map((e) => e.volunteerId)).toContain(volunteer.id);
      const saved = await request(`/api/sessions/${sessionId}/attendance`, {
        method: "PUT",
        body: { records: [{ volunteerId: volunteer.id, status: "present" }] },
      });
      expect(saved.status).toBe(200);
    }

    const progress = await (await request(`/api/volunteers/${volunteer.id}/certification`)).json<{
      eligible: boolean;
      missing: string[];
      attended: unknown[];
    }>();
    expect(progress).toMatchObject({ eligible: true, missing: [] });
    expect(progress.attended).toHaveLength(6);

    const issued = await request(`/api/volunteers/${volunteer.id}/certificates`, {
      method: "POST",
    });
    expect(issued.status).toBe(201);
    const certificate = await issued.json<{
      number: string;
      state: string;
      validUntil: string;
      modules: string[];
    }>();
    expect(verifyCertificateNumber(certificate.number).ok).toBe(true);
    expect(certificate.state).toBe("valid");
    expect(certificate.modules).toEqual([
      "Behörden, Ämter und Jobcenter",
      "Anträge und Formulare (z. B. Kindergeld)",
    ]);

    const roster = await (await request(`/api/volunteers/${volunteer.id}`)).json<{
      status: string;
    }>();
    expect(roster.status).toBe("certified");

    const pdf = await request(`/api/certificates/${certificate.number}.pdf`);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const text = await pdfText(pdf);
    expect(text).toContain("Olena Musterfrau");
    expect(text).toContain(certificate.number);
    expect(text).toContain("Landkreis Alzey-Worms");
    expect(text).toContain(`zertifikat-pruefen/?nummer=${certificate.number}`);

    const sheet = await request(`/api/sessions/${sessions[0]}/attendance-sheet.pdf`);
    expect(sheet.status).toBe(200);
    expect(await pdfText(sheet)).toContain("Olena Musterfrau");

    // Another point's coordinator sees neither the progress nor the PDF.
    const other = await as(await createCoordinator("coordinator", ["fid"]));
    expect((await other(`/api/volunteers/${volunteer.id}/certification`)).status).toBe(404);
    expect((await other(`/api/certificates/${certificate.number}.pdf`)).status).toBe(404);

    const revoked = await request(`/api/certificates/${certificate.number}/revoke`, {
      method: "POST",
      body: { reason: "issued_in_error" },
    });
    expect(await revoked.json()).toMatchObject({
      state: "revoked",
      revocationReason: "issued_in_error",
    });
    // Without a certificate in force the volunteer is back in training.
    expect(await (await request(`/api/volunteers/${volunteer.id}`)).json()).toMatchObject({
      status: "in_training",
    });
  });

  it("records attendance only once a session has taken place", async () => {
    const request = await as(await createCoordinator("coordinator", ["fid"]));
    const signup = await storeSignup("fid");
    const volunteer = await (
      await request(`/api/signups/${signup.id}/accept`, {
        method: "POST",
        body: { profile: profileFrom(signup.payload) },
      })
    ).json<{ id: string }>();
    const next = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const session = await (
      await request("/api/sessions", {
        method: "POST",
        body: {
          kind: "workshop",
          module: "schule",
          title: "Workshop Schule",
          date: next,
          start: "10:00",
          end: "12:00",
        },
      })
    ).json<{ id: string }>();
    const response = await request(`/api/sessions/${session.id}/attendance`, {
      method: "PUT",
      body: { records: [{ volunteerId: volunteer.id, status: "present" }] },
    });
    expect(response.status).toBe(409);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe(
      "session_in_future",
    );
  });

  it("refuses a certificate before the requirements are met", async () => {
    const request = await as(await createCoordinator("coordinator", ["fid"]));
    const signup = await storeSignup("fid");
    const volunteer = await (
      await request(`/api/signups/${signup.id}/accept`, {
        method: "POST",
        body: { profile: profileFrom(signup.payload) },
      })
    ).json<{ id: string }>();
    const response = await request(`/api/volunteers/${volunteer.id}/certificates`, {
      method: "POST",
    });
    expect(response.status).toBe(409);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe("not_eligible");
  });

  it("raises a session's SEQUENCE with every change a calendar shows, and only then", async () => {
    const request = await as(await createCoordinator("coordinator", ["kreisverwaltung"]));
    const [id] = await createSessions(request, { talks: 1, workshops: 0 });
    const body = {
      kind: "expert_talk",
      module: "behoerden",
      title: "Fachvortrag 1",
      date: "2026-10-01",
      start: "18:00",
      end: "20:00",
      location: "Kreisverwaltung Alzey, Sitzungssaal",
    };
    const sequence = async () =>
      (await (await request(`/api/sessions/${id}`)).json<{ sequence: number }>()).sequence;
    expect(await sequence()).toBe(0);
    await request(`/api/sessions/${id}`, { method: "PUT", body });
    expect(await sequence()).toBe(0);
    await request(`/api/sessions/${id}`, { method: "PUT", body: { ...body, start: "18:30" } });
    expect(await sequence()).toBe(1);
    await request(`/api/sessions/${id}/cancel`, { method: "POST" });
    expect(await (await request(`/api/sessions/${id}`)).json()).toMatchObject({
      sequence: 2,
      cancelled: true,
    });
  });

  it("saves thirty marks in one request and keeps the counts when a volunteer is erased", async () => {
    const request = await as(await createCoordinator("coordinator", ["kreisverwaltung"]));
    const [sessionId] = await createSessions(request, { talks: 1, workshops: 0 });
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const signup = await storeSignup("kreisverwaltung", { name: `Person Mustermann ${i}` });
      const volunteer = await (
        await request(`/api/signups/${signup.id}/accept`, {
          method: "POST",
          body: { profile: profileFrom(signup.payload) },
        })
      ).json<{ id: string }>();
      ids.push(volunteer.id);
    }
    const marks = ["present", "excused", "absent"] as const;
    const saved = await request(`/api/sessions/${sessionId}/attendance`, {
      method: "PUT",
      body: { records: ids.map((volunteerId, i) => ({ volunteerId, status: marks[i % 3] })) },
    });
    expect((await saved.json<{ session: { attendance: unknown } }>()).session.attendance).toEqual({
      present: 10,
      excused: 10,
      absent: 10,
    });
    // A changed mark moves between the counts (kept by triggers, not recounted).
    const changed = await request(`/api/sessions/${sessionId}/attendance`, {
      method: "PUT",
      body: { records: [{ volunteerId: ids[1], status: "present" }] },
    });
    expect((await changed.json<{ session: { attendance: unknown } }>()).session.attendance).toEqual(
      { present: 11, excused: 9, absent: 10 },
    );

    expect((await request(`/api/volunteers/${ids[0]}`, { method: "DELETE" })).status).toBe(204);
    const left = await env.DB.prepare(
      "SELECT count(*) AS n FROM attendance WHERE volunteer_id = ?1",
    )
      .bind(ids[0])
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
    const session = await (await request(`/api/sessions/${sessionId}`)).json<{
      attendance: unknown;
    }>();
    expect(session.attendance).toEqual({ present: 11, excused: 9, absent: 10 });
    const stored = await env.DB.prepare(
      "SELECT anonymised_present, marked_present FROM training_sessions WHERE id = ?1",
    )
      .bind(sessionId)
      .first();
    expect(stored).toEqual({ anonymised_present: 1, marked_present: 10 });
  });

  it("lists those in training by default, everyone on request, and anyone once marked", async () => {
    const request = await as(await createCoordinator("coordinator", ["fid"]));
    const [sessionId] = await createSessions(request, { talks: 1, workshops: 0 });
    const accept = async (status: "in_training" | "paused") => {
      const signup = await storeSignup("fid");
      const { id } = await (
        await request(`/api/signups/${signup.id}/accept`, {
          method: "POST",
          body: { profile: profileFrom(signup.payload) },
        })
      ).json<{ id: string }>();
      if (status === "paused")
        await request(`/api/volunteers/${id}/status`, { method: "POST", body: { status } });
      return id;
    };
    const training = await accept("in_training");
    const paused = await accept("paused");
    const listed = async (query = "") =>
      (
        await (
          await request(`/api/sessions/${sessionId}/attendance${query}`)
        ).json<{
          entries: { volunteerId: string }[];
        }>()
      ).entries.map((e) => e.volunteerId);
    expect(await listed()).toContain(training);
    expect(await listed()).not.toContain(paused);
    expect(await listed("?everyone=true")).toContain(paused);

    const saved = await request(`/api/sessions/${sessionId}/attendance`, {
      method: "PUT",
      body: { records: [{ volunteerId: paused, status: "present" }] },
    });
    expect(saved.status).toBe(200);
    expect(await listed()).toContain(paused);
  });

  it("refuses marks for a volunteer of another point, and changes nothing", async () => {
    const cafe = await as(await createCoordinator("coordinator", ["cafe-asyl"]));
    const fid = await as(await createCoordinator("coordinator", ["fid"]));
    const [sessionId] = await createSessions(cafe, { talks: 1, workshops: 0 });
    const signup = await storeSignup("cafe-asyl");
    const volunteer = await (
      await cafe(`/api/signups/${signup.id}/accept`, {
        method: "POST",
        body: { profile: profileFrom(signup.payload) },
      })
    ).json<{ id: string }>();
    const response = await fid(`/api/sessions/${sessionId}/attendance`, {
      method: "PUT",
      body: { records: [{ volunteerId: volunteer.id, status: "present" }] },
    });
    expect(response.status).toBe(404);
    const rows = await env.DB.prepare(
      "SELECT count(*) AS n FROM attendance WHERE volunteer_id = ?1",
    )
      .bind(volunteer.id)
      .first<{ n: number }>();
    expect(rows?.n).toBe(0);
  });
});
