import type { CaseDetail, MatchEntry } from "../../../shared/api.js";
import { categoryLabel, municipalityName } from "../../format/district-labels.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Button } from "../../ui/Button.js";
import { Dialog } from "../../ui/Dialog.js";
import { type Fact, Facts } from "../../ui/Facts.js";
import { helpRequestForm, preferredTimesText, requesterLanguages } from "./help-request-payload.js";

/**
 * The confirmation before forwarding: what the volunteer's e-mail says (only the kind of
 * help, the municipality, the times and the languages — no name, no contact data, no
 * description) and that the case waits for their answer meanwhile.
 */
export function ForwardDialog({
  detail,
  candidate,
  pending,
  onCancel,
  onConfirm,
}: {
  detail: CaseDetail;
  candidate: MatchEntry | null;
  pending: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t, locale } = useI18n();
  const name = candidate?.displayName ?? "";
  const form = detail.request ? helpRequestForm(detail.request) : {};
  const facts: Fact[] = [
    { label: t("helpRequest.category"), value: categoryLabel(detail.category, locale) },
    { label: t("signups.municipality"), value: municipalityName(detail.municipality) },
    { label: t("forward.times"), value: preferredTimesText(form, t, locale) },
    { label: t("helpRequest.languages"), value: requesterLanguages(detail.languages, t, locale) },
  ];
  return (
    <Dialog
      id="forward-dialog"
      title={t("forward.title", { name })}
      open={candidate !== null}
      onClose={onCancel}
      actions={
        <>
          <Button variant="secondary" onClick={onCancel} autoFocus>
            {t("action.cancel")}
          </Button>
          <Button variant="primary" icon="mail" disabled={pending} onClick={onConfirm}>
            {t("forward.confirm")}
          </Button>
        </>
      }
    >
      <div className="kern-stack-sm">
        <p className="kern-body">{t("forward.mail", { name })}</p>
        <Facts facts={facts} />
        <p className="kern-body">{t("forward.notIncluded")}</p>
        <p className="kern-body">{t("forward.wait")}</p>
      </div>
    </Dialog>
  );
}
