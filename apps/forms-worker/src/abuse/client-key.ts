import type { Config } from "../config.js";

const encoder = new TextEncoder();

/** 127.0.0.0/8 and ::1, as `wrangler dev` sets CF-Connecting-IP for a local client. */
const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1)$/;

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * The rate-limiting key of a client: a SHA-256 hash of its address (CF-Connecting-IP) and
 * the current UTC day, so the raw address is neither stored, logged nor handed to the rate
 * limiter, and keys of different days cannot be linked. Requests without the header (only
 * possible outside Cloudflare's edge) share one key. In benchmark mode the X-Bench-Client
 * header stands in for the address, so a load test is not throttled as one client — but
 * only for a client on the loopback address, which no request through Cloudflare's edge
 * has: a BENCH_MODE left on in production cannot be used to dodge the limiter.
 *
 * @example
 * await clientKey(new Request("https://x", { headers: { "cf-connecting-ip": "192.0.2.1" } }), config, new Date())
 * //=> "c0ffee…" (64 hex digits)
 */
export async function clientKey(request: Request, config: Config, now: Date): Promise<string> {
  const ip = request.headers.get("cf-connecting-ip");
  const benchClient =
    config.benchMode && ip !== null && LOOPBACK.test(ip)
      ? request.headers.get("x-bench-client")
      : null;
  const address = benchClient ?? ip ?? "unknown";
  const day = now.toISOString().slice(0, 10);
  return sha256Hex(`integrationspaten-rate-limit:v1:${day}:${address}`);
}
