import { exports } from "cloudflare:workers";
import {
  SUBMISSION_ENDPOINTS,
  type SubmissionErrorBody,
  submissionErrorBodySchema,
} from "@integrationspaten/domain";
import { describe, expect, it } from "vitest";
import { type HttpErrorCode, httpErrors } from "../../src/http/errors.js";
import { errorResponse } from "../../src/http/responses.js";
import {
  BASE,
  freshClientIp,
  postJson,
  postRaw,
  SITE_ORIGIN,
  startInOneRateWindow,
  validHelpRequest,
  validSignup,
} from "../helpers.js";

/*
 * The site reads every error answer with the domain's submissionErrorBodySchema; these
 * tests hold the worker to it with real answers of real requests.
 */

/** The body of an error answer, parsed with the contract (throws when it does not fit). */
async function contractBody(response: Response): Promise<SubmissionErrorBody> {
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  return submissionErrorBodySchema.parse(await response.json());
}

const signups = SUBMISSION_ENDPOINTS.volunteer_signup;
const helpRequests = SUBMISSION_ENDPOINTS.help_request;

describe("error answers fit the domain's submissionErrorBodySchema", () => {
  const cases: [string, HttpErrorCode, () => Promise<Response>][] = [
    ["invalid JSON", "malformed_body", () => postRaw(signups, "{", "application/json")],
    [
      "an Idempotency-Key that is too long",
      "invalid_idempotency_key",
      () =>
        postJson(helpRequests, validHelpRequest(), {
          headers: { "idempotency-key": "k".repeat(256) },
        }),
    ],
    [
      "a foreign origin",
      "forbidden_origin",
      () => postJson(signups, validSignup(), { origin: "https://evil.example" }),
    ],
    ["an unknown path", "not_found", () => exports.default.fetch(`${BASE}/api/nothing-here`)],
    [
      "a GET to a form endpoint",
      "method_not_allowed",
      () => exports.default.fetch(`${BASE}${signups}`, { headers: { origin: SITE_ORIGIN } }),
    ],
    [
      "a body over 32 KiB",
      "payload_too_large",
      () => postJson(signups, validSignup({ motivation: "x".repeat(40_000) })),
    ],
    [
      "an XML body",
      "unsupported_media_type",
      () => postRaw(helpRequests, "<request/>", "application/xml"),
    ],
  ];

  it.each(cases)("answers %s with its catalogued code", async (_what, code, send) => {
    const response = await send();
    const body = await contractBody(response);

    expect(response.status).toBe(httpErrors[code].status);
    expect(body.error.code).toBe(code);
    expect(body.error.issues).toBeUndefined();
  });

  it.each([
    ["sign-up", signups, validSignup({ email: "not-an-address", name: "", locale: "en" })],
    [
      "help request",
      helpRequests,
      validHelpRequest({ consent: false, category: "", locale: "en" }),
    ],
  ])("answers an invalid %s with 422 and one issue per field", async (_kind, path, payload) => {
    const response = await postJson(path, payload);
    const body = await contractBody(response);

    expect(response.status).toBe(422);
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.message).toBe(httpErrors.validation_failed.message.en);
    expect(body.error.issues?.length).toBeGreaterThanOrEqual(2);
  });

  it("answers the 11th post within a minute with 429 rate_limited", async () => {
    const ip = freshClientIp();
    await startInOneRateWindow();
    let last: Response | undefined;
    for (let i = 0; i < 11; i++) {
      last = await postJson(signups, validSignup({ motivation: `e${i}` }), { ip });
    }
    const body = await contractBody(last as Response);

    expect(last?.status).toBe(429);
    expect(body.error.code).toBe("rate_limited");
  });

  it.each(Object.keys(httpErrors) as HttpErrorCode[])(
    "renders %s in German and English as the contract's body",
    async (code) => {
      for (const locale of ["de", "en"] as const) {
        const issues = code === "validation_failed" ? [{ field: "name", message: "m" }] : undefined;
        const body = await contractBody(errorResponse(code, { locale, issues }));
        expect(body).toEqual({
          error: {
            code,
            message: httpErrors[code].message[locale],
            ...(issues ? { issues, issueCount: issues.length } : {}),
          },
        });
      }
    },
  );
});
