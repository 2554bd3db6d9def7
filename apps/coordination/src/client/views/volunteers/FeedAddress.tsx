import { type RefObject, useState } from "react";
import { useI18n } from "../../i18n/use-i18n.js";
import { announce } from "../../ui/announcer.js";
import { Button } from "../../ui/Button.js";

/** The same address for calendar programs that open `webcal:` links. */
function webcalOf(url: string): string {
  return url.replace(/^https?:\/\//, "webcal://");
}

/**
 * The feed's address, read-only, with a button that copies it. Where the clipboard is not
 * available (or refuses), the address is selected and the person is told to copy it
 * with the keyboard.
 */
export function FeedAddress({
  url,
  name,
  inputRef,
}: {
  url: string;
  name: string;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<"copied" | "selected" | null>(null);

  const copy = async () => {
    const clipboard: Clipboard | undefined = navigator.clipboard;
    try {
      if (!clipboard) throw new Error("no clipboard");
      await clipboard.writeText(url);
      setCopied("copied");
      announce(t("feed.copied"));
    } catch {
      inputRef.current?.focus();
      inputRef.current?.select();
      setCopied("selected");
      announce(t("feed.copyFallback"));
    }
  };

  return (
    <div className="kern-stack-sm">
      <div className="copy-field">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="feed-url">
            {t("feed.url")}
          </label>
          <div className="kern-hint" id="feed-url-hint">
            {t("feed.urlHint", { name })}
          </div>
          <input
            ref={inputRef}
            id="feed-url"
            className="kern-form-input__input mono"
            type="text"
            value={url}
            readOnly
            spellCheck={false}
            autoComplete="off"
            aria-describedby="feed-url-hint"
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
        <Button variant="secondary" icon="content-copy" onClick={() => void copy()}>
          {t("feed.copy")}
        </Button>
      </div>
      {/* Shown for sighted users; screen readers hear it through the app's announcer. */}
      {copied ? (
        <p className="kern-body kern-body--small" aria-hidden="true">
          {copied === "copied" ? t("feed.copied") : t("feed.copyFallback")}
        </p>
      ) : null}
      <div className="link-with-hint">
        <p className="kern-body">
          <a className="kern-link" href={webcalOf(url)} aria-describedby="feed-subscribe-hint">
            <span className="kern-icon kern-icon--calendar-today" aria-hidden="true" />{" "}
            {t("feed.subscribe")}
          </a>
        </p>
        <p className="kern-hint" id="feed-subscribe-hint">
          {t("feed.subscribeHint", { name })}
        </p>
      </div>
    </div>
  );
}
