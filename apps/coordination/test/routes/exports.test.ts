import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { as, createCoordinator, storeHelpRequest } from "../helpers.js";

describe("the CSV export", () => {
  it("streams every help request of the coordinator's point, page after page, and audits the export", async () => {
    const coordinator = await createCoordinator("coordinator", ["kreisverwaltung"]);
    const request = await as(coordinator);
    const ids = new Set<string>();
    // More than one page of 500, inserted in one batch.
    const now = Date.now();
    const statements = Array.from({ length: 620 }, (_, i) => {
      const id = `export-${crypto.randomUUID()}`;
      ids.add(id);
      const at = new Date(now - i * 1000).toISOString();
      return env.DB.prepare(
        `INSERT INTO submissions (id, kind, payload, status, coordination_point, created_at, updated_at)
         VALUES (?1, 'help_request', '{"contactName":"=SUMME(A1)","category":"arzt"}', 'new', 'kreisverwaltung', ?2, ?2)`,
      ).bind(id, at);
    });
    await env.DB.batch(statements);
    const other = await storeHelpRequest("fid");

    const response = await request("/api/exports/submissions.csv?kind=help_request");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // The byte order mark (Excel's cue for UTF-8); Response.text() would hide it.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes).slice(1);
    expect(text.startsWith("id;kind;status;")).toBe(true);
    const lines = text.trimEnd().split("\r\n");
    const exported = new Set(lines.slice(1).map((line) => line.split(";")[0]));
    for (const id of ids) expect(exported.has(id)).toBe(true);
    expect(exported.has(other.id)).toBe(false);
    // The formula guard holds in the stream too.
    expect(text).toContain("'=SUMME(A1)");
    expect(text).not.toContain(";=SUMME");

    const audit = await env.DB.prepare(
      "SELECT action, record_type FROM audit_log WHERE actor_id = ?1 AND action = 'export'",
    )
      .bind(coordinator.id)
      .all();
    expect(audit.results).toEqual([{ action: "export", record_type: "submission" }]);
  });

  it("refuses an unknown kind", async () => {
    const request = await as(await createCoordinator("administrator", []));
    expect((await request("/api/exports/submissions.csv?kind=newsletter")).status).toBe(422);
  });
});
