import { getSubmission } from "@integrationspaten/database/submissions";
import { type Context, Hono } from "hono";
import { html } from "hono/html";
import { z } from "zod";
import {
  FOLLOW_UP_ANSWERS,
  VOLUNTEER_DECLINE_REASONS,
  type VolunteerProfile,
} from "../../shared/api.js";
import { workspaceDistrict } from "../../shared/district.js";
import { volunteerFeed } from "../cases/feed.js";
import { followUpStatements } from "../cases/follow-up.js";
import { verifyToken } from "../cases/link-token.js";
import { type Config, configOf } from "../config.js";
import { acceptanceMail } from "../mail/offer.js";
import { requesterMail } from "../mail/requester.js";
import { MailFailed, sendMail } from "../mail/send.js";
import {
  categoryLabel,
  formatInstant,
  languageList,
  mailLocaleOf,
  municipalityName,
  preferredTimes,
  type RequestFacts,
} from "../mail/texts.js";
import {
  answerStatements,
  type LinkTarget,
  linkTarget,
  recordMailFailed,
} from "../storage/cases.js";
import { type LanguageHref, notice, PAGE_CSS, page } from "./page.js";
import { PAGE_TEXTS, type PageLocale, pageLocale } from "./texts.js";

/*
 * The volunteers' side of an offer, without an account: `/v/<token>` shows what the
 * request is about and two answers. Opening the link changes nothing (mail scanners open
 * links too); only the form's POST answers, once, before the link expires. A forged,
 * expired, used or outdated link gets a page that says so in the volunteer's language,
 * and nothing changes. These paths are outside Cloudflare Access (README, "Going live").
 */

type VolunteerEnv = { Bindings: Env; Variables: { config: Config; locale: PageLocale } };
type PageContext = Context<VolunteerEnv>;

const answerSchema = z.discriminatedUnion("answer", [
  z.object({ answer: z.literal("accept"), assignment: z.string().max(80) }),
  z.object({
    answer: z.literal("decline"),
    assignment: z.string().max(80),
    reason: z.enum(VOLUNTEER_DECLINE_REASONS).default("other"),
  }),
]);

/** The same page in another language (the link's token stays, `?lang=` changes). */
function languageHref(c: PageContext): LanguageHref {
  const url = new URL(c.req.url);
  return (locale) => {
    url.searchParams.set("lang", locale);
    return `${url.pathname}${url.search}`;
  };
}

function say(c: PageContext, status: 200 | 400 | 403 | 404 | 409 | 410, key: keyof typeof NOTICES) {
  const t = PAGE_TEXTS[c.get("locale")];
  const [title, text] = NOTICES[key];
  return c.html(notice(c.get("locale"), t[title], t[text], languageHref(c)), status);
}

const NOTICES = {
  invalid: ["invalidTitle", "invalidText"],
  expired: ["expiredTitle", "expiredText"],
  used: ["usedTitle", "usedText"],
  gone: ["goneTitle", "goneText"],
  taken: ["takenTitle", "takenText"],
  stale: ["staleTitle", "staleText"],
  refused: ["refusedTitle", "refusedText"],
  declined: ["declinedTitle", "declinedText"],
} as const;

/** Only the page itself may answer: a form elsewhere cannot click for the volunteer. */
function crossSite(c: PageContext): boolean {
  const site = c.req.header("sec-fetch-site");
  const origin = c.req.header("origin");
  return Boolean(
    (site && site !== "same-origin") || (origin && origin !== new URL(c.req.url).origin),
  );
}

const followUpSchema = z.object({
  answer: z.enum(FOLLOW_UP_ANSWERS),
  assignment: z.string().max(80),
});

async function followUpTarget(c: PageContext): Promise<LinkTarget | undefined> {
  const token = c.req.param("token") ?? "";
  const linkId = await verifyToken(c.get("config").linkSecret, "follow_up", token);
  const target = linkId ? await linkTarget(c.env.DB, linkId) : undefined;
  return target?.purpose === "follow_up" ? target : undefined;
}

