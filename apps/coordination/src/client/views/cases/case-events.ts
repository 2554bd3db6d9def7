import type { CaseDetail, CaseEvent } from "../../../shared/api.js";
import { formatDay } from "../../format/dates.js";
import type { Locale } from "../../i18n/locale.js";
import type { Label, Translate } from "../../i18n/use-i18n.js";
import { appointmentText } from "./AppointmentSection.js";

/** A detail value as text, if it is one. */
function text(detail: CaseEvent["detail"], ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = detail?.[key];
    if (typeof value === "string" && value !== "") return value;
  }
  return undefined;
}

/** Who took a step: the coordinator's or volunteer's name while on record, else the role. */
export function eventActor(event: CaseEvent, t: Translate): string {
  if (event.actorType === "system") return t("history.system");
  if (event.actorName) return event.actorName;
  return event.actorType === "volunteer" ? t("history.volunteer") : t("history.coordinator");
}

/**
 * A step of the history in words. The event's details are ids and short codes (a reason,
 * an outcome, an answer); the volunteer comes from the assignment the step belongs to.
 *
 * @example
 * eventText({ event: "closed", detail: { outcome: "took_place" }, … }, …)
 * //=> "Abgeschlossen („Hat stattgefunden“)"
 */
export function eventText(
  event: CaseEvent,
  detail: CaseDetail,
  t: Translate,
  label: Label,
  locale: Locale,
): string {
  const assignment = detail.assignments.find((a) => a.id === event.assignmentId);
  const d = event.detail;
  switch (event.event) {
    case "forwarded": {
      const name = assignment?.volunteer?.displayName ?? text(d, "volunteerName", "displayName");
      if (event.detail?.resent === true)
        return name ? t("caseEvent.resentTo", { name }) : t("caseEvent.resent");
      return name ? t("caseEvent.forwardedTo", { name }) : t("caseEvent.forwarded");
    }
    case "declined": {
      const reason = text(d, "reason", "declineReason") ?? assignment?.declineReason ?? undefined;
      return reason
        ? t("caseEvent.declinedReason", { reason: label("volunteerDeclineReason.", reason) })
        : t("caseEvent.declined");
    }
    case "withdrawn":
    case "released":
      // The volunteer's record was erased: the system took the offer or the case back.
      return text(d, "reason") === "erased"
        ? t(`caseEvent.${event.event}Erased`)
        : t(`caseEvent.${event.event}`);
    case "appointment": {
      const date = text(d, "date");
      const start = text(d, "start");
      const end = text(d, "end");
      if (!date) return t("caseEvent.appointment");
      const when =
        start && end ? appointmentText({ date, start, end }, t, locale) : formatDay(date, locale);
      return t("caseEvent.appointmentAt", { when });
    }
    case "follow_up": {
      const answer = text(d, "answer", "followUp") ?? assignment?.followUp ?? undefined;
      return answer
        ? t("caseEvent.followUpAnswer", { answer: label("followUp.", answer) })
        : t("caseEvent.follow_up");
    }
    case "closed": {
      const outcome = text(d, "outcome");
      return outcome
        ? t("caseEvent.closedOutcome", { outcome: label("caseOutcome.", outcome) })
        : t("caseEvent.closed");
    }
    default:
      return t(`caseEvent.${event.event}`);
  }
}
