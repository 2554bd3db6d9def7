import { HttpError } from "./errors.js";

const encoder = new TextEncoder();

async function digest(text: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest("SHA-256", encoder.encode(text));
}

/**
 * Compares two secrets in constant time. Both are hashed first, so the comparison takes
 * the same time whatever their lengths and wherever they first differ.
 */
export async function secretsEqual(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([digest(given), digest(expected)]);
  return crypto.subtle.timingSafeEqual(a, b);
}

/**
 * Requires `Authorization: Bearer <ADMIN_TOKEN>`; throws 401 otherwise. With no token
 * configured the API refuses everyone rather than accepting an empty token.
 */
export async function requireAdmin(request: Request, adminToken: string): Promise<void> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  const token = match?.[1] ?? "";
  const ok = await secretsEqual(token, adminToken);
  if (!ok || adminToken === "" || token === "") {
    throw new HttpError("unauthorized", {
      headers: { "www-authenticate": 'Bearer realm="admin"' },
    });
  }
}
