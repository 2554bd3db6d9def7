/*
 * The tokens in links sent to volunteers: a random id and an HMAC-SHA256 of it under
 * LINK_SECRET, base64url. The id names a row (what the link may do, until when, whether it
 * was used); the HMAC makes a token that was not issued here fail before any lookup, and
 * means no token is stored anywhere, hashed or not. 16 bytes of id, 16 of tag.
 */

const ID_BYTES = 16;
const TAG_BYTES = 16;

const encoder = new TextEncoder();

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
}

function fromBase64url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  try {
    const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
    return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  } catch {
    return undefined;
  }
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");

async function key(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign", "verify"],
  );
}

/** What a link is for; part of the signed text, so a token of one kind never serves another. */
export type LinkKind = "answer" | "follow_up" | "feed";

async function tag(secret: string, kind: LinkKind, id: Uint8Array): Promise<Uint8Array> {
  const data = new Uint8Array([...encoder.encode(`${kind}:`), ...id]);
  const mac = await crypto.subtle.sign("HMAC", await key(secret), data);
  return new Uint8Array(mac).slice(0, TAG_BYTES);
}

/** A new link: the row id (hex) to store and the token to send. */
export async function issueToken(
  secret: string,
  kind: LinkKind,
): Promise<{ id: string; token: string }> {
  const id = crypto.getRandomValues(new Uint8Array(ID_BYTES));
  const mac = await tag(secret, kind, id);
  return { id: hex(id), token: base64url(new Uint8Array([...id, ...mac])) };
}

/** The token of an existing row id (the calendar feed's address is shown again). */
export async function tokenOf(secret: string, kind: LinkKind, idHex: string): Promise<string> {
  const id = Uint8Array.from(idHex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
  return base64url(new Uint8Array([...id, ...(await tag(secret, kind, id))]));
}

/**
 * The row id a token names, or undefined for anything not issued here under this secret
 * for this kind (forged, truncated, altered, another kind). Tags are compared in constant
 * time (`crypto.subtle.timingSafeEqual`, a Workers extension).
 */
export async function verifyToken(
  secret: string,
  kind: LinkKind,
  token: string,
): Promise<string | undefined> {
  const bytes = token.length <= 64 ? fromBase64url(token) : undefined;
  if (!bytes || bytes.length !== ID_BYTES + TAG_BYTES) return undefined;
  const id = bytes.slice(0, ID_BYTES);
  const full = await crypto.subtle.sign(
    "HMAC",
    await key(secret),
    new Uint8Array([...encoder.encode(`${kind}:`), ...id]),
  );
  const expected = new Uint8Array(full).slice(0, TAG_BYTES);
  const same = crypto.subtle.timingSafeEqual(expected, bytes.slice(ID_BYTES));
  return same ? hex(id) : undefined;
}
