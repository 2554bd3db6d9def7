import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expireOffers } from "../../src/worker/storage/cases.js";
import {
  answer,
  as,
  certifiedVolunteer,
  createCoordinator,
  linkPage,
  offerLink,
  storeHelpRequest,
} from "../helpers.js";

/*
 * The case's state machine, driven through the real API and the volunteers' pages in
 * workerd against D1: random sequences of forward / accept / decline / reuse of a link /
 * expire / withdraw / close / reopen / erase. After every step the database must agree
 * with a small model: never two accepted volunteers, never the requester's contact before
 * an acceptance, never a request lost, and the history exactly the steps that happened.
 */

type Step =
  | { kind: "forward"; volunteer: number }
  | { kind: "accept" }
  | { kind: "decline" }
  | { kind: "reuse" }
  | { kind: "expire" }
  | { kind: "withdraw" }
  | { kind: "close"; outcome: "took_place" | "withdrawn" | "nobody_found" | "referred" }
  | { kind: "reopen" }
  | { kind: "erase"; volunteer: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant("forward" as const), volunteer: fc.nat(2) }),
  },
  { weight: 3, arbitrary: fc.constant({ kind: "accept" as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: "decline" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "reuse" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "expire" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "withdraw" as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("close" as const),
      outcome: fc.constantFrom("took_place", "withdrawn", "nobody_found", "referred"),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "reopen" as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("erase" as const), volunteer: fc.nat(2) }),
  },
);

interface Model {
  state: "open" | "offered" | "accepted" | "closed";
  /** Index of the volunteer with the waiting offer, and its link. */
  offer: { volunteer: number; token: string; assignmentId: string } | null;
  /** Index of the volunteer who accepted (while their assignment stands). */
  accepted: number | null;
  erased: Set<number>;
  events: string[];
  usedLinks: { token: string; assignmentId: string }[];
}

