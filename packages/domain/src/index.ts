// Public API of @integrationspaten/domain (re-exports only, every name listed: what is not
// here is internal and may change without notice). Calendar export lives under its own
// subpath so that this entry never loads the `ics` package.

// calendar dates and time zones
export { addDays, addMonths, isCalendarDate } from "./calendar/calendar-date.js";
export { type ZonedParts, zonedDate, zonedInstant, zonedParts } from "./calendar/zoned.js";

// certification
export {
  type CertificateNumberParts,
  formatCertificateNumber,
  type VerifiedCertificateNumber,
  verifyCertificateNumber,
} from "./certification/certificate-number.js";
export { type CertificateStatus, certificateStatus } from "./certification/certificate-status.js";
export {
  type AttendanceTally,
  type CertificationEvaluation,
  countingSessionIds,
  evaluateCertification,
  evaluateCohort,
  evaluateParsedCohort,
  type RequirementKind,
  type RequirementOutcome,
  type RequirementResult,
} from "./certification/evaluate.js";
export {
  type CohortEvaluationRequest,
  type CohortEvaluationRequestInput,
  cohortEvaluationRequestSchema,
  type EvaluationRequest,
  type EvaluationRequestInput,
  evaluationRequestSchema,
} from "./certification/evaluation-input.js";
export { type CertificateIssueRequest, issueCertificate } from "./certification/issue.js";
export {
  type CertificationPolicy,
  type CertificationPolicyInput,
  certificationPolicySchema,
  type ExcusedAbsencePolicy,
  excusedAbsencePolicySchema,
} from "./certification/policy.js";

// contract between site and worker
export { CERTIFICATE_CHECK, certificateCheckUrl } from "./contract/certificate-check.js";
export { SUBMISSION_ENDPOINTS } from "./contract/endpoints.js";
export {
  type SubmissionErrorBody,
  type SubmissionFieldIssue,
  submissionErrorBodySchema,
  submissionFieldIssueSchema,
} from "./contract/error-body.js";
export { FORM_META_FIELDS, type FormMeta } from "./contract/form-meta.js";
export {
  FORM_PAGES,
  type FormPages,
  formPath,
  type PagePaths,
  thankYouPath,
} from "./contract/form-paths.js";
export { CONTRACT_LITERALS } from "./contract/literals.js";
export {
  PROGRAMME_SESSIONS,
  type ProgrammeSession,
  type ProgrammeSessionsAnswer,
  programmeSessionEventId,
  programmeSessionSchema,
  programmeSessionsAnswerSchema,
} from "./contract/programme-sessions.js";
export {
  BRIDGE_SITE_LOCALE,
  DEFAULT_SITE_LOCALE,
  isSiteLocale,
  SITE_LOCALES,
  type SiteLocale,
  type TextDirection,
  textDirection,
} from "./contract/site-locales.js";
export { WORKSPACE_RECORD_PATHS, workspacePath } from "./contract/workspace-paths.js";

// district configuration and the schemas narrowed to a district
export { alzeyWormsConfig } from "./district/alzey-worms.js";
export { alzeyWorms } from "./district/default.js";
export {
  type District,
  DistrictConfigError,
  defineDistrict,
  safeDefineDistrict,
} from "./district/define.js";
export { formSchemasFor } from "./district/form-schemas.js";
export {
  type DistrictSchemas,
  type DistrictVolunteerInput,
  schemasFor,
} from "./district/record-schemas.js";
export type { DistrictReferences } from "./district/references.js";
export {
  type CurriculumModule,
  curriculumModuleSchema,
  curriculumSchema,
  type DistrictConfig,
  type DistrictConfigInput,
  districtConfigSchema,
  retentionSchema,
  routingSchema,
  timeZoneSchema,
} from "./district/schema.js";

// messages and validation results
export {
  formatIssues,
  parseWith,
  type Result,
  type ValidationIssue,
} from "./i18n/issues.js";
// (German is built in; other languages are separate entries: `…/messages/en`, `…/messages`)
export {
  type FullCatalogue,
  isMessageKey,
  type Message,
  type MessageCatalogue,
  type MessageKey,
  type MessageParams,
  type Messages,
  registeredLocales,
  registerMessages,
  translate,
} from "./i18n/messages.js";

