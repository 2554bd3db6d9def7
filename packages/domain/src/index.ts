// Public API of @integrationspaten/domain (re-exports only). Calendar export lives under
// its own subpath so that this entry never loads the `ics` package.

// certification
export * from "./certification/certificate-number.js";
export * from "./certification/certificate-status.js";
export * from "./certification/evaluate.js";
export * from "./certification/evaluation-input.js";
export * from "./certification/issue.js";
export * from "./certification/policy.js";
// district configuration
export * from "./district/alzey-worms.js";
export * from "./district/default.js";
export * from "./district/define.js";
export * from "./district/form-schemas.js";
export * from "./district/schema.js";
// messages and validation results
export * from "./i18n/issues.js";
export * from "./i18n/messages.js";
// request catalogue
export * from "./requests/availability.js";
export * from "./requests/category.js";
export * from "./requests/default-catalogue.js";
export * from "./requests/from-form.js";
export * from "./requests/language-match.js";
export * from "./requests/match-reasons.js";
export * from "./requests/matching.js";
export * from "./requests/matching-input.js";
export * from "./requests/resolve-catalogue.js";
export * from "./requests/routing.js";
// schedule
export * from "./schedule/calendar-file.js";
export * from "./schedule/event-text.js";
export * from "./schedule/expand.js";
export * from "./schedule/format.js";
export * from "./schedule/group.js";
export * from "./schedule/parse.js";
export * from "./schedule/queries.js";
export * from "./schedule/schema.js";
export * from "./schedule/zoned-time.js";
// schemas
export * from "./schemas/attendance.js";
export * from "./schemas/certificate.js";
export * from "./schemas/common.js";
export * from "./schemas/coordination-point.js";
export * from "./schemas/form-encoding.js";
export * from "./schemas/forms.js";
export * from "./schemas/help-request.js";
export * from "./schemas/language-skill.js";
export * from "./schemas/municipality.js";
export * from "./schemas/placeholder.js";
export * from "./schemas/training-session.js";
export * from "./schemas/volunteer.js";