describe("the case state machine", () => {
  it("holds its invariants over random sequences of steps", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const request = await as(await createCoordinator("coordinator", ["cafe-asyl"]));
        const helpRequest = await storeHelpRequest("cafe-asyl");
        const caseId = helpRequest.id;
        const volunteers = [
          await certifiedVolunteer("cafe-asyl"),
          await certifiedVolunteer("cafe-asyl"),
          await certifiedVolunteer("cafe-asyl"),
        ];
        const contact = helpRequest.payload.contactEmail;
        const model: Model = {
          state: "open",
          offer: null,
          accepted: null,
          erased: new Set(),
          events: ["opened"],
          usedLinks: [],
        };

        for (const s of steps) {
          switch (s.kind) {
            case "forward": {
              const response = await request(`/api/cases/${caseId}/forward`, {
                method: "POST",
                body: { volunteerId: volunteers[s.volunteer]?.id },
              });
              if (model.state === "open" && !model.erased.has(s.volunteer)) {
                expect(response.status).toBe(200);
                const link = await offerLink(caseId);
                model.state = "offered";
                model.offer = { volunteer: s.volunteer, ...link };
                model.events.push("forwarded");
                // The offer page never shows how to reach the requester.
                expect(await (await linkPage(link.token)).text()).not.toContain(contact);
              } else {
                expect(response.status).toBe(409);
              }
              break;
            }
            case "accept":
            case "decline": {
              if (!model.offer) break;
              const { token, assignmentId, volunteer } = model.offer;
              const response = await answer(token, {
                answer: s.kind,
                assignment: assignmentId,
                reason: "no_time",
              });
              expect(response.status).toBe(200);
              const page = await response.text();
              model.usedLinks.push({ token, assignmentId });
              model.offer = null;
              if (s.kind === "accept") {
                expect(page).toContain(contact);
                model.state = "accepted";
                model.accepted = volunteer;
                model.events.push("accepted");
              } else {
                expect(page).not.toContain(contact);
                model.state = "open";
                model.events.push("declined");
              }
              break;
            }
            case "reuse": {
              const used = model.usedLinks.at(-1);
              if (!used) break;
              const response = await answer(used.token, {
                answer: "accept",
                assignment: used.assignmentId,
              });
              expect(response.status).toBeGreaterThanOrEqual(400);
              expect(await response.text()).not.toContain(contact);
              break;
            }
            case "expire": {
              if (model.offer) {
                await env.DB.prepare(
                  "UPDATE assignments SET expires_at = '2026-01-01T00:00:00.000Z' WHERE id = ?1",
                )
                  .bind(model.offer.assignmentId)
                  .run();
              }
              await expireOffers(env.DB, new Date());
              if (model.offer) {
                model.offer = null;
                model.state = "open";
                model.events.push("expired");
              }
              break;
            }
            case "withdraw": {
              const response = await request(`/api/cases/${caseId}/withdraw`, { method: "POST" });
              if (model.state === "offered") {
                expect(response.status).toBe(200);
                model.offer = null;
                model.state = "open";
                model.events.push("withdrawn");
              } else {
                expect(response.status).toBe(409);
              }
              break;
            }
            case "close": {
              const response = await request(`/api/cases/${caseId}/close`, {
                method: "POST",
                body: { outcome: s.outcome },
              });
              if (model.state === "closed") {
                expect(response.status).toBe(409);
              } else {
                expect(response.status).toBe(200);
                if (model.offer) model.events.push("withdrawn");
                model.offer = null;
                model.state = "closed";
                model.events.push("closed");
              }
              break;
            }
            case "reopen": {
              const response = await request(`/api/cases/${caseId}/reopen`, { method: "POST" });
              if (model.state === "closed") {
                expect(response.status).toBe(200);
                model.state = model.accepted !== null ? "accepted" : "open";
                model.events.push("reopened");
              } else {
                expect(response.status).toBe(409);
              }
              break;
            }
            case "erase": {
              const id = volunteers[s.volunteer]?.id;
              const response = await request(`/api/volunteers/${id}`, { method: "DELETE" });
              if (model.erased.has(s.volunteer)) {
                expect(response.status).toBe(404);
                break;
              }
              expect(response.status).toBe(204);
              model.erased.add(s.volunteer);
              if (model.offer?.volunteer === s.volunteer) {
                model.events.push("withdrawn");
                model.offer = null;
                if (model.state === "offered") model.state = "open";
              }
              if (model.accepted === s.volunteer) {
                model.events.push("released");
                model.accepted = null;
                if (model.state === "accepted") model.state = "open";
              }
              break;
            }
          }

          // The database agrees with the model after every step.
          const counts = await env.DB.prepare(
            `SELECT (SELECT state FROM help_cases WHERE id = ?1) AS state,
                    (SELECT count(*) FROM assignments WHERE case_id = ?1 AND state = 'accepted') AS accepted,
                    (SELECT count(*) FROM assignments WHERE case_id = ?1 AND state = 'offered') AS offered,
                    (SELECT count(*) FROM submissions WHERE id = ?1) AS submission`,
          )
            .bind(caseId)
            .first<{ state: string; accepted: number; offered: number; submission: number }>();
          expect(counts?.state).toBe(model.state);
          expect(counts?.accepted).toBe(model.accepted !== null ? 1 : 0);
          expect(counts?.offered).toBe(model.state === "offered" ? 1 : 0);
          // Never lost: the request is kept, and an active case is in the inbox.
          expect(counts?.submission).toBe(1);
          const { results } = await env.DB.prepare(
            "SELECT event FROM case_events WHERE case_id = ?1 ORDER BY id",
          )
            .bind(caseId)
            .all<{ event: string }>();
          expect(results.map((r) => r.event)).toEqual(model.events);
        }
        const inbox = await (await request("/api/cases?state=active")).json<{
          cases: { id: string }[];
        }>();
        expect(inbox.cases.some((c) => c.id === caseId)).toBe(model.state !== "closed");
      }),
      { numRuns: 25 },
    );
  });
});
