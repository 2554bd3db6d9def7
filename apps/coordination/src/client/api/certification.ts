import { queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  CertificateRecord,
  CertificationProgress,
  Cohort,
  revokeCertificateSchema,
} from "../../shared/api.js";
import { api } from "./http.js";

export type RevocationReason = z.input<typeof revokeCertificateSchema>["reason"];

export const certificationQuery = (volunteerId: string) =>
  queryOptions({
    queryKey: ["certification", "volunteer", volunteerId],
    queryFn: () =>
      api<CertificationProgress>(
        `/api/volunteers/${encodeURIComponent(volunteerId)}/certification`,
      ),
    retry: false,
  });

export const cohortQuery = queryOptions({
  queryKey: ["certification", "cohort"],
  queryFn: () => api<Cohort>("/api/certification/cohort"),
  retry: false,
});

export const issueCertificate = (volunteerId: string) =>
  api<CertificateRecord>(
    `/api/volunteers/${encodeURIComponent(volunteerId)}/certificates`,
    "POST",
    {},
  );

export const revokeCertificate = (number: string, reason: RevocationReason) =>
  api<CertificateRecord>(`/api/certificates/${encodeURIComponent(number)}/revoke`, "POST", {
    reason,
  });

/** Where the PDF of a certificate is downloaded. */
export const certificatePdfPath = (number: string) =>
  `/api/certificates/${encodeURIComponent(number)}.pdf`;
