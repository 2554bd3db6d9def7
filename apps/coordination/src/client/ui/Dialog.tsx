import { type ReactNode, useEffect, useRef } from "react";
import { useI18n } from "../i18n/use-i18n.js";

interface DialogProps {
  id: string;
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  /** The buttons of the footer; the first one that should take focus gets `autoFocus`. */
  actions: ReactNode;
}

/**
 * A modal KERN dialog on the native <dialog>: the browser keeps focus inside it, Escape
 * closes it, and focus returns to what opened it.
 */
export function Dialog({ id, title, open, onClose, children, actions }: DialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      id={id}
      className="kern-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={onClose}
    >
      <header className="kern-dialog__header">
        <h2 className="kern-title" id={`${id}-title`}>
          {title}
        </h2>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={onClose}>
          <span className="kern-icon kern-icon--close" aria-hidden="true" />
          <span className="kern-sr-only">{t("action.close")}</span>
        </button>
      </header>
      <section className="kern-dialog__body">{children}</section>
      <footer className="kern-dialog__footer">{actions}</footer>
    </dialog>
  );
}
