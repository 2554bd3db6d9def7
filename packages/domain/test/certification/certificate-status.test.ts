import { describe, expect, it } from "vitest";
import { certificateStatus } from "../../src/certification/certificate-status.js";

describe("certificateStatus", () => {
  const certificate = { validUntil: "2029-03-16", renewalDueOn: "2028-12-16" };

  it("is valid until the day before the refresher falls due", () => {
    expect(certificateStatus(certificate, "2026-03-17")).toBe("valid");
    expect(certificateStatus(certificate, "2028-12-15")).toBe("valid");
  });

  it("is renewal_due from the refresher date up to and including the last valid day", () => {
    expect(certificateStatus(certificate, "2028-12-16")).toBe("renewal_due");
    expect(certificateStatus(certificate, "2029-03-16")).toBe("renewal_due");
  });

  it("is expired from the day after validUntil", () => {
    expect(certificateStatus(certificate, "2029-03-17")).toBe("expired");
  });

  it("expires without a renewal phase when there is no refresher date", () => {
    expect(certificateStatus({ validUntil: "2029-03-16" }, "2029-03-16")).toBe("valid");
    expect(certificateStatus({ validUntil: "2029-03-16" }, "2029-03-17")).toBe("expired");
  });

  it("stays valid forever when the certificate does not expire", () => {
    expect(certificateStatus({}, "2199-12-31")).toBe("valid");
  });

  it("refuses a day that is not a calendar date, as a programming error", () => {
    expect(() => certificateStatus(certificate, "2029-02-29")).toThrow(RangeError);
    expect(() => certificateStatus(certificate, "17.03.2029")).toThrow(RangeError);
  });
});
