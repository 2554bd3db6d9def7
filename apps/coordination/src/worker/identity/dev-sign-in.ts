import { generateKeyPair, type JWTVerifyGetKey, SignJWT } from "jose";
import type { VerificationSettings } from "./access-assertion.js";

/*
 * Local development stands in for Cloudflare Access: the sign-in page lists the demo
 * coordinators, and choosing one signs an assertion exactly like Access would (RS256, an
 * issuer, an audience, eight hours) with a key pair made when the isolate starts. The
 * same verification as in production then checks it, so development exercises the real
 * code path. config.ts refuses this outside ENVIRONMENT=development.
 */

export const DEV_COOKIE = "workspace_dev_assertion";
const ISSUER = "urn:integrationspaten:development-sign-in";
const AUDIENCE = "integrationspaten-workspace-development";
const LIFETIME = "8h";

let keyPair: Promise<{ privateKey: CryptoKey; keys: JWTVerifyGetKey }> | undefined;

function devKeys() {
  keyPair ??= (async () => {
    const { privateKey, publicKey } = await generateKeyPair("RS256");
    const keys: JWTVerifyGetKey = async () => publicKey;
    return { privateKey, keys };
  })();
  return keyPair;
}

/** Signs a development assertion for an e-mail address. */
export async function signDevAssertion(email: string): Promise<string> {
  const { privateKey } = await devKeys();
  return new SignJWT({ email })
    .setProtectedHeader({ alg: "RS256", kid: "development" })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(LIFETIME)
    .sign(privateKey);
}

export async function devSettings(): Promise<VerificationSettings> {
  const { keys } = await devKeys();
  return { issuer: ISSUER, audience: AUDIENCE, keys };
}
