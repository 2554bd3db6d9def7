import { afterEach, describe, expect, it, vi } from "vitest";
import { turnstile } from "../../src/abuse/turnstile.js";
import {
  countWithMarker,
  formFields,
  freshClientIp,
  marker,
  postForm,
  postJson,
  SITE_ORIGIN,
  startInOneRateWindow,
  storedRow,
  validHelpRequest,
  validSignup,
  withEnv,
} from "../helpers.js";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("honeypot and minimum fill time", () => {
  it("pretends success for a filled honeypot (JSON) but stores nothing", async () => {
    const tag = marker();
    const response = await postJson(
      "/api/signups",
      validSignup({ website: "http://spam.example", motivation: tag }),
    );

    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await storedRow(id)).toBeNull();
    expect(await countWithMarker(tag)).toBe(0);
  });

  it("pretends success for a filled honeypot (form) with the normal redirect", async () => {
    const tag = marker();
    const response = await postForm(
      "/api/help-requests",
      formFields(validHelpRequest({ website: "x", description: tag })),
    );

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${SITE_ORIGIN}/hilfe-anfragen/danke/`);
    expect(await countWithMarker(tag)).toBe(0);
  });

  it("drops a form sent faster than MIN_FILL_SECONDS after it was shown", async () => {
    const tag = marker();
    const response = await postJson(
      "/api/signups",
      validSignup({ formStartedAt: Date.now() - 500, motivation: tag }),
    );

    expect(response.status).toBe(201);
    expect(await countWithMarker(tag)).toBe(0);
  });

  it("pretends success even for invalid spam, so bots learn nothing from 422s", async () => {
    const response = await postJson("/api/signups", { website: "spam", email: "x" });

    expect(response.status).toBe(201);
  });

  it("accepts a form without a timestamp (the no-JS form may not have one)", async () => {
    const tag = marker();
    const fields = formFields(validSignup({ motivation: tag }));
    fields.delete("formStartedAt");
    const response = await postForm("/api/signups", fields);

    expect(response.status).toBe(303);
    expect(await countWithMarker(tag)).toBe(1);
  });

  it("accepts an old timestamp baked into a static page at build time", async () => {
    const tag = marker();
    const response = await postJson(
      "/api/signups",
      validSignup({ formStartedAt: Date.now() - 30 * 24 * 3600 * 1000, motivation: tag }),
    );

    expect(response.status).toBe(201);
    expect(await countWithMarker(tag)).toBe(1);
  });

  it("accepts a timestamp in the future (a client clock running ahead)", async () => {
    const tag = marker();
    const response = await postJson(
      "/api/signups",
      validSignup({ formStartedAt: Date.now() + 120_000, motivation: tag }),
    );

    expect(response.status).toBe(201);
    expect(await countWithMarker(tag)).toBe(1);
  });

  it("still requires an empty honeypot when the timestamp is missing", async () => {
    const tag = marker();
    const fields = formFields(validSignup({ website: "filled", motivation: tag }));
    fields.delete("formStartedAt");
    const response = await postForm("/api/signups", fields);

    expect(response.status).toBe(303);
    expect(await countWithMarker(tag)).toBe(0);
  });

  it("honours MIN_FILL_SECONDS from the configuration", async () => {
    const tag = marker();
    await withEnv({ MIN_FILL_SECONDS: "60" }, async () => {
      await postJson(
        "/api/signups",
        validSignup({ formStartedAt: Date.now() - 30_000, motivation: tag }),
      );
    });

    expect(await countWithMarker(tag)).toBe(0);
  });
});

describe("rate limiting (SUBMIT_RATE_LIMITER: 10 per minute per client)", () => {
  it("answers the 11th post of one client within a minute with 429 and Retry-After", async () => {
    const ip = freshClientIp();
    await startInOneRateWindow();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const response = await postJson("/api/signups", validSignup({ motivation: `r${i}` }), { ip });
      statuses.push(response.status);
    }

    expect(statuses.slice(0, 10).every((status) => status === 201)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it("gives the 429 a Retry-After header, CORS headers and a message in the client's language", async () => {
    const ip = freshClientIp();
    await startInOneRateWindow();
    let last: Response | undefined;
    for (let i = 0; i < 12; i++) {
      last = await postJson("/api/signups", "{", { ip, headers: { "accept-language": "en" } });
    }

    expect(last?.status).toBe(429);
    expect(last?.headers.get("retry-after")).toBe("60");
    expect(last?.headers.get("access-control-allow-origin")).toBe(SITE_ORIGIN);
    expect(await last?.json()).toMatchObject({
      error: { code: "rate_limited", message: expect.stringMatching(/^Too many submissions/) },
    });
  });

  it("counts invalid posts too, so floods of garbage are throttled", async () => {
    const ip = freshClientIp();
    await startInOneRateWindow();
    for (let i = 0; i < 10; i++) await postJson("/api/signups", "not json", { ip });
    const response = await postJson("/api/signups", validSignup(), { ip });

    expect(response.status).toBe(429);
  });

  it("does not throttle another client", async () => {
    const ip = freshClientIp();
    await startInOneRateWindow();
    for (let i = 0; i < 11; i++) await postJson("/api/signups", "{", { ip });
    const other = await postJson("/api/signups", validSignup());

    expect(other.status).toBe(201);
  });

  it("renders 429 as an HTML page for a plain form post", async () => {
    const ip = freshClientIp();
    await startInOneRateWindow();
    let last: Response | undefined;
    for (let i = 0; i < 11; i++) last = await postForm("/api/signups", "x=1", { ip });

    expect(last?.status).toBe(429);
    expect(await last?.text()).toContain("<h1>Zu viele Anfragen</h1>");
  });

  it("ignores X-Bench-Client unless BENCH_MODE is on", async () => {
    const ip = freshClientIp();
    await startInOneRateWindow();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const response = await postJson("/api/signups", "{", {
        ip,
        headers: { "x-bench-client": `bench-${i}-${ip}` },
      });
      statuses.push(response.status);
    }

    expect(statuses[10]).toBe(429);
  });

  it("in BENCH_MODE keys on X-Bench-Client only for a loopback client, never for one through the edge", async () => {
    await startInOneRateWindow();
    const run = (ip: string) =>
      withEnv({ BENCH_MODE: "true" }, async () => {
        const statuses: number[] = [];
        for (let i = 0; i < 11; i++) {
          const response = await postJson("/api/signups", "{", {
            ip,
            headers: { "x-bench-client": `bench-${i}-${ip}-${crypto.randomUUID()}` },
          });
          statuses.push(response.status);
        }
        return statuses;
      });

    expect(await run(freshClientIp())).toContain(429);
    expect(await run("127.0.0.1")).not.toContain(429);
  });
});

describe("Turnstile", () => {
  const secret = "1x0000000000000000000000000000000AA";

  it("is off without a secret: no token needed, the verifier is never called", async () => {
    const verify = vi.spyOn(turnstile, "verify");
    const response = await postJson("/api/signups", validSignup());

    expect(response.status).toBe(201);
    expect(verify).not.toHaveBeenCalled();
  });

  it("with a secret: stores a submission whose token passes", async () => {
    const verify = vi.spyOn(turnstile, "verify").mockResolvedValue("passed");
    const response = await withEnv({ TURNSTILE_SECRET: secret }, () =>
      postJson(
        "/api/signups",
        validSignup({ "cf-turnstile-response": "token-ok", motivation: marker() }),
      ),
    );

    expect(response.status).toBe(201);
    expect(verify).toHaveBeenCalledWith({ secret, token: "token-ok", idempotencyKey: undefined });
  });

  it("with a secret: answers 403 bot_check_failed to a missing token", async () => {
    const verify = vi.spyOn(turnstile, "verify");
    const response = await withEnv({ TURNSTILE_SECRET: secret }, () =>
      postJson("/api/signups", validSignup({ motivation: marker() })),
    );

    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "bot_check_failed" } });
    expect(verify).not.toHaveBeenCalled();
  });

  it("with a secret: answers 403 to a token Cloudflare rejects, and stores nothing", async () => {
    vi.spyOn(turnstile, "verify").mockResolvedValue("failed");
    const tag = marker();
    const response = await withEnv({ TURNSTILE_SECRET: secret }, () =>
      postForm(
        "/api/help-requests",
        formFields(validHelpRequest({ "cf-turnstile-response": "spent", description: tag })),
      ),
    );

    expect(response.status).toBe(403);
    expect(await response.text()).toContain("<h1>Sicherheitsprüfung fehlgeschlagen</h1>");
    expect(await countWithMarker(tag)).toBe(0);
  });

  it("with a secret: answers 503 with Retry-After when siteverify cannot be reached", async () => {
    vi.spyOn(turnstile, "verify").mockResolvedValue("unavailable");
    const response = await withEnv({ TURNSTILE_SECRET: secret }, () =>
      postJson("/api/signups", validSignup({ "cf-turnstile-response": "t", motivation: marker() })),
    );

    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("120");
    expect(await response.json()).toMatchObject({ error: { code: "bot_check_unavailable" } });
  });

  it("validates before verifying, so an invalid form does not spend the single-use token", async () => {
    const verify = vi.spyOn(turnstile, "verify").mockResolvedValue("passed");
    const response = await withEnv({ TURNSTILE_SECRET: secret }, () =>
      postJson("/api/signups", validSignup({ email: "x", "cf-turnstile-response": "t" })),
    );

    expect(response.status).toBe(422);
    expect(verify).not.toHaveBeenCalled();
  });

  it("checks idempotency before verifying: a repeated post is answered without a second verification", async () => {
    const verify = vi.spyOn(turnstile, "verify").mockResolvedValue("passed");
    const key = crypto.randomUUID();
    const body = validSignup({ "cf-turnstile-response": "token-1", motivation: marker() });
    const [first, second] = await withEnv({ TURNSTILE_SECRET: secret }, async () => [
      await postJson("/api/signups", body, { headers: { "idempotency-key": key } }),
      // The retry carries the same, now spent, token; Cloudflare would reject it.
      await postJson("/api/signups", body, { headers: { "idempotency-key": key } }),
    ]);

    expect(first?.status).toBe(201);
    expect(second?.status).toBe(201);
    expect(await second?.json()).toEqual(await first?.json());
    expect(verify).toHaveBeenCalledTimes(1);
    expect(verify).toHaveBeenCalledWith({ secret, token: "token-1", idempotencyKey: key });
  });
});
