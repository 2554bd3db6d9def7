/**
 * The certificate check: a number, optionally the holder's name, and the result. The same
 * markup is the plain HTML form (rendered at build time; without JavaScript it sends a GET
 * to the forms worker, which answers with a result page) and the island (hydrated: checks
 * the number with the domain's rules before asking, fetches JSON and shows the result in a
 * live region, so screen readers announce it without moving focus).
 */
import { FORM_META_FIELDS } from "@integrationspaten/domain";
import { type SubmitEvent, useCallback, useEffect, useRef, useState } from "react";
import {
  askWorker,
  type CertificateCheckProps,
  CHECK_PARAMETERS,
  type CheckAnswer,
  type CheckOutcome,
  checkNumber,
  formatCalendarDate,
} from "./certificate-check-model";
import { type Strings, stringsOf } from "./strings";

type Shown = Exclude<CheckOutcome, { kind: "invalid" }>;

/** Longest input the fields take; the worker refuses longer names to match anyway. */
const MAX_NUMBER_LENGTH = 40;
const MAX_NAME_LENGTH = 200;

function describedBy(...ids: (string | false | undefined)[]): string {
  return ids.filter((id): id is string => typeof id === "string" && id !== "").join(" ");
}

function ResultView(props: {
  answer: CheckAnswer;
  nameGiven: boolean;
  locale: string;
  idPrefix: string;
  t: Strings;
}) {
  const { answer, locale, t } = props;
  const date = (value: string) => formatCalendarDate(value, locale);
  const titleId = `${props.idPrefix}-result-title`;
  const nameNote =
    answer.holder !== undefined
      ? t("certificateCheck.result.nameMatched")
      : props.nameGiven
        ? t("certificateCheck.result.nameNotConfirmed")
        : t("certificateCheck.result.nameNone");
  return (
    <section
      className={`check-result check-result--${answer.result}`}
      aria-labelledby={titleId}
      data-result={answer.result}
    >
      <h2 id={titleId}>{t(`certificateCheck.result.${answer.result}.title`)}</h2>
      <p>{t(`certificateCheck.result.${answer.result}.text`)}</p>
      <dl className="check-result__facts">
        <dt>{t("certificateCheck.result.number")}</dt>
        <dd className="check-result__number">{answer.number}</dd>
        {answer.result !== "unknown" && (
          <>
            <dt>{t("certificateCheck.result.district")}</dt>
            <dd lang={locale === "de" ? undefined : "de"}>{answer.district}</dd>
            {answer.issuedOn && (
              <>
                <dt>{t("certificateCheck.result.issuedOn")}</dt>
                <dd>{date(answer.issuedOn)}</dd>
              </>
            )}
            <dt>{t("certificateCheck.result.validUntil")}</dt>
            <dd>
              {answer.validUntil ? date(answer.validUntil) : t("certificateCheck.result.noExpiry")}
            </dd>
            {answer.revokedOn && (
              <>
                <dt>{t("certificateCheck.result.revokedOn")}</dt>
                <dd>{date(answer.revokedOn)}</dd>
              </>
            )}
            {answer.holder !== undefined && (
              <>
                <dt>{t("certificateCheck.result.holder")}</dt>
                <dd>{answer.holder}</dd>
              </>
            )}
          </>
        )}
      </dl>
      {answer.result !== "unknown" && <p>{nameNote}</p>}
    </section>
  );
}

