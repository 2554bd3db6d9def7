import { useI18n } from "../i18n/use-i18n.js";

/** A KERN progress bar with its value in words (the bar alone says nothing to everyone). */
export function Progress({ id, label, value }: { id: string; label: string; value: number }) {
  const { locale } = useI18n();
  const share = Math.min(1, Math.max(0, value));
  const text = new Intl.NumberFormat(locale, { style: "percent" }).format(share);
  return (
    <div className="kern-progress">
      <label className="kern-label" htmlFor={id}>
        {label}: {text}
      </label>
      <progress id={id} max={100} value={Math.round(share * 100)}>
        {text}
      </progress>
    </div>
  );
}
