/*
 * What the volunteers' pages say, in German and English. A volunteer has no account and
 * may read German as a second language: short sentences, one thing per page.
 */

export type PageLocale = "de" | "en";

export const PAGE_TEXTS = {
  de: {
    lang: "de",
    site: "Integrationspatinnen und -paten",
    switchTo: "English",
    invalidTitle: "Dieser Link ist ungültig",
    invalidText:
      "Der Link ist nicht vollständig oder wurde nicht von uns verschickt. Bitte nutzen Sie den Link aus Ihrer E-Mail oder wenden Sie sich an Ihre Koordinierungsstelle.",
    expiredTitle: "Dieser Link ist abgelaufen",
    expiredText:
      "Die Zeit für eine Antwort ist vorbei; die Koordinierungsstelle fragt inzwischen jemand anderen. Vielen Dank trotzdem!",
    usedTitle: "Sie haben schon geantwortet",
    usedText:
      "Dieser Link gilt nur für eine Antwort, und die ist bei uns angekommen. Es ändert sich nichts.",
    goneTitle: "Diese Anfrage ist nicht mehr offen",
    goneText:
      "Die Koordinierungsstelle hat die Anfrage zurückgenommen oder abgeschlossen. Sie müssen nichts mehr tun.",
    offerTitle: "Können Sie diese Begleitung übernehmen?",
    kind: "Art der Begleitung",
    place: "Ort",
    times: "Zeiten",
    languages: "Sprachen",
    until: "Bitte antworten Sie bis",
    afterAccept: "Erst nach Ihrer Zusage sehen Sie, wie Sie die anfragende Person erreichen.",
    accept: "Ja, ich übernehme die Begleitung",
    declineLegend: "Nein, ich kann diesmal nicht",
    declineReason: "Warum nicht? (hilft uns bei der nächsten Anfrage)",
    reasons: {
      no_time: "Ich habe zu der Zeit keine Zeit.",
      too_far: "Der Ort ist mir zu weit.",
      not_suitable: "Die Anfrage passt nicht zu mir.",
      other: "Ein anderer Grund.",
    },
    decline: "Absagen",
    acceptedTitle: "Vielen Dank für Ihre Zusage!",
    acceptedText:
      "So erreichen Sie die Person, die um Begleitung gebeten hat. Bitte melden Sie sich in den nächsten zwei Tagen:",
    contactName: "Name",
    contactPhone: "Telefon",
    contactEmail: "E-Mail",
    organisation: "Organisation",
    onBehalf: "Die Anfrage kam von einer Person, die für jemand anderen fragt.",
    description: "Kurze Beschreibung",
    acceptedMail: "Diese Angaben haben wir Ihnen auch per E-Mail geschickt.",
    declinedTitle: "Danke für Ihre Antwort",
    declinedText: "Wir fragen jemand anderen. Bis zum nächsten Mal!",
    takenTitle: "Die Anfrage ist schon vergeben",
    takenText:
      "Inzwischen hat jemand anderes die Begleitung übernommen. Es ändert sich nichts für Sie.",
    staleTitle: "Diese Seite ist nicht mehr aktuell",
    staleText: "Bitte öffnen Sie den Link aus Ihrer E-Mail noch einmal.",
    refusedTitle: "Die Antwort wurde nicht angenommen",
    refusedText:
      "Die Antwort kam nicht von dieser Seite. Bitte öffnen Sie den Link aus Ihrer E-Mail noch einmal.",
    footer:
      "Fragen? Antworten Sie einfach auf die E-Mail, oder rufen Sie Ihre Koordinierungsstelle an.",
  },
  en: {
    lang: "en",
    site: "Integration companions",
    switchTo: "Deutsch",
    invalidTitle: "This link is not valid",
    invalidText:
      "The link is incomplete or was not sent by us. Please use the link from your e-mail or contact your coordination point.",
    expiredTitle: "This link has expired",
    expiredText:
      "The time to answer is over; the coordination point is asking someone else by now. Thank you anyway!",
    usedTitle: "You have already answered",
    usedText: "This link works for one answer only, and we have received it. Nothing changes.",
    goneTitle: "This request is no longer open",
    goneText:
      "The coordination point has withdrawn or closed the request. There is nothing more to do.",
    offerTitle: "Can you accompany this person?",
    kind: "Kind of help",
    place: "Place",
    times: "Times",
    languages: "Languages",
    until: "Please answer by",
    afterAccept: "Only after you accept will you see how to reach the person who asked for help.",
    accept: "Yes, I will accompany them",
    declineLegend: "No, I cannot this time",
    declineReason: "Why not? (it helps us with the next request)",
    reasons: {
      no_time: "I have no time then.",
      too_far: "The place is too far for me.",
      not_suitable: "The request does not suit me.",
      other: "Another reason.",
    },
    decline: "Decline",
    acceptedTitle: "Thank you for accepting!",
    acceptedText:
      "This is how to reach the person who asked for help. Please get in touch within the next two days:",
    contactName: "Name",
    contactPhone: "Phone",
    contactEmail: "E-mail",
    organisation: "Organisation",
    onBehalf: "The request came from someone asking on behalf of another person.",
    description: "Short description",
    acceptedMail: "We have also sent you these details by e-mail.",
    declinedTitle: "Thank you for your answer",
    declinedText: "We will ask someone else. Until next time!",
    takenTitle: "Someone else has taken this request",
    takenText: "Another volunteer has accepted in the meantime. Nothing changes for you.",
    staleTitle: "This page is out of date",
    staleText: "Please open the link from your e-mail again.",
    refusedTitle: "The answer was not accepted",
    refusedText:
      "The answer did not come from this page. Please open the link from your e-mail again.",
    footer: "Questions? Just reply to the e-mail, or call your coordination point.",
  },
} as const;

export type PageTexts = (typeof PAGE_TEXTS)[PageLocale];

/** `?lang=en` or an English browser gets English; everyone else German. */
export function pageLocale(
  query: string | undefined,
  acceptLanguage: string | undefined,
): PageLocale {
  if (query === "en" || query === "de") return query;
  return (acceptLanguage ?? "").trim().toLowerCase().startsWith("en") ? "en" : "de";
}