export default function CertificateCheckForm(props: CertificateCheckProps) {
  const t = stringsOf(props.strings);
  const { idPrefix, locale } = props;
  const formRef = useRef<HTMLFormElement>(null);
  const numberRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const [numberError, setNumberError] = useState<string | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [sending, setSending] = useState(false);
  const sendingRef = useRef(false);

  const numberId = `${idPrefix}-number`;
  const nameId = `${idPrefix}-name`;

  /** Checks what the fields hold; moves focus to the number when it cannot be right. */
  const run = useCallback(
    async (focusOnError: boolean) => {
      if (sendingRef.current) return;
      const checked = checkNumber(numberRef.current?.value ?? "", locale);
      if (!checked.ok) {
        setShown(null);
        setNumberError(checked.message);
        if (focusOnError) numberRef.current?.focus();
        return;
      }
      setNumberError(null);
      sendingRef.current = true;
      setSending(true);
      const outcome = await askWorker({
        action: props.action,
        number: checked.number,
        name: nameRef.current?.value ?? "",
        locale,
      });
      sendingRef.current = false;
      setSending(false);
      if (outcome.kind === "invalid") {
        setShown(null);
        setNumberError(outcome.message);
        if (focusOnError) numberRef.current?.focus();
      } else {
        setShown(outcome);
      }
    },
    [locale, props.action],
  );

  useEffect(() => {
    // With JavaScript the island checks the number itself, with the domain's messages.
    if (formRef.current) formRef.current.noValidate = true;
    // A printed certificate links here with its number: fill it in and check at once.
    // After hydration, so the server-rendered markup and the first render agree.
    const number = new URLSearchParams(window.location.search).get(props.numberParameter);
    const input = numberRef.current;
    if (number && input && input.value === "") {
      input.value = number.slice(0, MAX_NUMBER_LENGTH);
      void run(false);
    }
  }, [props.numberParameter, run]);

  const onSubmit = useCallback(
    (event: SubmitEvent<HTMLFormElement>) => {
      event.preventDefault();
      void run(true);
    },
    [run],
  );

  const problem = shown && shown.kind !== "answer" ? shown.kind : null;

  return (
    <>
      <form
        className="form check-form"
        ref={formRef}
        action={props.action}
        method="get"
        acceptCharset="utf-8"
        onSubmit={onSubmit}
        aria-labelledby={`${idPrefix}-title`}
      >
        <h2 id={`${idPrefix}-title`}>{t("certificateCheck.form.heading")}</h2>
        <input type="hidden" name={FORM_META_FIELDS.locale} value={locale} />
        <div className={numberError ? "form-group form-group--error" : "form-group"}>
          <label className="label" htmlFor={numberId}>
            {t("certificateCheck.number.label")}{" "}
            <span className="label__status">({t("form.required")})</span>
          </label>
          <p className="hint" id={`${numberId}-hint`}>
            {t("certificateCheck.number.hint")}
          </p>
          {numberError && (
            <p className="field-error" id={`${numberId}-error`}>
              <span>{t("form.errorPrefix")}</span> {numberError}
            </p>
          )}
          <input
            ref={numberRef}
            className="input--code"
            id={numberId}
            name={CHECK_PARAMETERS.number}
            type="text"
            required
            maxLength={MAX_NUMBER_LENGTH}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            dir="ltr"
            aria-invalid={numberError ? true : undefined}
            aria-describedby={describedBy(`${numberId}-hint`, !!numberError && `${numberId}-error`)}
          />
        </div>
        <div className="form-group">
          <label className="label" htmlFor={nameId}>
            {t("certificateCheck.name.label")}{" "}
            <span className="label__status">({t("form.optional")})</span>
          </label>
          <p className="hint" id={`${nameId}-hint`}>
            {t("certificateCheck.name.hint")}
          </p>
          <input
            ref={nameRef}
            id={nameId}
            name={CHECK_PARAMETERS.name}
            type="text"
            maxLength={MAX_NAME_LENGTH}
            // The holder's name, not the visitor's own: no autofill.
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${nameId}-hint`}
          />
        </div>
        <button type="submit" className="button" disabled={sending} aria-disabled={sending}>
          {sending ? t("certificateCheck.checking") : t("certificateCheck.submit")}
        </button>
      </form>
      <div
        className="check-result-region"
        role="status"
        aria-atomic="true"
        id={`${idPrefix}-result`}
      >
        {shown?.kind === "answer" && (
          <ResultView
            answer={shown.answer}
            nameGiven={shown.nameGiven}
            locale={locale}
            idPrefix={idPrefix}
            t={t}
          />
        )}
        {problem && (
          <div className="server-message">
            <p>
              <strong>{t(`certificateCheck.problem.${problem}`)}</strong>
            </p>
          </div>
        )}
      </div>
    </>
  );
}
