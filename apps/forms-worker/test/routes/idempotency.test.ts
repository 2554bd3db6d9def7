import { env } from "cloudflare:workers";
import { deleteSubmission } from "@integrationspaten/database/submissions";
import { describe, expect, it } from "vitest";
import {
  countWithMarker,
  formFields,
  freshClientIp,
  marker,
  postForm,
  postJson,
  validHelpRequest,
  validSignup,
} from "../helpers.js";

describe("idempotency", () => {
  it("answers a repeated post with the same key with the first answer and stores nothing new", async () => {
    const tag = marker();
    const key = crypto.randomUUID();
    const body = validSignup({ motivation: tag });
    const first = await postJson("/api/signups", body, { headers: { "idempotency-key": key } });
    const second = await postJson("/api/signups", body, { headers: { "idempotency-key": key } });

    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(await second.json()).toEqual(await first.json());
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(await countWithMarker(tag)).toBe(1);
  });

  it("stores one row for 20 concurrent duplicates (a double click, a retry storm), all get its id", async () => {
    const tag = marker();
    const key = crypto.randomUUID();
    const body = validHelpRequest({ description: tag });
    const ip = freshClientIp();
    // 10 per client and minute: spread the duplicates over two clients.
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        postJson("/api/help-requests", body, {
          headers: { "idempotency-key": key },
          ip: i < 10 ? ip : `${ip}1`,
        }),
      ),
    );

    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    const ids = new Set(
      await Promise.all(responses.map(async (r) => ((await r.json()) as { id: string }).id)),
    );
    expect(ids.size).toBe(1);
    expect(await countWithMarker(tag)).toBe(1);
  });

  it("takes the key from the form's idempotencyKey field when there is no header", async () => {
    const tag = marker();
    const fields = formFields(
      validSignup({ motivation: tag, idempotencyKey: crypto.randomUUID() }),
    );
    const first = await postForm("/api/signups", fields);
    const second = await postForm("/api/signups", fields);

    expect(first.status).toBe(303);
    expect(second.status).toBe(303);
    expect(second.headers.get("location")).toBe(first.headers.get("location"));
    expect(await countWithMarker(tag)).toBe(1);
  });

  it("stores a form sent twice without any key once (identical content)", async () => {
    const tag = marker();
    const fields = formFields(validSignup({ motivation: tag }));
    await postForm("/api/signups", fields);
    await postForm("/api/signups", fields);

    expect(await countWithMarker(tag)).toBe(1);
  });

  it("stores new content under a reused key (a key baked into a static page must not swallow it)", async () => {
    const key = "build-time-key";
    const a = marker();
    const b = marker();
    await postJson("/api/signups", validSignup({ motivation: a }), {
      headers: { "idempotency-key": key },
    });
    await postJson("/api/signups", validSignup({ motivation: b }), {
      headers: { "idempotency-key": key },
    });

    expect(await countWithMarker(a)).toBe(1);
    expect(await countWithMarker(b)).toBe(1);
  });

  it("treats the same content under two keys as two deliberate submissions", async () => {
    const tag = marker();
    const body = validSignup({ motivation: tag });
    await postJson("/api/signups", body, { headers: { "idempotency-key": crypto.randomUUID() } });
    await postJson("/api/signups", body, { headers: { "idempotency-key": crypto.randomUUID() } });

    expect(await countWithMarker(tag)).toBe(2);
  });

  it("answers a key longer than 255 characters with 400", async () => {
    const response = await postJson("/api/signups", validSignup({ motivation: marker() }), {
      headers: { "idempotency-key": "k".repeat(256) },
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "invalid_idempotency_key" } });
  });

  it("stores a repeat again after the first submission was erased (GDPR, in the workspace)", async () => {
    const tag = marker();
    const key = crypto.randomUUID();
    const body = validSignup({ motivation: tag });
    const first = await postJson("/api/signups", body, { headers: { "idempotency-key": key } });
    const { id } = (await first.json()) as { id: string };
    // The workspace erases through the shared query function; its keys go with the row.
    expect(await deleteSubmission(env.DB, id)).toBe(true);

    const again = await postJson("/api/signups", body, { headers: { "idempotency-key": key } });

    expect(again.status).toBe(201);
    expect(((await again.json()) as { id: string }).id).not.toBe(id);
    expect(await countWithMarker(tag)).toBe(1);
  });
});
