import type { ErrorComponentProps } from "@tanstack/react-router";
import { isApiError } from "../../api/http.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { PageHeading } from "../../ui/PageHeading.js";

/** What a view shows when it cannot be entered: no permission (403) or another error in the API's words. */
export function RouteError({ error }: ErrorComponentProps) {
  const { t } = useI18n();
  const title =
    isApiError(error) && error.status === 403 ? t("error.forbiddenTitle") : t("error.title");
  return (
    <div className="kern-stack-md">
      <PageHeading title={title}>{title}</PageHeading>
      <p className="kern-body" role="alert">
        {isApiError(error) ? error.message : t("error.unexpected")}
      </p>
      <p className="kern-body">
        <a className="kern-link" href="/">
          {t("notFound.home")}
        </a>
      </p>
    </div>
  );
}
