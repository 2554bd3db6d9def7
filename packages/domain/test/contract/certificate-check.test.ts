import { describe, expect, it } from "vitest";
import { CERTIFICATE_CHECK, certificateCheckUrl } from "../../src/contract/certificate-check.js";

describe("certificateCheckUrl", () => {
  it("puts the number on the German check page of the site", () => {
    expect(certificateCheckUrl("https://integrationspaten.example", "AZW-2026-0007-Y")).toBe(
      "https://integrationspaten.example/zertifikat-pruefen/?nummer=AZW-2026-0007-Y",
    );
  });

  it("keeps a site that lives under a path at its origin, like the site's own links", () => {
    expect(certificateCheckUrl("http://127.0.0.1:4321/", "AZW-2026-0001-3")).toBe(
      "http://127.0.0.1:4321/zertifikat-pruefen/?nummer=AZW-2026-0001-3",
    );
  });

  it("offers the check in German and English", () => {
    expect(Object.keys(CERTIFICATE_CHECK.pages)).toEqual(["de", "en"]);
  });
});
