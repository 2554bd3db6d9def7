import { afterEach, describe, expect, it, vi } from "vitest";
import { siteverify } from "../../src/abuse/turnstile.js";

// siteverify itself needs the network; here global fetch is replaced, so nothing leaves
// the test. The routes' tests replace the whole verifier instead.
afterEach(() => {
  vi.restoreAllMocks();
});

const request = {
  secret: "1x0000000000000000000000000000000AA",
  token: "XXXX.DUMMY.TOKEN.XXXX",
  idempotencyKey: "0b6f2c4e-8a57-4f57-9a53-0f1f4c1d2e3a",
};

describe("siteverify", () => {
  it("posts secret, token and idempotency key (no client address) and passes on success", async () => {
    const fetch = vi
      .spyOn(globalThis, "fetch")
      .mockResolvedValue(Response.json({ success: true, "error-codes": [] }));

    await expect(siteverify(request)).resolves.toBe("passed");

    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(String(url)).toBe("https://challenges.cloudflare.com/turnstile/v0/siteverify");
    const body = init?.body as FormData;
    expect(body.get("secret")).toBe(request.secret);
    expect(body.get("response")).toBe(request.token);
    expect(body.get("idempotency_key")).toBe(request.idempotencyKey);
    expect(body.has("remoteip")).toBe(false);
  });

  it("fails on success: false (e.g. a spent token)", async () => {
    vi.spyOn(globalThis, "fetch").mockResolvedValue(
      Response.json({ success: false, "error-codes": ["timeout-or-duplicate"] }),
    );

    await expect(siteverify(request)).resolves.toBe("failed");
  });

  it("is unavailable, not failed, when Cloudflare cannot be reached or answers an error", async () => {
    vi.spyOn(globalThis, "fetch").mockRejectedValueOnce(new TypeError("network down"));
    await expect(siteverify(request)).resolves.toBe("unavailable");

    vi.spyOn(globalThis, "fetch").mockResolvedValueOnce(new Response("oops", { status: 502 }));
    await expect(siteverify(request)).resolves.toBe("unavailable");
  });

  it("sends no idempotency key that is not a UUID", async () => {
    const fetch = vi.spyOn(globalThis, "fetch").mockResolvedValue(Response.json({ success: true }));

    await siteverify({ ...request, idempotencyKey: "build-time-key" });

    const body = fetch.mock.calls[0]?.[1]?.body;
    expect(body).toBeInstanceOf(FormData);
    expect((body as FormData).has("idempotency_key")).toBe(false);
  });
});
