import {
  alzeyWorms,
  alzeyWormsConfig,
  placeholder,
  registerMessages,
} from "@integrationspaten/domain";
import { allMessages } from "@integrationspaten/domain/messages";

// Pages are built in seven languages, so the build speaks them all. The form islands in
// the browser load only their page's language (src/islands/messages.ts).
registerMessages(...allMessages);

/**
 * Build-time configuration of the site. Everything that differs between deployments comes
 * from the environment, never from the code: the public origin (feeds, sitemap, OpenGraph,
 * webcal links), the address of the forms worker (form actions, CSP) and the address the
 * build reads the training sessions from.
 */
export interface SiteEnvironment {
  /** Canonical origin of the site, e.g. `https://integrationspaten.alzey-worms.de`. */
  siteUrl: URL;
  /** Origin (and optional base path) of the forms worker, without trailing slash. */
  formsWorkerUrl: string;
  /**
   * The forms worker's list of training sessions (`SESSIONS_URL`, e.g.
   * `https://forms.example.org/api/programme/sessions`), or undefined when unset or empty:
   * the build then shows the date files only and says so. Deliberately not derived from
   * `FORMS_WORKER_URL`, which has a default and is set by builds (tests, CI) that must not
   * depend on a running worker.
   */
  sessionsUrl: URL | undefined;
}

function parseUrl(name: string, value: string): URL {
  try {
    const url = new URL(value);
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("protocol");
    return url;
  } catch {
    throw new Error(
      `${name}="${value}" is not an http(s) URL. Set it to an absolute address such as https://example.org or leave it unset for the default.`,
    );
  }
}

/**
 * Reads the site configuration from environment variables.
 *
 * @example
 * readSiteEnvironment({}).formsWorkerUrl //=> "http://127.0.0.1:8787"
 * readSiteEnvironment({}).sessionsUrl //=> undefined
 */
export function readSiteEnvironment(
  env: Record<string, string | undefined> = process.env,
): SiteEnvironment {
  const siteUrl = parseUrl("SITE_URL", env.SITE_URL || `https://${alzeyWormsConfig.domain}`);
  const worker = parseUrl("FORMS_WORKER_URL", env.FORMS_WORKER_URL || "http://127.0.0.1:8787");
  const sessions = env.SESSIONS_URL?.trim();
  return {
    siteUrl: new URL(siteUrl.origin),
    formsWorkerUrl: `${worker.origin}${worker.pathname}`.replace(/\/+$/, ""),
    sessionsUrl: sessions ? parseUrl("SESSIONS_URL", sessions) : undefined,
  };
}

export const siteEnvironment = readSiteEnvironment();

/** The validated district the site presents. */
export const district = alzeyWorms();

/**
 * Legal data the district configuration does not hold (it describes the programme, not the
 * publisher). Unknown values are visible placeholders; the build lists every one of them.
 */
export const legal = {
  publisher: {
    name: "Kreisverwaltung Alzey-Worms",
    legalForm: "Körperschaft des öffentlichen Rechts",
    address: [placeholder("Postanschrift der Kreisverwaltung Alzey-Worms")],
    representedBy: placeholder("Vertretungsberechtigte Person (Landrätin oder Landrat, Name)"),
    phone: placeholder("Telefonnummer der Kreisverwaltung (Zentrale)"),
    email: placeholder("Allgemeine E-Mail-Adresse der Kreisverwaltung"),
    supervisoryAuthority: placeholder("Zuständige Aufsichtsbehörde der Kreisverwaltung"),
    vatId: placeholder("Umsatzsteuer-Identifikationsnummer (falls vorhanden)"),
  },
  /** § 18 Abs. 2 MStV: the person responsible for journalistic-editorial content. */
  editorialResponsibility: {
    name: placeholder("Name der inhaltlich verantwortlichen Person nach § 18 Abs. 2 MStV"),
    address: placeholder("Anschrift der inhaltlich verantwortlichen Person"),
  },
  dataProtection: {
    /** Data protection officers of the three joint controllers. */
    officers: {
      kreisverwaltung: placeholder(
        "Kontakt der oder des Datenschutzbeauftragten der Kreisverwaltung",
      ),
      diakonie: placeholder(
        "Kontakt der oder des Datenschutzbeauftragten der Diakonie Rheinhessen",
      ),
      fid: placeholder(
        "Kontakt der oder des Datenschutzbeauftragten der Förderinitiative Donnersberg (oder Hinweis, dass keine Pflicht zur Benennung besteht)",
      ),
    },
    controllerAddresses: {
      diakonie: placeholder("Anschrift der Diakonie Rheinhessen"),
      fid: placeholder("Anschrift der Förderinitiative Donnersberg"),
    },
    jointControllerArrangement: placeholder(
      "Datum und Fundstelle der Vereinbarung über die gemeinsame Verantwortlichkeit nach Art. 26 DSGVO",
    ),
    rightsContact: placeholder(
      "Zentrale Anlaufstelle für Anfragen zu Betroffenenrechten (E-Mail-Adresse)",
    ),
    hostingDetails: placeholder(
      "Vertrag zur Auftragsverarbeitung mit Cloudflare und Grundlage der Übermittlung in die USA (z. B. EU-U.S. Data Privacy Framework)",
    ),
    serverLogRetention: placeholder("Speicherdauer der Server-Protokolle beim Hosting-Anbieter"),
    volunteerDataRetention: placeholder(
      "Speicherdauer der Daten aktiver Integrationspatinnen und -paten nach dem Ende der Mitarbeit",
    ),
    supervisoryAuthority: {
      name: "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz",
      website: "https://www.datenschutz.rlp.de/",
      address: placeholder(
        "Postanschrift des Landesbeauftragten für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz",
      ),
    },
  },
  accessibility: {
    statementDate: placeholder(
      "Datum, an dem diese Erklärung erstellt oder zuletzt überprüft wurde",
    ),
    feedbackContact: placeholder(
      "E-Mail-Adresse und Telefonnummer für Rückmeldungen zur Barrierefreiheit",
    ),
    enforcementBody: placeholder(
      "Name und Anschrift der Durchsetzungs- bzw. Schlichtungsstelle für Barrierefreiheit in Rheinland-Pfalz",
    ),
  },
  signLanguage: {
    video: placeholder("Video in Deutscher Gebärdensprache (DGS), vom Landkreis bereitzustellen"),
  },
} as const;
