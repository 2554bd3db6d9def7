import { describe, expect, it } from "vitest";
import { verifyCertificateNumber } from "../../src/certification/certificate-number.js";
import { type CertificateIssueRequest, issueCertificate } from "../../src/certification/issue.js";
import type { CertificationPolicyInput } from "../../src/certification/policy.js";
import { alzeyWorms } from "../../src/district/default.js";
import { certificateSchema } from "../../src/schemas/certificate.js";

const eligible = { volunteerId: "ana", eligible: true };

function request(
  policy: CertificationPolicyInput,
  issuedOn: string,
  overrides: Partial<CertificateIssueRequest> = {},
): CertificateIssueRequest {
  return {
    district: { id: "musterkreis", shortCode: "MUK", certificationPolicy: policy },
    volunteerId: "ana",
    evaluation: eligible,
    issuedOn,
    sequence: 7,
    ...overrides,
  };
}

function issue(policy: CertificationPolicyInput, issuedOn: string) {
  const result = issueCertificate(request(policy, issuedOn));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe("issueCertificate", () => {
  it("issues a certificate of the Alzey-Worms district: 36 months, refresher 3 months before", () => {
    const result = issueCertificate({
      district: alzeyWorms(),
      volunteerId: "ana",
      evaluation: eligible,
      issuedOn: "2026-03-17",
      sequence: 7,
    });

    expect(result).toEqual({
      ok: true,
      value: {
        number: "AZW-2026-0007-Y",
        volunteerId: "ana",
        districtId: "alzey-worms",
        issuedOn: "2026-03-17",
        validUntil: "2029-03-16",
        renewalDueOn: "2028-12-16",
      },
    });
    expect(result.ok && certificateSchema.parse(result.value)).toEqual(result.ok && result.value);
  });

  it("puts the year of issue and the sequence into a number that verifies", () => {
    const certificate = issue({}, "2027-01-04");
    expect(verifyCertificateNumber(certificate.number)).toMatchObject({
      ok: true,
      value: { prefix: "MUK", year: 2027, sequence: 7 },
    });
  });

  it("sets no expiry and no refresher when the policy has no validityMonths", () => {
    const certificate = issue({}, "2026-03-17");
    expect(certificate).not.toHaveProperty("validUntil");
    expect(certificate).not.toHaveProperty("renewalDueOn");
  });

  it("sets an expiry without a refresher when the policy has no renewalNoticeMonths", () => {
    const certificate = issue({ validityMonths: 12 }, "2026-03-17");
    expect(certificate.validUntil).toBe("2027-03-16");
    expect(certificate).not.toHaveProperty("renewalDueOn");
  });

  describe("validity at month ends", () => {
    it.each([
      [
        "clamps 31 January + 1 month to 28 February, then takes the day before",
        "2026-01-31",
        1,
        "2026-02-27",
      ],
      ["uses 29 February in a leap year", "2028-01-31", 1, "2028-02-28"],
      ["ends on the last day of the month for an issue on the 1st", "2026-03-01", 1, "2026-03-31"],
      [
        "ends on a leap day when the anniversary is 1 March of a leap year",
        "2027-03-01",
        12,
        "2028-02-29",
      ],
      ["clamps a leap-day issue to 28 February the year after", "2024-02-29", 12, "2025-02-27"],
      ["keeps a leap-day issue on 29 February four years later", "2024-02-29", 48, "2028-02-28"],
      ["crosses the end of the year", "2026-12-15", 1, "2027-01-14"],
      ["runs back to 31 December for an issue on 1 January", "2026-01-01", 36, "2028-12-31"],
    ])("%s", (_, issuedOn, validityMonths, validUntil) => {
      expect(issue({ validityMonths }, issuedOn).validUntil).toBe(validUntil);
    });
  });

  it("sets the refresher renewalNoticeMonths before the last day, clamped at month ends", () => {
    // Valid until 31 May 2029; 3 months earlier there is no 31 February.
    const certificate = issue({ validityMonths: 36, renewalNoticeMonths: 3 }, "2026-06-01");
    expect(certificate.validUntil).toBe("2029-05-31");
    expect(certificate.renewalDueOn).toBe("2029-02-28");
  });

  it("refuses when the evaluation is not eligible, in German and English", () => {
    const notYet = request({}, "2026-03-17", {
      evaluation: { volunteerId: "ana", eligible: false },
    });

    expect(issueCertificate(notYet, "de")).toEqual({
      ok: false,
      issues: [
        {
          path: ["evaluation", "eligible"],
          field: "evaluation.eligible",
          code: "certificate.notEligible",
          params: {},
          message:
            "Das Zertifikat kann noch nicht ausgestellt werden, weil noch nicht alle Voraussetzungen erfüllt sind. Die Auswertung nennt, was noch fehlt.",
        },
      ],
    });
    const en = issueCertificate(notYet, "en");
    expect(en.ok ? [] : en.issues.map((i) => i.message)).toEqual([
      "The certificate cannot be issued yet because not all requirements are met. The evaluation lists what is missing.",
    ]);
  });

  it("refuses an evaluation of somebody else", () => {
    const result = issueCertificate(
      request({}, "2026-03-17", { evaluation: { volunteerId: "ben", eligible: true } }),
    );
    expect(result.ok ? [] : result.issues.map((i) => [i.field, i.message])).toEqual([
      [
        "evaluation.volunteerId",
        "Die Auswertung gehört zu einer anderen Person. Bitte werten Sie die Teilnahme dieser Person aus.",
      ],
    ]);
  });

  it("reports invalid input field by field", () => {
    const result = issueCertificate(
      {
        district: { id: "musterkreis", shortCode: "Muk", certificationPolicy: {} },
        volunteerId: "ana",
        evaluation: eligible,
        issuedOn: "2026-02-30",
        sequence: 0,
      },
      "en",
    );
    expect(result.ok ? [] : result.issues.map((i) => [i.field, i.message])).toEqual([
      ["district.shortCode", "The prefix must be 2 to 6 capital letters (e.g. “AZW”)."],
      ["issuedOn", "Please enter a valid date as YYYY-MM-DD (e.g. 2026-03-17)."],
      ["sequence", "The sequence number must be a whole number from 1 to 999999."],
    ]);
  });

  it("shows the format the input is written in, not the German way of writing dates", () => {
    const result = issueCertificate(
      {
        district: { id: "musterkreis", shortCode: "MUK", certificationPolicy: {} },
        volunteerId: "ana",
        evaluation: eligible,
        issuedOn: "2026-02-30",
        sequence: 1,
      },
      "de",
    );
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      "Bitte geben Sie ein gültiges Datum im Format JJJJ-MM-TT an (z. B. 2026-03-17).",
    ]);
  });
});
