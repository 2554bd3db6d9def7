import { useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { auditRecordTypeSchema } from "../../../shared/api.js";
import { auditLogQuery } from "../../api/audit-log.js";
import { useI18n } from "../../i18n/use-i18n.js";
import { ErrorState } from "../../ui/ErrorState.js";
import { Loading } from "../../ui/Loading.js";
import { LoadMore } from "../../ui/LoadMore.js";
import { PageHeading } from "../../ui/PageHeading.js";
import { SelectField } from "../../ui/SelectField.js";
import { AuditTable } from "./AuditTable.js";

const route = getRouteApi("/_app/_admin/protokoll");

/** The audit log, newest first, 200 entries a page, filtered by record type. */
export function AuditLogView() {
  const { t } = useI18n();
  const search = route.useSearch();
  // Checked against the contract's record types (the router stays free of zod).
  const parsed = auditRecordTypeSchema.safeParse(search.recordType);
  const recordType = parsed.success ? parsed.data : undefined;
  const navigate = useNavigate();
  const log = useInfiniteQuery(auditLogQuery(recordType));
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];
  return (
    <div className="kern-stack-lg">
      <PageHeading title={t("audit.title")}>{t("audit.title")}</PageHeading>
      <p className="kern-body">{t("audit.intro")}</p>
      <div className="filter-form">
        <SelectField
          id="audit-record-type"
          label={t("audit.filterRecordType")}
          value={recordType ?? ""}
          placeholder={t("audit.allRecordTypes")}
          options={auditRecordTypeSchema.options.map((type) => ({
            value: type,
            label: t(`audit.recordType.${type}`),
          }))}
          onChange={(value) =>
            void navigate({ to: "/protokoll", search: value ? { recordType: value } : {} })
          }
        />
      </div>
      {log.isPending ? <Loading /> : null}
      {log.isError ? <ErrorState error={log.error} retry={() => void log.refetch()} /> : null}
      {log.data ? <AuditTable entries={entries} /> : null}
      <LoadMore pages={log} label={t("audit.older")} />
    </div>
  );
}
