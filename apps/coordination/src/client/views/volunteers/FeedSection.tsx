import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import type { VolunteerRecord } from "../../../shared/api.js";
import { isApiError } from "../../api/http.js";
import { disableFeed, feedQuery, feedQueryKey, renewFeed } from "../../api/volunteers.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { Alert } from "../../ui/Alert.js";
import { Button } from "../../ui/Button.js";
import { Dialog } from "../../ui/Dialog.js";
import { ErrorState } from "../../ui/ErrorState.js";
import { Loading } from "../../ui/Loading.js";
import { type SaveResult, StatusMessage } from "../../ui/StatusMessage.js";
import { FeedAddress } from "./FeedAddress.js";

type Action = "create" | "renew" | "disable";

/**
 * The volunteer's own calendar: their accepted assignments (time, place, kind of help —
 * never the requester's name) and the training sessions, as a secret address to
 * subscribe to. The address can be replaced (the old one stops working at once) or
 * switched off; both ask first.
 */
export function FeedSection({ volunteer }: { volunteer: VolunteerRecord }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const feed = useQuery(feedQuery(volunteer.id));
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<SaveResult | null>(null);
  const [confirm, setConfirm] = useState<"renew" | "disable" | null>(null);
  // Where focus goes once the dialog is closed and the section re-rendered: the address
  // after creating it, the heading after switching off (the button that opened the
  // dialog is gone then).
  const [focusTo, setFocusTo] = useState<"address" | "heading" | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const address = useRef<HTMLInputElement>(null);
  const name = volunteer.profile.displayName;

  useEffect(() => {
    if (focusTo === null) return;
    if (focusTo === "heading") heading.current?.focus();
    else address.current?.focus();
    setFocusTo(null);
  }, [focusTo]);

  const run = async (action: Action) => {
    setPending(true);
    setResult(null);
    try {
      const next =
        action === "disable" ? await disableFeed(volunteer.id) : await renewFeed(volunteer.id);
      queryClient.setQueryData(feedQueryKey(volunteer.id), next);
      setResult({ kind: "success", message: t(`feed.done.${action}`, { name }) });
      if (action === "create") setFocusTo("address");
      if (action === "disable") setFocusTo("heading");
    } catch (error) {
      setResult({
        kind: "danger",
        message: isApiError(error) ? error.message : t("error.unexpected"),
      });
    } finally {
      setPending(false);
      setConfirm(null);
    }
  };

  const url = feed.data?.url;
  return (
    <section className="kern-stack-md page-section" aria-labelledby="feed-title">
      <h2
        className="kern-heading-medium section-heading"
        id="feed-title"
        ref={heading}
        tabIndex={-1}
      >
        {t("feed.title")}
      </h2>
      <p className="kern-body">{t("feed.intro", { name })}</p>
      <p className="kern-body">{t("feed.contents")}</p>
      <Alert kind="warning" title={t("feed.secretTitle")}>
        <p className="kern-body">{t("feed.secret", { name })}</p>
      </Alert>
      {feed.isPending ? <Loading /> : null}
      {feed.isError ? (
        <ErrorState
          error={feed.error}
          retry={() => void feed.refetch()}
          unavailable={t("feed.unavailable")}
        />
      ) : null}
      {url === null ? (
        <>
          <p className="kern-body">{t("feed.none", { name })}</p>
          <div>
            <Button
              variant="secondary"
              icon="calendar-today"
              disabled={pending}
              onClick={() => void run("create")}
            >
              {t("feed.create")}
            </Button>
          </div>
        </>
      ) : null}
      {url ? (
        <>
          <FeedAddress key={url} url={url} name={name} inputRef={address} />
          <div className="button-row">
            <Button
              variant="secondary"
              icon="autorenew"
              disabled={pending}
              onClick={() => setConfirm("renew")}
            >
              {t("feed.renew")}
            </Button>
            <Button
              variant="tertiary"
              icon="close"
              disabled={pending}
              onClick={() => setConfirm("disable")}
            >
              {t("feed.disable")}
            </Button>
          </div>
        </>
      ) : null}
      <StatusMessage result={result} />
      <Dialog
        id="feed-renew-dialog"
        title={t("feed.renewTitle")}
        open={confirm === "renew"}
        onClose={() => setConfirm(null)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setConfirm(null)} autoFocus>
              {t("action.cancel")}
            </Button>
            <Button
              variant="primary"
              icon="autorenew"
              disabled={pending}
              onClick={() => void run("renew")}
            >
              {t("feed.renewConfirm")}
            </Button>
          </>
        }
      >
        <p className="kern-body">{t("feed.renewText", { name })}</p>
      </Dialog>
      <Dialog
        id="feed-disable-dialog"
        title={t("feed.disableTitle")}
        open={confirm === "disable"}
        onClose={() => setConfirm(null)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setConfirm(null)} autoFocus>
              {t("action.cancel")}
            </Button>
            <Button variant="primary" disabled={pending} onClick={() => void run("disable")}>
              {t("feed.disableConfirm")}
            </Button>
          </>
        }
      >
        <p className="kern-body">{t("feed.disableText", { name })}</p>
      </Dialog>
    </section>
  );
}
