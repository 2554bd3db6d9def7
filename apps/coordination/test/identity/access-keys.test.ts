import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ACCESS, api, assertion, createCoordinator } from "../helpers.js";

/*
 * The team's keys are fetched once and cached; an assertion with a key id the cache does
 * not know (Access rotated its keys) refetches them — at most once a minute, so a flood of
 * made-up key ids cannot turn the Worker into a load generator against the certs endpoint.
 * This file runs in its own isolate, so the key cache starts empty.
 */

async function fetches(): Promise<number> {
  const response = await fetch(`${ACCESS.team}/__test/fetches`);
  return (await response.json<{ fetches: number }>()).fetches;
}

async function publish(kids: string[]): Promise<void> {
  await fetch(`${ACCESS.team}/__test/publish`, { method: "POST", body: JSON.stringify(kids) });
}

describe("the Access key set", () => {
  let email: string;
  const start = new Date("2026-12-01T09:00:00Z");
  const at = (seconds: number) => vi.setSystemTime(new Date(start.getTime() + seconds * 1000));

  beforeAll(async () => {
    email = (await createCoordinator("administrator", [])).email;
    await publish(["current"]);
  });
  afterEach(() => vi.useRealTimers());

  it("caches the keys, and refetches for an unknown key id at most once a minute", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    at(0);
    const first = await fetches();
    expect((await api("/api/me", { token: await assertion(email) })).status).toBe(200);
    expect(await fetches()).toBe(first + 1);

    for (let i = 0; i < 20; i++) {
      expect((await api("/api/me", { token: await assertion(email) })).status).toBe(200);
    }
    expect(await fetches()).toBe(first + 1);

    // Access rotates: the new key is published, but the cache cools down for a minute.
    await publish(["current", "rotated"]);
    at(10);
    expect(
      (await api("/api/me", { token: await assertion(email, { kid: "rotated" }) })).status,
    ).toBe(401);
    expect(await fetches()).toBe(first + 1);

    at(61);
    expect(
      (await api("/api/me", { token: await assertion(email, { kid: "rotated" }) })).status,
    ).toBe(200);
    expect(await fetches()).toBe(first + 2);

    // A flood of made-up key ids: one refetch a minute, however many requests.
    at(130);
    for (let i = 0; i < 30; i++) {
      const made_up = await assertion(email, { kid: "rotated", claims: {} });
      const [, payload, signature] = made_up.split(".");
      const header = btoa(JSON.stringify({ alg: "RS256", kid: `made-up-${i}` })).replace(/=+$/, "");
      expect((await api("/api/me", { token: `${header}.${payload}.${signature}` })).status).toBe(
        401,
      );
    }
    expect(await fetches()).toBe(first + 3);
  });
});
