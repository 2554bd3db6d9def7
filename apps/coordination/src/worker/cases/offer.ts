import type { VolunteerProfile } from "../../shared/api.js";
import type { Config } from "../config.js";
import { WorkspaceError } from "../http/errors.js";
import { offerMail } from "../mail/offer.js";
import { MailFailed, sendMail } from "../mail/send.js";
import { mailLocaleOf } from "../mail/texts.js";
import { recordMailFailed } from "../storage/cases.js";

/*
 * Sends the offer e-mail of an assignment that is already recorded. When the binding
 * refuses, the case keeps the offer (nothing is lost), the history says the e-mail did
 * not go out, and the coordinator is told to send it again.
 */

export interface OfferToSend {
  caseId: string;
  assignmentId: string;
  volunteerId: string;
  request: Record<string, unknown>;
  token: string;
  expiresAt: string;
  pointName: string;
}

export async function sendOffer(env: Env, config: Config, offer: OfferToSend): Promise<void> {
  const row = await env.DB.prepare("SELECT record FROM volunteers WHERE id = ?1")
    .bind(offer.volunteerId)
    .first<{ record: string }>();
  if (!row) throw new WorkspaceError("not_found");
  const profile = JSON.parse(row.record) as VolunteerProfile;
  const request = offer.request;
  const mail = offerMail({
    to: profile.contact.email,
    volunteerName: profile.displayName,
    facts: {
      category: String(request.category ?? ""),
      municipality: String(request.municipality ?? ""),
      languages: Array.isArray(request.languages) ? (request.languages as string[]) : [],
      preferredDate: typeof request.preferredDate === "string" ? request.preferredDate : undefined,
      weekdays: Array.isArray(request.weekdays) ? (request.weekdays as number[]) : [],
      timesOfDay: Array.isArray(request.timesOfDay)
        ? (request.timesOfDay as ("morning" | "afternoon" | "evening")[])
        : [],
    },
    link: `${config.workspaceUrl}/v/${offer.token}`,
    expiresAt: offer.expiresAt,
    pointName: offer.pointName,
    second: mailLocaleOf(profile.languages),
  });
  try {
    await sendMail(env.MAIL, config.mailFrom, mail);
  } catch (error) {
    if (!(error instanceof MailFailed)) throw error;
    await recordMailFailed(env.DB, offer.caseId, offer.assignmentId, new Date());
    console.error(JSON.stringify({ level: "error", event: "mail.failed", case: offer.caseId }));
    throw new WorkspaceError("mail_failed");
  }
}