/** Why a follow-up link cannot be answered (any more). */
function followUpClosed(target: LinkTarget, now: Date): keyof typeof NOTICES | undefined {
  if (target.usedAt || target.followUp) return "used";
  if (target.assignmentState !== "accepted" || target.anonymised) return "gone";
  if (target.expiresAt <= now.toISOString()) return "expired";
  return undefined;
}

/** Why a link cannot be answered (any more), or undefined while it can. */
function closedReason(target: LinkTarget, now: Date): keyof typeof NOTICES | undefined {
  if (target.usedAt) return "used";
  if (target.assignmentState === "expired") return "expired";
  if (target.assignmentState !== "offered" || target.caseState === "closed" || target.anonymised)
    return "gone";
  if (target.expiresAt <= now.toISOString()) return "expired";
  return undefined;
}

async function targetOf(c: PageContext): Promise<LinkTarget | undefined> {
  const token = c.req.param("token") ?? "";
  const linkId = await verifyToken(c.get("config").linkSecret, "answer", token);
  const target = linkId ? await linkTarget(c.env.DB, linkId) : undefined;
  return target?.purpose === "answer" ? target : undefined;
}

function factsOf(payload: Record<string, unknown>): RequestFacts {
  return {
    category: String(payload.category ?? ""),
    municipality: String(payload.municipality ?? ""),
    languages: Array.isArray(payload.languages) ? (payload.languages as string[]) : [],
    preferredDate: typeof payload.preferredDate === "string" ? payload.preferredDate : undefined,
    weekdays: Array.isArray(payload.weekdays) ? (payload.weekdays as number[]) : [],
    timesOfDay: Array.isArray(payload.timesOfDay)
      ? (payload.timesOfDay as RequestFacts["timesOfDay"])
      : [],
  };
}

function factList(locale: PageLocale, facts: RequestFacts) {
  const t = PAGE_TEXTS[locale];
  const kind = categoryLabel(facts.category, locale);
  return html`<dl>
    <dt>${t.kind}</dt><dd lang="${kind.lang}">${kind.text}</dd>
    <dt>${t.place}</dt><dd>${municipalityName(facts.municipality)}</dd>
    <dt>${t.times}</dt><dd>${preferredTimes(facts, locale)}</dd>
    <dt>${t.languages}</dt><dd>${languageList(facts.languages, locale)}</dd>
  </dl>`;
}