// request catalogue and matching
export {
  type CatalogueChanges,
  type CatalogueChangesInput,
  catalogueChangesSchema,
  type RequestCategory,
  type RequestCategoryInput,
  type RequestCategoryPatch,
  requestCategoryPatchSchema,
  requestCategorySchema,
} from "./requests/category.js";
export { DEFAULT_CATALOGUE } from "./requests/default-catalogue.js";
export { helpRequestFromForm, TIME_OF_DAY_WINDOWS } from "./requests/from-form.js";
export { DEFAULT_BRIDGE_LANGUAGES, sameLanguage } from "./requests/language-match.js";
export { languageName, type MatchReason } from "./requests/match-reasons.js";
export {
  type ExcludedVolunteer,
  type Matching,
  type MatchingStep,
  type RankedVolunteer,
  rankParsedVolunteers,
  rankVolunteers,
} from "./requests/matching.js";
export {
  type MatchingDistrict,
  type MatchingInput,
  matchingDistrictSchema,
  matchingInputSchema,
  matchingInputSchemaFor,
  type ParsedMatchingInput,
} from "./requests/matching-input.js";
export { resolveCatalogue } from "./requests/resolve-catalogue.js";
export {
  type RoutedPoint,
  routeToCoordinationPoint,
  routingOverview,
} from "./requests/routing.js";

// schedule
export { localizedEventText } from "./schedule/event-text.js";
export { type ExpandOptions, expandOccurrences } from "./schedule/expand.js";
export {
  type DateFormatOptions,
  formatDate,
  formatMonth,
  formatOccurrence,
  formatTentative,
  formatTimeRange,
} from "./schedule/format.js";
export { groupByMonth, type OccurrenceMonth } from "./schedule/group.js";
export { parseProgrammeEvents } from "./schedule/parse.js";
export {
  isDated,
  nextOccurrence,
  pastOccurrences,
  upcomingOccurrences,
} from "./schedule/queries.js";
export {
  formatPublishedCalendarState,
  occurrenceFingerprint,
  type PublishedCalendarState,
  type PublishedOccurrence,
  publishedCalendarStateSchema,
  publishedOccurrenceSchema,
  type RevisedSequences,
  reviseSequences,
} from "./schedule/revisions.js";
export {
  type Audience,
  audienceSchema,
  type DatedOccurrence,
  type EventKind,
  type EventText,
  eventKindSchema,
  eventTextSchema,
  type Occurrence,
  type ProgrammeEvent,
  type ProgrammeEventInput,
  programmeEventSchema,
  type Recurrence,
  recurrenceSchema,
  type SeriesException,
  seriesExceptionSchema,
  seriesWhenSchema,
  singleWhenSchema,
  tentativeWhenSchema,
  type When,
  whenSchema,
} from "./schedule/schema.js";

// schemas of records and forms (open: checked for form only; see `schemasFor`)
export {
  type Attendance,
  type AttendanceStatus,
  attendanceListSchema,
  attendanceSchema,
  attendanceStatusSchema,
} from "./schemas/attendance.js";
export {
  type Certificate,
  certificateNumberSchema,
  certificateSchema,
} from "./schemas/certificate.js";
export {
  idSchema,
  isKnownLanguage,
  isoDateSchema,
  isoDateTimeSchema,
  type LanguageTag,
  type LocalizedText,
  languageTagSchema,
  localizedTextSchema,
  localTimeSchema,
  normalizeLanguageTag,
  type WeeklySlot,
  weekdaySchema,
  weeklySlotSchema,
  wellFormedLanguageTagSchema,
} from "./schemas/common.js";
export {
  type Contact,
  type CoordinationPoint,
  type CoordinationPointInput,
  contactSchema,
  coordinationPointSchema,
} from "./schemas/coordination-point.js";
export {
  decodeFormFields,
  FORM_FIELDS,
  type SubmissionKind,
  splitJsonSubmission,
} from "./schemas/form-encoding.js";
export {
  type HelpRequestForm,
  type HelpRequestFormInput,
  helpRequestFormSchema,
  type TimeOfDay,
  timeOfDaySchema,
  type VolunteerSignup,
  type VolunteerSignupInput,
  volunteerSignupSchema,
} from "./schemas/forms.js";
export {
  type HelpRequest,
  type HelpRequestInput,
  helpRequestSchema,
  type TimePreference,
  timePreferenceSchema,
} from "./schemas/help-request.js";
export {
  type LanguageLevel,
  type LanguageSkill,
  languageLevelSchema,
  languageSkillSchema,
} from "./schemas/language-skill.js";
export {
  type Municipality,
  type MunicipalityInput,
  municipalitySchema,
} from "./schemas/municipality.js";
export {
  findPlaceholders,
  isPlaceholder,
  orPlaceholder,
  PLACEHOLDER_PREFIX,
  type PlaceholderLocation,
  placeholder,
  placeholderSchema,
} from "./schemas/placeholder.js";
export {
  type SessionKind,
  sessionKindSchema,
  type TrainingSession,
  type TrainingSessionInput,
  trainingSessionSchema,
} from "./schemas/training-session.js";
export {
  type AssignmentRecord,
  assignmentRecordSchema,
  type GoodConductCheck,
  goodConductCheckSchema,
  type Volunteer,
  type VolunteerInput,
  type VolunteerStatus,
  volunteerSchema,
  volunteerStatusSchema,
} from "./schemas/volunteer.js";
