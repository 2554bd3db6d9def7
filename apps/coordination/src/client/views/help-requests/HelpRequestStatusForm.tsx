import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import {
  type Submission,
  type SubmissionStatus,
  submissionStatusSchema,
} from "../../../shared/api.js";
import { changeHelpRequestStatus } from "../../api/help-requests.js";
import { isApiError } from "../../api/http.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Button } from "../../ui/Button.js";
import { HelpRequestStatusBadge } from "../../ui/HelpRequestStatusBadge.js";
import { SelectField } from "../../ui/SelectField.js";
import { type SaveResult, StatusMessage } from "../../ui/StatusMessage.js";

/** The request's status and changing it (new → in progress → forwarded → closed). */
export function HelpRequestStatusForm({ request }: { request: Submission }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<SubmissionStatus>(request.status);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<SaveResult | null>(null);

  const save = async () => {
    setPending(true);
    setResult(null);
    try {
      const saved = await changeHelpRequestStatus(request.id, status);
      queryClient.setQueryData(["help-requests", "detail", request.id], saved);
      await queryClient.invalidateQueries({ queryKey: ["help-requests", "list"] });
      setResult({
        kind: "success",
        message: t("helpRequest.statusSaved", { status: t(`helpRequestStatus.${status}`) }),
      });
    } catch (error) {
      setResult({
        kind: "danger",
        message: isApiError(error) ? error.message : t("error.unexpected"),
      });
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="kern-stack-sm page-section" aria-labelledby="request-status">
      <h2 className="kern-heading-medium" id="request-status">
        {t("helpRequests.status")}
      </h2>
      <p className="kern-body">
        {t("status.current")} <HelpRequestStatusBadge status={request.status} />
      </p>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <SelectField
          id="request-status-select"
          label={t("helpRequest.newStatus")}
          value={status}
          options={submissionStatusSchema.options.map((s) => ({
            value: s,
            label: t(`helpRequestStatus.${s}`),
          }))}
          onChange={setStatus}
        />
        <Button type="submit" variant="secondary" disabled={pending || status === request.status}>
          {t("helpRequest.changeStatus")}
        </Button>
      </form>
      <StatusMessage result={result} />
    </section>
  );
}
