import type { VolunteerProfile } from "../../shared/api.js";
import { workspaceDistrict } from "../../shared/district.js";
import type { Config } from "../config.js";
import { districtToday } from "../http/today.js";
import { MailFailed, sendMail } from "../mail/send.js";
import { categoryName, formatDay, linkIn, mailLocaleOf } from "../mail/texts.js";
import { recordMailFailed } from "../storage/cases.js";
import { issueToken } from "./link-token.js";

/*
 * After the appointment: the volunteer gets one short question by e-mail — did it take
 * place? — with a link that answers yes, postponed or no. Asked once per appointment (a
 * new appointment asks again), from the day after it, and only while the case is open.
 */

/** How long the follow-up link works. */
const FOLLOW_UP_DAYS = 14;

interface Due {
  assignment_id: string;
  case_id: string;
  category: string;
  appointment_date: string;
  coordination_point: string;
  record: string;
}

/** Sends the follow-up questions that are due; returns how many went out. */
export async function sendFollowUps(env: Env, config: Config, now: Date): Promise<number> {
  const today = districtToday(now);
  const { results } = await env.DB.prepare(
    `SELECT a.id AS assignment_id, c.id AS case_id, c.category, c.appointment_date,
            c.coordination_point, v.record
     FROM assignments a JOIN help_cases c ON c.id = a.case_id JOIN volunteers v ON v.id = a.volunteer_id
     WHERE a.state = 'accepted' AND a.follow_up_sent_at IS NULL AND a.follow_up IS NULL
       AND c.state = 'accepted' AND c.appointment_date < ?1
     LIMIT 200`,
  )
    .bind(today)
    .all<Due>();
  const { district } = workspaceDistrict();
  let sent = 0;
  for (const due of results) {
    const link = await issueToken(config.linkSecret, "follow_up");
    const expires = new Date(now.getTime() + FOLLOW_UP_DAYS * 86_400_000).toISOString();
    // Claim first: a second run at the same time writes nothing and sends nothing.
    const [claim] = await env.DB.batch([
      env.DB.prepare(
        "UPDATE assignments SET follow_up_sent_at = ?2 WHERE id = ?1 AND follow_up_sent_at IS NULL",
      ).bind(due.assignment_id, now.toISOString()),
      env.DB.prepare(
        `INSERT INTO volunteer_links (id, assignment_id, purpose, expires_at)
         SELECT ?1, ?2, 'follow_up', ?3 WHERE EXISTS (
           SELECT 1 FROM assignments WHERE id = ?2 AND follow_up_sent_at = ?4)`,
      ).bind(link.id, due.assignment_id, expires, now.toISOString()),
    ]);
    if ((claim?.meta.changes ?? 0) !== 1) continue;
    const profile = JSON.parse(due.record) as VolunteerProfile;
    const point =
      district.coordinationPoints.find((p) => p.id === due.coordination_point)?.name ??
      district.name;
    // The page opens in the volunteer's own language where we have it.
    const url = linkIn(`${config.workspaceUrl}/v/r/${link.token}`, mailLocaleOf(profile.languages));
    try {
      await sendMail(env.MAIL, config.mailFrom, {
        to: profile.contact.email,
        subject: "Hat der Termin stattgefunden?",
        text: [
          `Guten Tag ${profile.displayName},`,
          "",
          `am ${formatDay(due.appointment_date, "de")} war Ihre Begleitung (${categoryName(due.category, "de")}) geplant. Hat der Termin stattgefunden? Ein Klick genügt:`,
          "",
          url,
          "",
          `Der Link gilt ${FOLLOW_UP_DAYS} Tage. Vielen Dank für Ihren Einsatz!`,
          "",
          "Viele Grüße",
          point,
        ].join("\n"),
      });
      sent++;
    } catch (error) {
      if (!(error instanceof MailFailed)) throw error;
      await recordMailFailed(env.DB, due.case_id, due.assignment_id, now);
    }
  }
  return sent;
}

/** The volunteer's answer through the follow-up link, once. */
export function followUpStatements(
  db: D1Database,
  target: { linkId: string; assignmentId: string; caseId: string },
  answer: "yes" | "postponed" | "no",
  now: Date,
): D1PreparedStatement[] {
  const at = now.toISOString();
  const usedNow = "EXISTS (SELECT 1 FROM volunteer_links WHERE id = ?1 AND used_at = ?2)";
  return [
    db
      .prepare(
        `UPDATE volunteer_links SET used_at = ?2
         WHERE id = ?1 AND used_at IS NULL AND expires_at > ?2
           AND EXISTS (SELECT 1 FROM assignments WHERE id = ?3 AND state = 'accepted' AND follow_up IS NULL)`,
      )
      .bind(target.linkId, at, target.assignmentId),
    db
      .prepare(
        `UPDATE assignments SET follow_up = ?4, follow_up_at = ?2
         WHERE id = ?3 AND follow_up IS NULL AND ${usedNow}`,
      )
      .bind(target.linkId, at, target.assignmentId, answer),
    db
      .prepare(
        `INSERT INTO case_events (case_id, at, actor_type, event, assignment_id, detail)
         SELECT ?3, ?2, 'volunteer', 'follow_up', ?4, json_object('answer', ?5) WHERE ${usedNow}`,
      )
      .bind(target.linkId, at, target.caseId, target.assignmentId, answer),
  ];
}
