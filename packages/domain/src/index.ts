// Public API of @integrationspaten/domain (re-exports only). Calendar export lives under
// its own subpath so that this entry never loads the `ics` package.

// certification
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
export * from "./requests/category.js";
export * from "./requests/default-catalogue.js";
export * from "./requests/resolve-catalogue.js";
// schemas
export * from "./schemas/attendance.js";
export * from "./schemas/certificate.js";
export * from "./schemas/common.js";
export * from "./schemas/coordination-point.js";
export * from "./schemas/forms.js";
export * from "./schemas/help-request.js";
export * from "./schemas/language-skill.js";
export * from "./schemas/municipality.js";
export * from "./schemas/placeholder.js";
export * from "./schemas/training-session.js";
export * from "./schemas/volunteer.js";
