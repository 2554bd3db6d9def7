import type { Submission } from "@integrationspaten/database/submissions";
import {
  alzeyWorms,
  alzeyWormsConfig,
  defineDistrict,
  workspacePath,
} from "@integrationspaten/domain";
import { describe, expect, it } from "vitest";
import { renderNotification } from "../../src/notify/email.js";

/** The workspace's public origin, as WORKSPACE_URL would give it. */
const WORKSPACE = "https://koordination.example";

const district = alzeyWorms();
const point = district.coordinationPoints[0];
if (!point) throw new Error("the district has no coordination point");

function submission(overrides: Partial<Submission>): Submission {
  return {
    id: "3b2f7c8e-0000-4000-8000-000000000001",
    kind: "help_request",
    status: "new",
    coordinationPoint: point?.id ?? "",
    locale: "ar",
    createdAt: "2026-11-25T09:30:00.000Z",
    updatedAt: "2026-11-25T09:30:00.000Z",
    closedAt: null,
    notifiedAt: null,
    notifyOutcome: null,
    decision: null,
    decisionReason: null,
    payload: {},
    ...overrides,
  };
}

const help = submission({
  payload: {
    requesterRole: "on_behalf",
    contactName: "Omar Geheimname",
    contactEmail: "omar.geheim@example.org",
    contactPhone: "+49 6731 999888",
    organisation: "Schule am Park",
    category: "arzt",
    languages: ["ar", "prs"],
    municipality: "woerrstadt",
    description: "Sehr private Beschreibung",
    consent: true,
  },
});

describe("renderNotification", () => {
  it("names kind, category, municipality, languages, point, local time and the workspace link", () => {
    const { subject, text } = renderNotification(help, district, point, WORKSPACE);

    expect(subject).toBe("Neue Hilfeanfrage: Arztbesuche in Verbandsgemeinde Wörrstadt");
    expect(text).toContain("Art:                  Hilfeanfrage");
    expect(text).toContain("Gemeinde:             Verbandsgemeinde Wörrstadt");
    expect(text).toMatch(/Sprache\(n\):\s+Arabisch \(ar\); Dari \(prs\)/);
    expect(text).toContain(`Koordinierungsstelle: ${point.name}`);
    // 09:30 UTC is 10:30 in Berlin in November.
    expect(text).toMatch(/Eingegangen:\s+25\.11\.2026, 10:30/);
    expect(text).toContain(
      "https://koordination.example/anfragen/3b2f7c8e-0000-4000-8000-000000000001",
    );
  });

  it("links a sign-up to /anmeldungen/ and a help request to /anfragen/ in the workspace", () => {
    const signup = submission({ kind: "volunteer_signup" });
    const links = [help, signup].map((s) =>
      renderNotification(s, district, point, WORKSPACE)
        .text.split("\n")
        .filter((line) => line.startsWith("http")),
    );

    expect(links).toEqual([
      [`${WORKSPACE}${workspacePath("help_request", help.id)}`],
      [`${WORKSPACE}/anmeldungen/${signup.id}`],
    ]);
  });

  it("says the link opens the record in the coordinators' workspace, after signing in", () => {
    const { text } = renderNotification(help, district, point, WORKSPACE);

    expect(text).toContain(
      "Name, Kontaktdaten und alle weiteren Angaben stehen im Arbeitsbereich der Koordination.\n" +
        "Dieser Link öffnet die Anfrage dort; Sie müssen sich dafür anmelden:\n" +
        `${WORKSPACE}/anfragen/${help.id}`,
    );
    expect(text).not.toMatch(/api\/|Token/);
    expect(
      renderNotification(submission({ kind: "volunteer_signup" }), district, point, WORKSPACE).text,
    ).toContain("Dieser Link öffnet die Anmeldung dort; Sie müssen sich dafür anmelden:");
  });

  it("carries no name, e-mail address, phone number, organisation or free text", () => {
    const { subject, text } = renderNotification(help, district, point, WORKSPACE);
    const all = `${subject}\n${text}`;

    for (const secret of [
      "Omar",
      "Geheimname",
      "omar.geheim",
      "999888",
      "Schule am Park",
      "private",
    ]) {
      expect(all).not.toContain(secret);
    }
  });

  it("describes a sign-up by its areas and languages with levels, without personal data", () => {
    const signup = submission({
      kind: "volunteer_signup",
      payload: {
        name: "Ana Geheim",
        email: "ana@example.org",
        municipality: "alzey",
        languages: [{ language: "uk", level: "native" }],
        categories: ["schule", "arzt"],
        motivation: "Privat",
        consent: true,
      },
    });
    const { subject, text } = renderNotification(signup, district, point, WORKSPACE);

    expect(subject).toBe("Neue Anmeldung als Integrationspatin oder -pate: Stadt Alzey");
    expect(text).toMatch(/Interesse an:\s+.*Arztbesuche/);
    expect(text).toMatch(/Spricht:\s+Ukrainisch \(uk\), Muttersprache/);
    expect(`${subject}${text}`).not.toMatch(/Geheim|ana@|Privat/);
  });

  it("flattens hostile values from a changed district configuration to one line of text", () => {
    const hostile = defineDistrict({
      ...alzeyWormsConfig,
      municipalities: [
        { id: "x", name: "Evil\r\nBcc: victim@example.org\u0000<script>", neighbours: [] },
      ],
    });
    const { subject, text } = renderNotification(
      submission({ payload: { category: "arzt", municipality: "x", languages: [] } }),
      hostile,
      point,
      WORKSPACE,
    );

    expect(subject).not.toMatch(/\p{Cc}/u);
    expect(text.split("\n").find((l) => l.startsWith("Gemeinde:"))).toBe(
      "Gemeinde:             Evil Bcc: victim@example.org <script>",
    );
  });
});
