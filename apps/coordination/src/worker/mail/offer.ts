import type { Mail } from "./send.js";
import {
  categoryName,
  formatInstant,
  languageList,
  type MailLocale,
  municipalityName,
  preferredTimes,
  type RequestFacts,
} from "./texts.js";

/*
 * The offer to a volunteer: what the request is about (type, municipality, times,
 * languages — nothing that names or reaches the requester) and one link to answer.
 */

function section(
  locale: MailLocale,
  facts: RequestFacts,
  name: string,
  link: string,
  until: string,
) {
  if (locale === "de") {
    return [
      `Guten Tag ${name},`,
      "",
      "wir suchen eine Begleitung und fragen Sie, ob Sie sie übernehmen können:",
      "",
      `  Art der Begleitung: ${categoryName(facts.category, "de")}`,
      `  Ort: ${municipalityName(facts.municipality)}`,
      `  Zeiten: ${preferredTimes(facts, "de")}`,
      `  Sprachen: ${languageList(facts.languages, "de")}`,
      "",
      "Bitte sagen Sie zu oder ab:",
      link,
      "",
      `Der Link gilt bis ${formatInstant(until, "de")} und nur für eine Antwort. Erst nach Ihrer Zusage sehen Sie, wie Sie die anfragende Person erreichen. Antworten Sie nicht, fragen wir danach jemand anderen.`,
    ];
  }
  return [
    `Hello ${name},`,
    "",
    "we are looking for someone to accompany a person and would like to ask you:",
    "",
    `  Kind of help: ${categoryName(facts.category, "en")}`,
    `  Place: ${municipalityName(facts.municipality)}`,
    `  Times: ${preferredTimes(facts, "en")}`,
    `  Languages: ${languageList(facts.languages, "en")}`,
    "",
    "Please accept or decline:",
    link,
    "",
    `The link works until ${formatInstant(until, "en")} and for one answer only. Only after you accept will you see how to reach the person. If you do not answer, we will ask someone else.`,
  ];
}

/** The offer e-mail: German, then the volunteer's language where we have it. */
export function offerMail(options: {
  to: string;
  volunteerName: string;
  facts: RequestFacts;
  link: string;
  expiresAt: string;
  pointName: string;
  second: MailLocale | undefined;
}): Mail {
  const { facts, volunteerName, link, expiresAt, pointName, second } = options;
  const lines = section("de", facts, volunteerName, link, expiresAt);
  lines.push("", "Viele Grüße", pointName);
  if (second && second !== "de") {
    lines.push("", "— English —", "", ...section(second, facts, volunteerName, link, expiresAt));
    lines.push("", "Kind regards", pointName);
  }
  return {
    to: options.to,
    subject: `Anfrage: ${categoryName(facts.category, "de")} in ${municipalityName(facts.municipality)}`,
    text: lines.join("\n"),
  };
}
