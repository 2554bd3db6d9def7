import type { CertificationProgress } from "../../../../shared/api.js";
import { useI18n } from "../../../i18n/use-i18n.js";

/** Each requirement as the domain's sentence, met or not in words and icon. */
export function Requirements({ progress }: { progress: CertificationProgress }) {
  const { t } = useI18n();
  return (
    <div className="kern-stack-sm">
      <h3 className="kern-heading-small">{t("certification.requirements")}</h3>
      <ul className="requirement-list">
        {progress.requirements.map((r) => (
          <li key={r.kind} className="requirement-list__item">
            <span
              className={`kern-icon kern-icon--${r.met ? "success" : "warning"}`}
              aria-hidden="true"
            />
            <span>
              <span className="requirement-list__state">
                {r.met ? t("certification.met") : t("certification.notMet")}:
              </span>{" "}
              {r.message}
            </span>
          </li>
        ))}
      </ul>
      {progress.missing.length > 0 ? (
        <>
          <h3 className="kern-heading-small">{t("certification.missing")}</h3>
          <ul className="kern-list kern-list--bullet">
            {progress.missing.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
