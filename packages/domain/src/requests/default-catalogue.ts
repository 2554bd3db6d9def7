import type { RequestCategoryInput } from "./category.js";

/**
 * The kinds of help named in the Alzey-Worms press release: accompaniment to authorities
 * and the Jobcenter, translating and filling in applications such as Kindergeld, school
 * visits and talks, doctor visits, and cultural mediation in everyday life. Districts
 * adapt it through `catalogue` changes in their configuration.
 */
export const DEFAULT_CATALOGUE: readonly RequestCategoryInput[] = [
  {
    id: "behoerden",
    label: { de: "Begleitung zu Behörden", en: "Accompaniment to public offices" },
    description: {
      de: "Begleitung zu Terminen bei Ämtern, z. B. Ausländerbehörde, Bürgerbüro oder Sozialamt. Nach § 13 Abs. 4 SGB X darf jede Person einen Beistand mitbringen.",
      en: "Accompaniment to appointments at public offices such as the immigration office, citizens' office or social welfare office. Under section 13 (4) SGB X everyone may bring a supporter.",
    },
    requiresSharedLanguage: true,
    certifiedOnly: true,
  },
  {
    id: "jobcenter",
    label: { de: "Termine im Jobcenter", en: "Appointments at the Jobcenter" },
    description: {
      de: "Begleitung zu Gesprächen im Jobcenter und Hilfe, Schreiben und Bescheide zu verstehen.",
      en: "Accompaniment to meetings at the Jobcenter and help with understanding its letters and decisions.",
    },
    requiresSharedLanguage: true,
    certifiedOnly: true,
  },
  {
    id: "antraege",
    label: {
      de: "Anträge übersetzen und ausfüllen",
      en: "Translating and filling in applications",
    },
    description: {
      de: "Hilfe beim Verstehen und Ausfüllen von Formularen, zum Beispiel dem Kindergeldantrag (KG1 mit „Anlage Kind“).",
      en: "Help with understanding and filling in forms, for example the application for child benefit (Kindergeld, form KG1 with “Anlage Kind”).",
    },
    requiresSharedLanguage: true,
    certifiedOnly: true,
    hint: {
      de: "Kindergeld wird rückwirkend nur für sechs Monate gezahlt. Bitte fragen Sie früh an.",
      en: "Child benefit is paid retroactively for six months only. Please ask early.",
    },
  },
  {
    id: "schule",
    label: { de: "Schulbesuche und Schulgespräche", en: "School visits and school talks" },
    description: {
      de: "Begleitung zu Elterngesprächen, Elternabenden und Terminen in Schule und Kita.",
      en: "Accompaniment to parent-teacher talks, parents' evenings and appointments at school or day care.",
    },
    requiresSharedLanguage: true,
    certifiedOnly: true,
    requiresGoodConduct: true,
  },
  {
    id: "arzt",
    label: { de: "Arztbesuche", en: "Doctor visits" },
    description: {
      de: "Begleitung zu Terminen in Arztpraxen, damit Gespräch und Behandlung verstanden werden.",
      en: "Accompaniment to appointments at a doctor's practice so that the conversation and treatment are understood.",
    },
    requiresSharedLanguage: true,
    certifiedOnly: true,
    hint: {
      de: "Bitte schreiben Sie keine Angaben zu Krankheiten in die Anfrage. „Arztbesuch, Sprache, Datum“ genügt.",
      en: "Please do not write anything about illnesses in the request. “Doctor visit, language, date” is enough.",
    },
  },
  {
    id: "alltag",
    label: {
      de: "Kulturvermittlung und Orientierung im Alltag",
      en: "Cultural mediation and everyday orientation",
    },
    description: {
      de: "Hilfe, sich im deutschen Alltag zurechtzufinden: Wege, Angebote vor Ort, Gepflogenheiten und Fragen, die sonst niemand beantwortet.",
      en: "Help with finding one's way in everyday life in Germany: getting around, local services, customs and questions nobody else answers.",
    },
    requiresSharedLanguage: false,
    certifiedOnly: false,
  },
];
