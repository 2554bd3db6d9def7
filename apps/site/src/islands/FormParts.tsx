/**
 * Building blocks of the two forms. The same markup is the plain HTML form (rendered at
 * build time, posting to the worker without JavaScript) and the island (hydrated: validates
 * on the client, sends JSON, shows errors). Accessibility: every control has a label, hints
 * and errors are linked with aria-describedby, invalid controls carry aria-invalid, errors
 * say "Error:" in words and are never shown by colour alone.
 */
import { FORM_META_FIELDS, type SubmissionKind } from "@integrationspaten/domain";
import {
  type ReactNode,
  type SubmitEvent,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import {
  entriesOf,
  type FieldError,
  type FormProps,
  fieldId,
  languageRowsOf,
  newIdempotencyKey,
  type Option,
  type SubmitOutcome,
  submitToWorker,
  validateEntries,
} from "./form-model";
import type { Strings } from "./strings";

// In a module of its own, so that an island without a form (the certificate check) can use
// it without pulling the forms' schemas into its bundle.
export { type Strings, stringsOf } from "./strings";

type ServerProblem = Exclude<SubmitOutcome["kind"], "accepted" | "invalid">;

export interface FormController {
  formRef: React.RefObject<HTMLFormElement | null>;
  errors: FieldError[];
  /** Errors came from the worker (422) rather than from the client's own check. */
  errorsFromServer: boolean;
  problem: ServerProblem | null;
  sending: boolean;
  startedAt: number;
  errorFor: (key: string) => FieldError | undefined;
  onSubmit: (event: SubmitEvent<HTMLFormElement>) => void;
  summaryRef: React.RefObject<HTMLDivElement | null>;
  problemRef: React.RefObject<HTMLDivElement | null>;
}

/**
 * State and submit flow of a form island. Validation failures and server problems move
 * focus to the message, so keyboard and screen reader users learn what happened at once;
 * nothing typed is ever lost.
 */
export function useFormController(kind: SubmissionKind, props: FormProps): FormController {
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const keyRef = useRef<string | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [errorsFromServer, setErrorsFromServer] = useState(false);
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const [sending, setSending] = useState(false);
  // The build time first (so hydration matches the HTML), the real start once we run.
  const [startedAt, setStartedAt] = useState(props.renderedAt);
  const [focusTick, setFocusTick] = useState(0);

  useEffect(() => {
    // When the page was opened, not when the island came (at the visitor's first touch).
    setStartedAt(Math.round(performance.timeOrigin));
    // With JavaScript the island validates itself, with the domain's messages.
    if (formRef.current) formRef.current.noValidate = true;
  }, []);

  // Focus moves in the commit that shows the message (a layout effect). A plain effect runs
  // after the browser has painted, under Preact (the browser's React) a frame later: the
  // message would show without focus, and keys pressed meanwhile would go to the form.
  useLayoutEffect(() => {
    if (focusTick === 0) return;
    if (problem) problemRef.current?.focus();
    else summaryRef.current?.focus();
  }, [focusTick, problem]);

  const onSubmit = useCallback(
    (event: SubmitEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = event.currentTarget;
      if (sending) return;
      const entries = entriesOf(form);
      const outcome = validateEntries(kind, entries, props);
      if (!outcome.ok) {
        setProblem(null);
        setErrors(outcome.errors);
        setErrorsFromServer(false);
        setFocusTick((n) => n + 1);
        return;
      }
      setErrors([]);
      setProblem(null);
      setSending(true);
      keyRef.current ??= newIdempotencyKey();
      void submitToWorker(kind, {
        action: props.action,
        locale: props.locale,
        payload: outcome.payload,
        honeypot: outcome.honeypot,
        startedAt,
        idempotencyKey: keyRef.current,
        languageRows: languageRowsOf(entries),
      }).then((result) => {
        if (result.kind === "accepted") {
          window.location.assign(props.thanksPath);
          return;
        }
        setSending(false);
        if (result.kind === "invalid") {
          // Nothing was stored: the corrected form is a new submission.
          keyRef.current = null;
          setErrors(result.errors);
          setErrorsFromServer(true);
        } else {
          setProblem(result.kind);
        }
        setFocusTick((n) => n + 1);
      });
    },
    [kind, props, sending, startedAt],
  );

  const errorFor = useCallback((key: string) => errors.find((e) => e.key === key), [errors]);

  return {
    formRef,
    errors,
    errorsFromServer,
    problem,
    sending,
    startedAt,
    errorFor,
    onSubmit,
    summaryRef,
    problemRef,
  };
}

/** Moves focus to a field when its entry in the error summary is followed. */
function focusField(id: string, event: React.MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: "center" });
}

