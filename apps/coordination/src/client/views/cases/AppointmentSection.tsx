import { useState } from "react";
import { type Appointment, appointmentSchema, type CaseDetail } from "../../../shared/api.js";
import { saveAppointment } from "../../api/cases.js";
import { formatDay } from "../../format/dates.js";
import type { Locale } from "../../i18n/locale.js";
import type { Translate } from "../../i18n/use-i18n.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Button } from "../../ui/Button.js";
import { ErrorSummary } from "../../ui/ErrorSummary.js";
import { fieldId } from "../../ui/form-issues.js";
import { type SaveResult, StatusMessage } from "../../ui/StatusMessage.js";
import { TextField } from "../../ui/TextField.js";
import { useFormSubmit } from "../../ui/use-form-submit.js";
import { withoutBlanks } from "../../ui/without-blanks.js";
import { useCaseAction } from "./use-case-action.js";

const FORM_ID = "appointment";

interface Draft {
  date: string;
  start: string;
  end: string;
  place: string;
}

/** „Di., 03.12.2026, 10:00–11:30 Uhr, Rathaus Alzey“ */
export function appointmentText(a: Appointment, t: Translate, locale: Locale): string {
  const when = t("appointment.when", {
    date: formatDay(a.date, locale),
    start: a.start,
    end: a.end,
  });
  return a.place ? `${when}, ${a.place}` : when;
}

/**
 * The agreed appointment: shown, and (while the case is not closed) entered or changed —
 * the date the requester named is filled in as a start.
 */
export function AppointmentSection({ detail }: { detail: CaseDetail }) {
  const { t, locale } = useI18n();
  const editable = detail.state !== "closed";
  return (
    <section className="kern-stack-md page-section" aria-labelledby="appointment-title">
      <h2 className="kern-heading-medium" id="appointment-title">
        {t("appointment.title")}
      </h2>
      <p className="kern-body">
        {detail.appointment
          ? t("appointment.current", { when: appointmentText(detail.appointment, t, locale) })
          : t("appointment.none")}
      </p>
      {editable ? <AppointmentForm detail={detail} /> : null}
    </section>
  );
}

function AppointmentForm({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>(() => ({
    date: detail.appointment?.date ?? detail.preferredDate ?? "",
    start: detail.appointment?.start ?? "",
    end: detail.appointment?.end ?? "",
    place: detail.appointment?.place ?? "",
  }));
  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const save = useCaseAction({
    caseId: detail.id,
    send: (appointment: Appointment) => saveAppointment(detail.id, appointment),
    inForm: true,
  });
  // Saved is said only when it was (a case closed meanwhile is reported by the page).
  const [result, setResult] = useState<SaveResult | null>(null);
  const form = useFormSubmit<Appointment>({
    schema: appointmentSchema,
    send: async (appointment) => {
      const saved = await save.run(appointment);
      if (saved) setResult({ kind: "success", message: t("appointment.saved") });
    },
  });
  return (
    <form
      id={FORM_ID}
      className="kern-stack-md form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setResult(null);
        void form.submit(withoutBlanks<Appointment>({ ...draft }));
      }}
    >
      <ErrorSummary formId={FORM_ID} message={form.message} issues={form.issues} />
      <div className="field-row">
        <TextField
          id={fieldId(FORM_ID, "date")}
          label={t("appointment.date")}
          type="date"
          value={draft.date}
          error={form.issueFor("date")}
          onChange={(date) => change({ date })}
          required
        />
        <TextField
          id={fieldId(FORM_ID, "start")}
          label={t("appointment.start")}
          type="time"
          value={draft.start}
          error={form.issueFor("start")}
          onChange={(start) => change({ start })}
          required
        />
        <TextField
          id={fieldId(FORM_ID, "end")}
          label={t("appointment.end")}
          type="time"
          value={draft.end}
          error={form.issueFor("end")}
          onChange={(end) => change({ end })}
          required
        />
      </div>
      <TextField
        id={fieldId(FORM_ID, "place")}
        label={t("appointment.place")}
        hint={t("appointment.placeHint")}
        value={draft.place}
        error={form.issueFor("place")}
        onChange={(place) => change({ place })}
        maxLength={200}
        optional
      />
      <div className="form__actions">
        <Button type="submit" variant="secondary" icon="calendar-today" disabled={form.pending}>
          {detail.appointment ? t("appointment.change") : t("appointment.save")}
        </Button>
      </div>
      <StatusMessage result={result} />
    </form>
  );
}
