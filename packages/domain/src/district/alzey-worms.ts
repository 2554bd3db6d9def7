import { placeholder } from "../schemas/placeholder.js";
import type { DistrictConfigInput } from "./schema.js";

/**
 * Configuration of the first district, the Landkreis Alzey-Worms (Rhineland-Palatinate).
 *
 * Facts come from the district's press release on the first certificates: the programme
 * "Integration durch ehrenamtliches Engagement fördern" is run with the Diakonie
 * Rheinhessen (Café Asyl) and the Förderinitiative Donnersberg (FID); assignments are
 * coordinated by the café, the initiative or directly by the district's integration
 * officer. Contact data we do not have is a placeholder (see `findPlaceholders`).
 */
export const alzeyWormsConfig = {
  id: "alzey-worms",
  name: "Landkreis Alzey-Worms",
  shortCode: "AZW",
  domain: "integrationspaten.alzey-worms.de",
  timeZone: "Europe/Berlin",
  // The languages most often needed by newcomers in Germany, plus English and French as
  // bridge languages. Dari/Farsi and Kurmanji/Sorani are deliberately separate tags.
  languagesOffered: [
    "de",
    "ar",
    "tr",
    "fa",
    "prs",
    "kmr",
    "ckb",
    "ru",
    "uk",
    "ps",
    "ti",
    "so",
    "en",
    "fr",
  ],
  // The town of Alzey and the five Verbandsgemeinden of the district. Neighbourhood is
  // what matching uses to widen the search; the district should check it.
  municipalities: [
    { id: "alzey", name: "Stadt Alzey", neighbours: ["alzey-land"] },
    {
      id: "alzey-land",
      name: "Verbandsgemeinde Alzey-Land",
      neighbours: ["alzey", "woerrstadt", "wonnegau", "monsheim"],
    },
    { id: "eich", name: "Verbandsgemeinde Eich", neighbours: ["wonnegau"] },
    { id: "monsheim", name: "Verbandsgemeinde Monsheim", neighbours: ["alzey-land", "wonnegau"] },
    {
      id: "wonnegau",
      name: "Verbandsgemeinde Wonnegau",
      neighbours: ["alzey-land", "eich", "monsheim"],
    },
    { id: "woerrstadt", name: "Verbandsgemeinde Wörrstadt", neighbours: ["alzey-land"] },
  ],
  coordinationPoints: [
    {
      id: "kreisverwaltung",
      name: "Integrationsbeauftragte der Kreisverwaltung",
      organisation: "Kreisverwaltung Alzey-Worms",
      role: {
        de: "Koordiniert das Projekt, vermittelt Kontakte zu den Integrationspatinnen und -paten und nimmt Anfragen direkt entgegen.",
        en: "Coordinates the programme, puts people in touch with the volunteer integration companions and takes requests directly.",
      },
      contact: {
        email: placeholder("E-Mail-Adresse der Integrationsbeauftragten"),
        phone: placeholder("Telefonnummer der Integrationsbeauftragten"),
        address: [placeholder("Anschrift der Kreisverwaltung Alzey-Worms")],
      },
    },
    {
      id: "cafe-asyl",
      name: "Café Asyl",
      organisation: "Diakonie Rheinhessen",
      role: {
        de: "Koordiniert Kontakte der Ehrenamtlichen und vermittelt sie bei Bedarf an Hilfesuchende weiter.",
        en: "Coordinates the volunteers' contacts and passes them on to people who need help.",
      },
      contact: {
        email: placeholder("E-Mail-Adresse des Café Asyl"),
        phone: placeholder("Telefonnummer des Café Asyl"),
        address: [placeholder("Anschrift des Café Asyl")],
        openingHours: {
          de: placeholder("Öffnungszeiten des Café Asyl"),
          en: placeholder("Opening hours of Café Asyl"),
        },
      },
    },
    {
      id: "fid",
      name: "Förderinitiative Donnersberg (FID)",
      organisation: "Förderinitiative Donnersberg",
      role: {
        de: "Koordiniert Einsätze über ihr Café und vermittelt Kontakte zu den Ehrenamtlichen.",
        en: "Coordinates assignments through its café and puts people in touch with the volunteers.",
      },
      contact: {
        email: placeholder("E-Mail-Adresse der Förderinitiative Donnersberg"),
        phone: placeholder("Telefonnummer der Förderinitiative Donnersberg"),
        address: [placeholder("Anschrift der Förderinitiative Donnersberg")],
      },
    },
  ],
  // The press release says the assignments are coordinated "über das Café der
  // Förderinitiative oder direkt über die Kreisverwaltung", and the volunteers' contacts by
  // Café Asyl, the FID and the Integrationsbeauftragte. Which point answers which request
  // is the district's decision: until it is made, every request goes to the
  // Kreisverwaltung, and the placeholder keeps the decision on the build's list.
  routing: {
    default: "kreisverwaltung",
    byCategory: {},
    decision: placeholder(
      "Entscheidung des Landkreises, welche Koordinierungsstelle welche Hilfeanfragen erhält (bis dahin gehen alle an die Kreisverwaltung)",
    ),
  },
  catalogue: { add: [], modify: {}, disable: [] },
  // The training's modules follow the kinds of help the press release names (authorities
  // and the Jobcenter, applications, school, doctor visits, cultural mediation) plus the
  // volunteers' own role. Our proposal, to be confirmed by the district; the site's dates
  // name their module by these ids.
  curriculum: {
    modules: [
      {
        id: "behoerden",
        label: { de: "Behörden, Ämter und Jobcenter", en: "Public offices and the Jobcenter" },
      },
      {
        id: "antraege",
        label: {
          de: "Anträge und Formulare (z. B. Kindergeld)",
          en: "Applications and forms (e.g. child benefit)",
        },
      },
      { id: "schule", label: { de: "Schule und Kita", en: "School and day care" } },
      {
        id: "gesundheit",
        label: { de: "Gesundheit und Arztbesuche", en: "Health care and doctor visits" },
      },
      {
        id: "alltag",
        label: { de: "Kulturvermittlung und Alltag", en: "Cultural mediation and everyday life" },
      },
      {
        id: "rolle",
        label: {
          de: "Rolle und Grenzen als Integrationspatin oder -pate",
          en: "The role and limits of an integration companion",
        },
      },
    ],
  },
  // The press release requires "regular attendance at expert talks and workshops" without
  // numbers. These thresholds are our proposal, to be confirmed by the district.
  certificationPolicy: {
    minExpertTalks: 4,
    minWorkshops: 2,
    requiredModules: [],
    minAttendanceRate: 0.75,
    excusedAbsences: "excluded",
    validityMonths: 36,
    renewalNoticeMonths: 3,
  },
  retention: {
    closedRequestsDays: 180,
    unansweredSignupsDays: 365,
    formerVolunteersDays: 365,
    auditLogDays: 730,
  },
} satisfies DistrictConfigInput;
