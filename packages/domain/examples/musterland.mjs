import {
  defineDistrict,
  evaluateCertification,
  findPlaceholders,
  formSchemasFor,
  helpRequestFromForm,
  issueCertificate,
  parseWith,
  placeholder,
  rankVolunteers,
  schemasFor,
} from "@integrationspaten/domain";

// 1. Describe the district once. Unknown contact data stays a visible placeholder.
const district = defineDistrict({
  id: "musterland",
  name: "Landkreis Musterland",
  shortCode: "MUL",
  domain: "integration.musterland.example",
  languagesOffered: ["de", "ar", "uk", "ti", "prs", "fa", "en"],
  municipalities: [
    { id: "musterstadt", name: "Stadt Musterstadt", neighbours: ["beispieldorf"] },
    { id: "beispieldorf", name: "Gemeinde Beispieldorf" },
  ],
  coordinationPoints: [
    {
      id: "integrationsbuero",
      name: "Integrationsbüro",
      organisation: "Kreisverwaltung Musterland",
      role: { de: "Koordiniert alle Einsätze.", en: "Coordinates all assignments." },
      contact: { email: "integration@musterland.example", phone: placeholder("Telefonnummer") },
    },
  ],
  routing: { default: "integrationsbuero" },
  // Add, rename/change or disable request categories without forking the catalogue.
  catalogue: {
    add: [
      {
        id: "wohnungssuche",
        label: { de: "Wohnungssuche", en: "Finding a flat" },
        description: { de: "Begleitung zu Besichtigungen.", en: "Accompaniment to viewings." },
        requiresSharedLanguage: false,
        certifiedOnly: true,
      },
    ],
    modify: { alltag: { label: { de: "Ankommen im Alltag", en: "Settling in" } } },
    disable: ["schule"],
  },
  // The training's modules; sessions name them by id, sentences by label.
  curriculum: {
    modules: [
      { id: "behoerden", label: { de: "Behörden und Ämter", en: "Public offices" } },
      { id: "jobcenter", label: { de: "Jobcenter", en: "Jobcenter" } },
      { id: "gespraeche", label: { de: "Gespräche begleiten", en: "Accompanying talks" } },
    ],
  },
  certificationPolicy: {
    minExpertTalks: 2,
    minWorkshops: 1,
    requiredModules: ["behoerden"],
    minAttendanceRate: 0.75,
  },
});
console.log(findPlaceholders(district).map((p) => `${p.path}: ${p.description}`));
//=> [ "coordinationPoints.0.contact.phone: Telefonnummer" ]

// 2. Validate a public form with the district's schema; messages in German or English.
const { helpRequest } = formSchemasFor(district);
const form = parseWith(
  helpRequest,
  {
    requesterRole: "on_behalf",
    contactName: "Jana Becker",
    contactEmail: "jana@example.org",
    category: "jobcenter",
    languages: ["prs", "en"],
    municipality: "musterstadt",
    weekdays: [2],
    timesOfDay: ["morning"],
    consent: true,
  },
  "de",
);
if (!form.ok) throw new Error(form.issues.map((i) => `${i.field}: ${i.message}`).join("\n"));

// 3. Is a volunteer ready for the certificate? The answer explains itself. Sessions are
// written in local time, like the district's calendar (day, start, end).
const sessions = [
  { id: "t1", kind: "expert_talk", module: "behoerden", title: "Behörden" },
  { id: "t2", kind: "expert_talk", module: "jobcenter", title: "Jobcenter" },
  { id: "w1", kind: "workshop", module: "gespraeche", title: "Gespräche begleiten" },
].map((session, index) => ({
  ...session,
  date: ["2026-02-03", "2026-02-17", "2026-03-03"][index],
  start: "18:00",
  end: "19:30",
}));
const attendance = [
  { volunteerId: "ana", sessionId: "t1", status: "present" },
  { volunteerId: "ana", sessionId: "t2", status: "present" },
  { volunteerId: "ana", sessionId: "w1", status: "present" },
  { volunteerId: "ben", sessionId: "t2", status: "present" },
  { volunteerId: "ben", sessionId: "w1", status: "present" },
];
const evaluate = (volunteerId) =>
  evaluateCertification(
    {
      policy: district.certificationPolicy,
      sessions,
      attendance,
      volunteerId,
      asOf: "2026-03-10T12:00:00+01:00",
      timeZone: district.timeZone,
      modules: district.curriculum.modules,
    },
    "de",
  );
const evaluation = evaluate("ana");
if (!evaluation.ok) throw new Error("invalid input");
console.log(evaluation.value.eligible, evaluation.value.missing);
//=> true []
const ben = evaluate("ben");
console.log(ben.ok && ben.value.missing);
//=> [ "Es fehlt noch 1 Fachvortrag.", "Das Modul „Behörden und Ämter“ fehlt noch.",
//     "Die Teilnahmequote liegt bei 66,6 %, nötig sind 75 %." ]

const certificate = issueCertificate({
  district,
  volunteerId: "ana",
  evaluation: evaluation.value,
  issuedOn: "2026-03-17",
  sequence: 1,
});
console.log(certificate.ok && certificate.value.number);
//=> "MUL-2026-0001-…" (with a check character)

// 4. Records are checked against the district: a volunteer who serves a municipality the
// district does not have is an error at that field, not someone matching silently skips.
const { volunteer: volunteerSchema } = schemasFor(district);
const stranger = parseWith(volunteerSchema, {
  id: "mira",
  displayName: "Mira",
  status: "certified",
  languages: [{ language: "uk", level: "native" }],
  categories: ["jobcenter"],
  municipalities: ["mainz"],
});
console.log(stranger.ok || stranger.issues.map((i) => `${i.field}: ${i.message}`));
//=> [ "municipalities.0: Bitte wählen Sie einen Ort aus der Liste." ]

// 5. Who could accompany? Ranked with reasons; excluded volunteers say why.
const request = helpRequestFromForm(form.value, {
  id: "anfrage-1",
  receivedAt: "2026-03-10T09:00:00+01:00",
});
const matching = rankVolunteers(
  {
    request,
    district,
    now: "2026-03-10T09:00:00+01:00",
    volunteers: [
      {
        id: "ana",
        displayName: "Ana",
        status: "certified",
        languages: [
          { language: "prs", level: "native" },
          { language: "de", level: "fluent" },
        ],
        categories: ["jobcenter", "behoerden"],
        municipalities: ["beispieldorf"],
        availability: [{ weekday: 2, from: "08:00", to: "13:00" }],
      },
      {
        id: "omid",
        displayName: "Omid",
        status: "certified",
        languages: [{ language: "fa", level: "native" }],
        categories: ["jobcenter"],
        municipalities: ["musterstadt"],
      },
    ],
  },
  "de",
);
if (!matching.ok) throw new Error("invalid input");
for (const candidate of matching.value.candidates) {
  console.log(
    candidate.rank,
    candidate.volunteerId,
    candidate.reasons.map((r) => r.message),
  );
}
for (const excluded of matching.value.excluded) {
  console.log(
    "–",
    excluded.volunteerId,
    excluded.reasons.map((r) => r.message),
  );
}
// Dari (prs) and Farsi (fa) are different languages: Omid is excluded with that reason.
