import { createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from "jose";

/*
 * Cloudflare Access puts a signed assertion into every request it lets through
 * (`Cf-Access-Jwt-Assertion`). We verify it ourselves rather than trusting the network:
 * RS256 only, the team's issuer, the application's audience, a lifetime. The team's keys
 * are fetched from its certs endpoint and cached; a token with an unknown `kid` (Access
 * rotates keys every six weeks) refetches them at most once a minute.
 */

export const ACCESS_HEADER = "cf-access-jwt-assertion";
/** Longer headers are refused before parsing: an Access assertion is about 1 KB. */
const MAX_ASSERTION_LENGTH = 8192;
/** jose waits this long between two fetches of the key set (an unknown kid refetches). */
export const JWKS_COOLDOWN_MS = 60_000;
/** A cached key set is refetched after this long even when every kid is known. */
const JWKS_MAX_AGE_MS = 10 * 60_000;

const keySets = new Map<string, JWTVerifyGetKey>();

/** The team's key set, one per isolate (so the cache and the cooldown hold across requests). */
function keySetFor(teamDomain: string): JWTVerifyGetKey {
  let keySet = keySets.get(teamDomain);
  if (!keySet) {
    keySet = createRemoteJWKSet(new URL("/cdn-cgi/access/certs", teamDomain), {
      cooldownDuration: JWKS_COOLDOWN_MS,
      cacheMaxAge: JWKS_MAX_AGE_MS,
      timeoutDuration: 5000,
    });
    keySets.set(teamDomain, keySet);
  }
  return keySet;
}

/** What a verified assertion tells us: the e-mail address Access signed in. */
export interface VerifiedIdentity {
  readonly email: string;
}

export interface VerificationSettings {
  readonly issuer: string;
  readonly audience: string;
  readonly keys: JWTVerifyGetKey;
}

/**
 * Verifies an assertion against the given keys and claims; undefined for anything that is
 * not a valid, unexpired RS256 token of this issuer and audience with an e-mail address.
 */
export async function verifyAssertion(
  token: string | undefined,
  settings: VerificationSettings,
): Promise<VerifiedIdentity | undefined> {
  if (!token || token.length > MAX_ASSERTION_LENGTH) return undefined;
  try {
    const { payload } = await jwtVerify(token, settings.keys, {
      issuer: settings.issuer,
      audience: settings.audience,
      algorithms: ["RS256"],
      requiredClaims: ["exp", "iat", "email"],
      // Access and Workers clocks agree closely; a little slack for the edge's skew.
      clockTolerance: 30,
    });
    const email = payload.email;
    return typeof email === "string" && email.includes("@")
      ? { email: email.trim().toLowerCase() }
      : undefined;
  } catch {
    // Malformed, forged, expired, wrong audience, unknown key after the refetch: all the
    // same to the caller — not signed in.
    return undefined;
  }
}

/** Verification settings for a Cloudflare Access team and application. */
export function accessSettings(teamDomain: string, audience: string): VerificationSettings {
  return { issuer: teamDomain, audience, keys: keySetFor(teamDomain) };
}