export const volunteerPages = new Hono<VolunteerEnv>()
  .use(async (c, next) => {
    const config = configOf(c.env);
    if (!config.ok) return c.text("misconfigured", 500);
    c.set("config", config.config);
    c.set("locale", pageLocale(c.req.query("lang"), c.req.header("accept-language")));
    await next();
    // A page with a person's contact must never be cached, framed or sent on.
    if (!c.res.headers.has("cache-control")) c.header("cache-control", "no-store");
    c.header("x-content-type-options", "nosniff");
    // Not "no-referrer": with it, browsers send `Origin: null` on the page's own form, which
    // the check below would have to let through. The token never leaves this origin.
    c.header("referrer-policy", "same-origin");
    c.header(
      "content-security-policy",
      "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
  })
  .get("/seite.css", (c) =>
    c.body(String(PAGE_CSS), 200, { "content-type": "text/css; charset=utf-8" }),
  )
  .get("/kalender/:file", async (c) => {
    // `<token>.ics`: the volunteer's own feed, no account; a rotated key stops at once.
    const file = c.req.param("file");
    const token = file.endsWith(".ics") ? file.slice(0, -4) : "";
    const key = token ? await verifyToken(c.get("config").linkSecret, "feed", token) : undefined;
    const volunteer = key
      ? await c.env.DB.prepare(
          "SELECT id FROM volunteers WHERE feed_key = ?1 AND status <> 'retired'",
        )
          .bind(key)
          .first<{ id: string }>()
      : null;
    if (!volunteer)
      return c.text(
        "Dieser Kalender existiert nicht (mehr). / This calendar does not exist (any more).",
        404,
      );
    const ics = await volunteerFeed(c.env.DB, volunteer.id, new Date());
    c.header("cache-control", "private, max-age=300");
    return c.body(ics, 200, { "content-type": "text/calendar; charset=utf-8" });
  })
  .get("/r/:token", async (c) => {
    const locale = c.get("locale");
    const t = PAGE_TEXTS[locale];
    const target = await followUpTarget(c);
    if (!target) return say(c, 404, "invalid");
    const reason = followUpClosed(target, new Date());
    if (reason) return say(c, reason === "used" ? 409 : 410, reason);
    const body = html`<p>${t.followUpText}</p>
      ${FOLLOW_UP_ANSWERS.map(
        (a) => html`<form method="post">
          <input type="hidden" name="answer" value="${a}" />
          <input type="hidden" name="assignment" value="${target.assignmentId}" />
          <button class="${a === "yes" ? "primary" : "secondary"}" type="submit">${t.followUpAnswers[a]}</button>
        </form>`,
      )}`;
    return c.html(page({ locale, title: t.followUpTitle, body, languageHref: languageHref(c) }));
  })
  .post("/r/:token", async (c) => {
    const locale = c.get("locale");
    const t = PAGE_TEXTS[locale];
    if (crossSite(c)) return say(c, 403, "refused");
    const target = await followUpTarget(c);
    if (!target) return say(c, 404, "invalid");
    const form = followUpSchema.safeParse(Object.fromEntries(await c.req.formData()));
    if (!form.success) return say(c, 400, "stale");
    if (form.data.assignment !== target.assignmentId) return say(c, 409, "stale");
    const now = new Date();
    const before = followUpClosed(target, now);
    if (before) return say(c, before === "used" ? 409 : 410, before);
    const [used] = await c.env.DB.batch(
      followUpStatements(c.env.DB, target, form.data.answer, now),
    );
    if ((used?.meta.changes ?? 0) !== 1) return say(c, 409, "used");
    return c.html(notice(locale, t.followUpThanksTitle, t.followUpThanksText, languageHref(c)));
  })
  .get("/:token", async (c) => {
    const locale = c.get("locale");
    const t = PAGE_TEXTS[locale];
    const target = await targetOf(c);
    if (!target) return say(c, 404, "invalid");
    const reason = closedReason(target, new Date());
    if (reason) return say(c, reason === "used" ? 409 : 410, reason);
    const submission = await getSubmission(c.env.DB, target.caseId);
    if (!submission) return say(c, 410, "gone");
    const body = html`${factList(locale, factsOf(submission.payload as Record<string, unknown>))}
      <p>${t.until} <strong>${formatInstant(target.expiresAt, locale)}</strong>.</p>
      <p>${t.afterAccept}</p>
      <form method="post">
        <input type="hidden" name="answer" value="accept" />
        <input type="hidden" name="assignment" value="${target.assignmentId}" />
        <button class="primary" type="submit">${t.accept}</button>
      </form>
      <form method="post">
        <input type="hidden" name="answer" value="decline" />
        <input type="hidden" name="assignment" value="${target.assignmentId}" />
        <fieldset>
          <legend>${t.declineLegend}</legend>
          <p>${t.declineReason}</p>
          ${VOLUNTEER_DECLINE_REASONS.map(
            (r) =>
              html`<label><input type="radio" name="reason" value="${r}" ${r === "other" ? "checked" : ""} /> ${t.reasons[r]}</label>`,
          )}
        </fieldset>
        <button class="secondary" type="submit">${t.decline}</button>
      </form>`;
    return c.html(page({ locale, title: t.offerTitle, body, languageHref: languageHref(c) }));
  })
  .post("/:token", async (c) => {
    const locale = c.get("locale");
    const t = PAGE_TEXTS[locale];
    const config = c.get("config");
    if (crossSite(c)) return say(c, 403, "refused");
    const target = await targetOf(c);
    if (!target) return say(c, 404, "invalid");
    const form = answerSchema.safeParse(Object.fromEntries(await c.req.formData()));
    if (!form.success) return say(c, 400, "stale");
    if (form.data.assignment !== target.assignmentId) return say(c, 409, "stale");
    const now = new Date();
    const before = closedReason(target, now);
    if (before) return say(c, before === "used" ? 409 : 410, before);

    let results: D1Result[];
    try {
      results = await c.env.DB.batch(
        answerStatements(
          c.env.DB,
          target,
          form.data.answer === "accept"
            ? { accept: true }
            : { accept: false, reason: form.data.reason },
          now,
        ),
      );
    } catch (error) {
      // The unique index: someone else's acceptance won.
      if (String(error).includes("UNIQUE")) return say(c, 409, "taken");
      throw error;
    }
    if ((results[0]?.meta.changes ?? 0) !== 1) {
      // Lost a race (a second click, the expiry job, a withdrawal): say what holds now.
      const now2 = new Date();
      const after = await linkTarget(c.env.DB, target.linkId);
      return say(c, 409, (after && closedReason(after, now2)) ?? "used");
    }
    if (form.data.answer === "decline") return say(c, 200, "declined");

    const submission = await getSubmission(c.env.DB, target.caseId);
    const payload = (submission?.payload ?? {}) as Record<string, string | undefined>;
    await tellAboutAcceptance(c.env, config, target, payload, submission?.locale ?? "de", locale);
    const body = html`<p>${t.acceptedText}</p>
      <dl>
        <dt>${t.contactName}</dt><dd>${payload.contactName ?? ""}</dd>
        ${payload.contactPhone ? html`<dt>${t.contactPhone}</dt><dd><a href="tel:${payload.contactPhone.replace(/[^+0-9]/g, "")}" dir="ltr">${payload.contactPhone}</a></dd>` : ""}
        ${payload.contactEmail ? html`<dt>${t.contactEmail}</dt><dd><a href="mailto:${payload.contactEmail}" dir="ltr">${payload.contactEmail}</a></dd>` : ""}
        ${payload.organisation ? html`<dt>${t.organisation}</dt><dd>${payload.organisation}</dd>` : ""}
      </dl>
      ${payload.requesterRole === "on_behalf" ? html`<p>${t.onBehalf}</p>` : ""}
      ${factList(locale, factsOf(payload))}
      ${payload.description ? html`<p><strong>${t.description}:</strong> ${payload.description}</p>` : ""}
      <p>${t.acceptedMail}</p>`;
    return c.html(page({ locale, title: t.acceptedTitle, body, languageHref: languageHref(c) }));
  });

/**
 * After an acceptance: the requester (if they left an e-mail address) hears that someone
 * will be in touch; the volunteer gets the contact details by e-mail too. A refusal of
 * the binding is written into the case's history and does not undo the acceptance.
 */
async function tellAboutAcceptance(
  env: Env,
  config: Config,
  target: LinkTarget,
  payload: Record<string, string | undefined>,
  requesterLocale: string,
  answeredIn: PageLocale,
) {
  const { district } = workspaceDistrict();
  const caseRow = await env.DB.prepare("SELECT coordination_point FROM help_cases WHERE id = ?1")
    .bind(target.caseId)
    .first<{ coordination_point: string }>();
  const point =
    district.coordinationPoints.find((p) => p.id === caseRow?.coordination_point)?.name ??
    district.name;
  const failed = async () => {
    await recordMailFailed(env.DB, target.caseId, target.assignmentId, new Date());
  };
  const send = async (mail: Parameters<typeof sendMail>[2]) => {
    try {
      await sendMail(env.MAIL, config.mailFrom, mail);
    } catch (error) {
      if (!(error instanceof MailFailed)) throw error;
      await failed();
    }
  };
  if (payload.contactEmail) {
    await send(
      requesterMail({
        to: payload.contactEmail,
        name: payload.contactName ?? "",
        locale: requesterLocale,
        pointName: point,
      }),
    );
  }
  const volunteer = target.volunteerId
    ? await env.DB.prepare("SELECT record FROM volunteers WHERE id = ?1")
        .bind(target.volunteerId)
        .first<{ record: string }>()
    : null;
  if (volunteer) {
    const profile = JSON.parse(volunteer.record) as VolunteerProfile;
    await send(
      acceptanceMail({
        to: profile.contact.email,
        volunteerName: profile.displayName,
        contact: {
          name: payload.contactName ?? "",
          phone: payload.contactPhone,
          email: payload.contactEmail,
          organisation: payload.organisation,
        },
        pointName: point,
        // The language the volunteer answered in, or else their own.
        second: answeredIn === "de" ? mailLocaleOf(profile.languages) : answeredIn,
      }),
    );
  }
}
