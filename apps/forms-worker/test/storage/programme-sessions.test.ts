import { env } from "cloudflare:workers";
import { listProgrammeSessions } from "@integrationspaten/database/programme-sessions";
import { programmeSessionsAnswerSchema } from "@integrationspaten/domain";
import { describe, expect, it } from "vitest";
import { insertAttendance, insertSession } from "../sessions-fixtures.js";

describe("listProgrammeSessions", () => {
  it("maps a row to the contract's session: local times, null place, cancelled as a boolean", async () => {
    const id = `row-${crypto.randomUUID()}`;
    await insertSession({
      id,
      kind: "workshop",
      module: "rolle",
      title: "Workshop: Rolle und Grenzen",
      date: "2027-03-27",
      start: "10:00",
      end: "13:00",
      location: null,
      cancelled: true,
      sequence: 4,
      updatedAt: "2026-11-28T16:02:11.123Z",
    });

    const session = (await listProgrammeSessions(env.DB)).find((s) => s.id === id);

    expect(session).toEqual({
      id,
      kind: "workshop",
      module: "rolle",
      title: "Workshop: Rolle und Grenzen",
      date: "2027-03-27",
      start: "10:00",
      end: "13:00",
      location: null,
      cancelled: true,
      sequence: 4,
      updatedAt: "2026-11-28T16:02:11.123Z",
    });
    expect(programmeSessionsAnswerSchema.safeParse({ sessions: [session] }).success).toBe(true);
  });

  it("reads neither the attendance nor the anonymised counts", async () => {
    const id = `counted-${crypto.randomUUID()}`;
    await insertSession({ id, anonymised: { present: 7, excused: 2, absent: 1 } });
    await insertAttendance(id, { id: `v-${crypto.randomUUID()}`, name: "Ana Beispiel" });

    const session = (await listProgrammeSessions(env.DB)).find((s) => s.id === id);

    expect(Object.keys(session ?? {}).sort()).toEqual([
      "cancelled",
      "date",
      "end",
      "id",
      "kind",
      "location",
      "module",
      "sequence",
      "start",
      "title",
      "updatedAt",
    ]);
  });

  it("orders by local date, then start time, then id", async () => {
    const prefix = `order-${crypto.randomUUID().slice(0, 8)}`;
    await insertSession({ id: `${prefix}-c`, date: "2027-05-04", start: "18:00" });
    await insertSession({ id: `${prefix}-b`, date: "2027-05-04", start: "09:00", end: "10:00" });
    await insertSession({ id: `${prefix}-a`, date: "2027-05-04", start: "18:00" });
    await insertSession({ id: `${prefix}-d`, date: "2027-05-03", start: "20:00", end: "21:00" });

    const own = (await listProgrammeSessions(env.DB))
      .map((s) => s.id)
      .filter((sessionId) => sessionId.startsWith(prefix));

    expect(own).toEqual([`${prefix}-d`, `${prefix}-b`, `${prefix}-a`, `${prefix}-c`]);
  });
});