export function ErrorSummary(props: {
  controller: FormController;
  idPrefix: string;
  t: Strings;
  /** Where focus goes for a field key (first option of a group). */
  targetOf: (key: string) => string;
}) {
  const { controller, idPrefix, t, targetOf } = props;
  if (controller.errors.length === 0) return null;
  return (
    <div
      className="error-summary"
      ref={controller.summaryRef}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${idPrefix}-error-summary-title`}
    >
      <h2 id={`${idPrefix}-error-summary-title`}>{t("form.errorSummary.heading")}</h2>
      <p>{controller.errorsFromServer ? t("form.server.invalid") : t("form.errorSummary.intro")}</p>
      <ul>
        {controller.errors.map((error) => (
          <li key={error.key}>
            <a
              href={`#${targetOf(error.key)}`}
              onClick={(event) => focusField(targetOf(error.key), event)}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ServerProblemMessage(props: { controller: FormController; t: Strings }) {
  const { controller, t } = props;
  if (!controller.problem) return null;
  return (
    <div className="server-message" ref={controller.problemRef} tabIndex={-1} role="alert">
      <p>
        <strong>{t(`form.server.${controller.problem}`)}</strong>
      </p>
      <p>{t("form.server.keepData")}</p>
    </div>
  );
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === "string" && id !== "");
  return list.length > 0 ? list.join(" ") : undefined;
}

function ErrorMessage(props: { id: string; error: FieldError | undefined; t: Strings }) {
  if (!props.error) return null;
  return (
    <p className="field-error" id={props.id}>
      <span>{props.t("form.errorPrefix")}</span> {props.error.message}
    </p>
  );
}

function LabelText(props: { label: string; required: boolean; t: Strings }) {
  return (
    <>
      {props.label}{" "}
      <span className="label__status">
        ({props.required ? props.t("form.required") : props.t("form.optional")})
      </span>
    </>
  );
}

interface FieldBase {
  idPrefix: string;
  /** Field key; also the `name` unless `name` is given. */
  fieldKey: string;
  name?: string;
  label: string;
  hint?: string | undefined;
  required?: boolean;
  error: FieldError | undefined;
  t: Strings;
}

/** What a single control inside {@link LabelledField} needs for its attributes. */
interface ControlAttributes {
  id: string;
  name: string;
  required: boolean | undefined;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

/**
 * The frame every single-control field shares: label with its required/optional status,
 * hint, error message, and the ids that link them to the control.
 */
function LabelledField(
  props: FieldBase & {
    /** Ids of further hints, e.g. a hint shared by two fields. */
    extraDescribedBy?: string | undefined;
    children: (control: ControlAttributes) => ReactNode;
  },
) {
  const id = fieldId(props.idPrefix, props.fieldKey);
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  return (
    <div className={props.error ? "form-group form-group--error" : "form-group"}>
      <label className="label" htmlFor={id}>
        <LabelText label={props.label} required={!!props.required} t={props.t} />
      </label>
      {props.hint && (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <ErrorMessage id={errorId} error={props.error} t={props.t} />
      {props.children({
        id,
        name: props.name ?? props.fieldKey,
        required: props.required,
        "aria-invalid": props.error ? true : undefined,
        "aria-describedby": describedBy(hintId, props.extraDescribedBy, props.error && errorId),
      })}
    </div>
  );
}

export function TextField(
  props: FieldBase & {
    type?: "text" | "email" | "tel" | "date";
    autoComplete?: string;
    inputMode?: "text" | "email" | "tel" | "numeric";
    maxLength?: number;
    /** Ids of further hints, e.g. a hint shared by two fields. */
    extraDescribedBy?: string;
  },
) {
  return (
    <LabelledField {...props}>
      {(control) => (
        <input
          {...control}
          type={props.type ?? "text"}
          autoComplete={props.autoComplete}
          inputMode={props.inputMode}
          maxLength={props.maxLength}
          dir={props.type === "email" || props.type === "tel" ? "ltr" : undefined}
        />
      )}
    </LabelledField>
  );
}

export function TextArea(props: FieldBase & { maxLength?: number; rows?: number }) {
  return (
    <LabelledField {...props}>
      {(control) => <textarea {...control} rows={props.rows ?? 4} maxLength={props.maxLength} />}
    </LabelledField>
  );
}

export function SelectField(props: FieldBase & { options: Option[]; autoComplete?: string }) {
  return (
    <LabelledField {...props}>
      {(control) => (
        <select {...control} defaultValue="" autoComplete={props.autoComplete}>
          <option value="">{props.t("form.choose")}</option>
          {props.options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}

/**
 * A group of radio buttons or checkboxes in a fieldset. The legend names the group; hint
 * and error are linked to the fieldset; focus moves to the first option.
 */
export function ChoiceGroup(
  props: FieldBase & {
    type: "radio" | "checkbox";
    options: Option[];
    columns?: boolean;
    defaultChecked?: readonly string[];
    /** Render option labels with extra content (e.g. a language's own name). */
    renderLabel?: (option: Option) => ReactNode;
  },
) {
  const id = fieldId(props.idPrefix, props.fieldKey);
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const name = props.name ?? props.fieldKey;
  return (
    <div className={props.error ? "form-group form-group--error" : "form-group"}>
      <fieldset id={id} aria-describedby={describedBy(hintId, props.error && errorId)}>
        <legend>
          <LabelText label={props.label} required={!!props.required} t={props.t} />
        </legend>
        {props.hint && (
          <p className="hint" id={hintId}>
            {props.hint}
          </p>
        )}
        <ErrorMessage id={errorId} error={props.error} t={props.t} />
        <ul className={props.columns ? "choices choices--columns" : "choices"}>
          {props.options.map((option, index) => {
            const optionId = `${id}-${index}`;
            const optionHintId = option.hint ? `${optionId}-hint` : undefined;
            return (
              <li key={option.value} className="choice">
                <input
                  id={optionId}
                  type={props.type}
                  name={name}
                  value={option.value}
                  defaultChecked={props.defaultChecked?.includes(option.value)}
                  required={props.type === "radio" && props.required ? true : undefined}
                  aria-invalid={props.error ? true : undefined}
                  aria-describedby={optionHintId}
                />
                <label htmlFor={optionId}>
                  <span lang={option.lang}>
                    {props.renderLabel ? props.renderLabel(option) : option.label}
                  </span>
                  {option.hint && (
                    <span className="choice__hint" id={optionHintId}>
                      {option.hint}
                    </span>
                  )}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </div>
  );
}

export function ConsentField(props: {
  idPrefix: string;
  error: FieldError | undefined;
  t: Strings;
  privacyPath: string;
  privacyLang: string | undefined;
  retentionText: string;
}) {
  const { idPrefix, error, t } = props;
  const id = fieldId(idPrefix, "consent");
  const errorId = `${id}-error`;
  const briefId = `${idPrefix}-privacy-brief`;
  return (
    <>
      <section className="privacy-brief" aria-labelledby={`${briefId}-title`} id={briefId}>
        <h3 id={`${briefId}-title`}>{t("form.privacy.heading")}</h3>
        <p>{t("form.privacy.controllers")}</p>
        <p>{t("form.privacy.purpose")}</p>
        <p>{props.retentionText}</p>
        <p>{t("form.privacy.rights")}</p>
        <p>
          <a href={props.privacyPath} hrefLang={props.privacyLang}>
            {t("form.consent.link")}
          </a>
        </p>
      </section>
      <div className={error ? "form-group form-group--error" : "form-group"}>
        <fieldset aria-describedby={describedBy(error && errorId)}>
          <legend>{t("form.consent.legend")}</legend>
          <ErrorMessage id={errorId} error={error} t={t} />
          <div className="choice">
            <input
              id={id}
              type="checkbox"
              name="consent"
              value="on"
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(error && errorId)}
            />
            <label htmlFor={id}>
              {t("form.consent.label")}{" "}
              <span className="label__status">({t("form.required")})</span>
            </label>
          </div>
        </fieldset>
      </div>
    </>
  );
}

/**
 * The honeypot and the meta fields of the url-encoded contract. The honeypot is hidden from
 * people and assistive technology and out of the tab order; bots fill it in.
 */
export function MetaFields(props: {
  idPrefix: string;
  locale: string;
  startedAt: number;
  t: Strings;
}) {
  const trapId = `${props.idPrefix}-${FORM_META_FIELDS.honeypot}`;
  return (
    <>
      <input type="hidden" name={FORM_META_FIELDS.locale} value={props.locale} />
      <input type="hidden" name={FORM_META_FIELDS.startedAt} value={String(props.startedAt)} />
      <div className="form-trap" aria-hidden="true">
        <label htmlFor={trapId}>{props.t("form.honeypot.label")}</label>
        <input
          id={trapId}
          type="text"
          name={FORM_META_FIELDS.honeypot}
          tabIndex={-1}
          autoComplete="off"
        />
      </div>
    </>
  );
}

export function SubmitButton(props: { label: string; sending: boolean; t: Strings }) {
  return (
    <button type="submit" className="button" disabled={props.sending} aria-disabled={props.sending}>
      {props.sending ? props.t("form.sending") : props.label}
    </button>
  );
}
