import type { FullCatalogue, Messages } from "./catalogue.js";

/** English messages; the type makes a missing key a compile error. */
const messages: Messages = {
  "field.required": "Please fill in this field.",
  "field.invalidType": "This value does not have the expected format.",
  "field.invalid": "This value is not valid.",
  "field.invalidChoice": "Please choose one of the options offered.",
  "field.unknownKeys": "Unknown fields: {keys}.",
  "field.unknownKey": "There is no field “{key}” here. Please check the spelling or remove it.",
  "field.unknownKeySuggestion": "There is no field “{key}” here. Did you mean “{suggestion}”?",
  "number.expected": "Please enter a number.",
  "number.notInteger": "Please enter a whole number (no decimals).",
  "boolean.expected": "Please give “true” (yes) or “false” (no).",
  "string.expected": "Please enter a text.",
  "array.expected": "Please give a list.",
  "object.expected": "An object with individual fields is expected here.",
  "string.tooShort": {
    one: "Please enter at least {count} character.",
    other: "Please enter at least {count} characters.",
  },
  "string.tooLong": {
    one: "Please enter at most {count} character.",
    other: "Please enter at most {count} characters.",
  },
  "array.tooShort": {
    one: "Please choose at least one entry.",
    other: "Please choose at least {count} entries.",
  },
  "array.tooLong": {
    one: "Please choose at most one entry.",
    other: "Please choose at most {count} entries.",
  },
  "number.tooSmall": "The value must be at least {count}.",
  "number.tooBig": "The value must be at most {count}.",
  "id.invalid":
    "Please use only lower-case letters, digits, hyphen and underscore (e.g. “cafe-asyl”).",
  "language.invalid": "Please enter a valid language (e.g. “ar” or “prs”).",
  "language.unknown":
    "The language “{tag}” is unknown. Please use a BCP 47 language code such as “ar”, “prs” (Dari) or “kmr” (Kurmanji).",
  "language.notOfferedByDistrict":
    "The district does not offer the language “{tag}” (languagesOffered). Please add it there or choose a language offered.",
  "domain.invalid":
    "Please enter a domain name in lower case, without “https://” and without a path (e.g. “integrationspaten.alzey-worms.de”).",
  "languageLevel.invalid": "Please choose how well you speak the language.",
  "languages.required": "Please enter at least one language.",
  "date.invalid": "Please enter a valid date as YYYY-MM-DD (e.g. 2026-03-17).",
  "datetime.invalid":
    "Please enter a date and time with time zone (e.g. 2026-03-17T18:00:00+01:00).",
  "time.invalid": "Please enter a time as HH:MM (e.g. 18:30).",
  "time.range": "The end must be after the start.",
  "weekday.invalid": "Please choose a weekday.",
  "timeZone.invalid": "This time zone is unknown (e.g. “Europe/Berlin”).",
  "placeholder.invalid": "This placeholder is not valid.",
  "name.required": "Please enter your name.",
  "name.tooLong": "The name may be at most 120 characters long.",
  "email.invalid": "Please enter a valid email address.",
  "phone.invalid": "Please enter a valid phone number (digits, spaces, +, /, - only).",
  "contact.required": "Please enter an email address or a phone number so that we can reply.",
  "consent.required": "Please confirm that you have read the privacy notice.",
  "categories.required": "Please choose at least one area in which you would like to help.",
  "category.required": "Please choose what kind of help you need.",
  "municipality.required": "Please choose a place from the list.",
  "category.unknown": "This kind of help is not offered here.",
  "municipality.unknown": "Please choose a place from the list.",
  "municipalities.required": "Please enter at least one place.",
  "language.notOffered": "This language is not offered here.",
  "description.tooLong": "Please describe your request in at most 500 characters.",
  "text.tooLong": "This text is too long.",
  "text.controlCharacters":
    "This field contains invisible control characters, for example from copied text. Please type the text again.",
  "text.invisibleOnly":
    "This field contains only invisible characters. Please enter readable text.",
  "list.tooMany": {
    one: "Please choose no more than one entry.",
    other: "Please choose no more than {count} entries.",
  },
  "timeOfDay.invalid": "Please choose morning, afternoon or evening.",
  "requesterRole.invalid": "Please say whether you are asking for yourself or for someone else.",
  "volunteerStatus.invalid": "Unknown status.",
  "sessionKind.invalid": "Please choose “expert talk” or “workshop”.",
  "session.endBeforeStart": "The end must be after the start.",
  "attendanceStatus.invalid": "Please choose present, excused or absent.",
  "certificateNumber.invalid": "This certificate number does not have the form “AZW-2026-0001-X”.",
  "certificateNumber.checkFailed": "The check character of this certificate number is wrong.",
  "district.duplicateId": "The id “{id}” occurs more than once.",
  "district.unknownReference": "“{id}” refers to an entry that does not exist.",
  "district.unknownCategory": "The category “{id}” is not in the catalogue.",
  "district.categoryExists":
    "The category “{id}” exists already; use “modify” to rename or change it.",
  "district.noCategories": "The catalogue has no active category.",
  "district.unknownModule":
    "The module “{id}” is not described in the district's curriculum (curriculum.modules).",
  "district.unknownCoordinationPoint": "The district has no coordination point “{id}”.",
  "district.languageNameMissing":
    "The platform cannot name the language “{id}”. Please give a German and an English name under “languageNames”.",
  "district.languageNameNotOffered":
    "“{id}” has a name but the language is not listed in “languagesOffered”.",
  "certification.unknownSession":
    "An attendance record refers to the session “{id}”, which is not in the list of sessions.",
  "policy.ratio": "Please give a share between 0 and 1 (e.g. 0.75 for 75 %).",
  "policy.renewalAfterValidity": "The refresher must fall due before the certificate expires.",
  // --- certification (evaluation sentences, certificate numbers) ---
  "certification.expertTalks.status": {
    one: "{count} expert talk attended (required: {required}).",
    other: "{count} expert talks attended (required: {required}).",
  },
  "certification.workshops.status": {
    one: "{count} workshop attended (required: {required}).",
    other: "{count} workshops attended (required: {required}).",
  },
  "certification.module.attended": "Module “{moduleLabel}”: attended.",
  "certification.module.notAttended": "Module “{moduleLabel}”: not attended yet.",
  "certification.attendanceRate.status": "Attendance rate: {achieved} (required: {required}).",
  "certification.missing.expertTalks": {
    one: "{count} more expert talk is needed.",
    other: "{count} more expert talks are needed.",
  },
  "certification.missing.workshops": {
    one: "{count} more workshop is needed.",
    other: "{count} more workshops are needed.",
  },
  "certification.missing.module": "The module “{moduleLabel}” is still missing.",
  "certification.missing.attendanceRate":
    "The attendance rate is {achieved}; {required} is required.",
  "certification.duplicateSession":
    "The session “{id}” occurs more than once. Please give every session its own id.",
  "certificate.notEligible":
    "The certificate cannot be issued yet because not all requirements are met. The evaluation lists what is missing.",
  "certificate.volunteerMismatch":
    "The evaluation belongs to a different volunteer. Please evaluate this volunteer's attendance.",
  "certificateNumber.prefix": "The prefix must be 2 to 6 capital letters (e.g. “AZW”).",
  "certificateNumber.year": "Please give a four-digit year (e.g. 2026).",
  "certificateNumber.sequence": "The sequence number must be a whole number from 1 to 999999.",
  // --- matching (reasons for rank and exclusion) ---
  "match.step.sharedLanguage": "There are volunteers who speak one of the person's languages.",
  "match.step.bridgeLanguage":
    "Nobody speaks one of the person's languages ({languageNames}). Suggested are volunteers who can talk with them in a bridge language ({bridgeLanguageNames}).",
  "match.step.interpreter":
    "Nobody speaks one of the person's languages ({languageNames}) or a shared bridge language. Please bring in a telephone interpreter.",
  "match.step.bridgeLanguage.speakersExcluded": {
    one: "{count} volunteer speaks {languageNames} but is ruled out for other reasons – {speakerReasons}. Suggested are volunteers who can talk with the person in a bridge language ({bridgeLanguageNames}).",
    other:
      "{count} volunteers speak {languageNames} but are ruled out for other reasons – {speakerReasons}. Suggested are volunteers who can talk with the person in a bridge language ({bridgeLanguageNames}).",
  },
  "match.step.interpreter.speakersExcluded": {
    one: "{count} volunteer speaks {languageNames} but is ruled out for other reasons – {speakerReasons}. Nobody speaks a shared bridge language. Please bring in a telephone interpreter.",
    other:
      "{count} volunteers speak {languageNames} but are ruled out for other reasons – {speakerReasons}. Nobody speaks a shared bridge language. Please bring in a telephone interpreter.",
  },
  "match.speakerReason": "“{reason}” ({count})",
  "match.step.none":
    "Nobody meets the requirements of this request. The reasons are listed with each volunteer.",
  "match.language.nativeFirst":
    "Speaks {languageName} as a native language – the language the person listed first.",
  "match.language.native": "Speaks {languageName} as a native language.",
  "match.language.fluentFirst":
    "Speaks {languageName} fluently – the language the person listed first.",
  "match.language.fluent": "Speaks {languageName} fluently.",
  "match.language.bridgeNative":
    "Speaks the bridge language {languageName} as a native language but none of the person's own languages.",
  "match.language.bridgeFluent":
    "Speaks the bridge language {languageName} fluently but none of the person's own languages.",
  "match.language.interpreter":
    "Speaks none of the person's languages; please bring in a telephone interpreter for {languageName}.",
  "match.language.notRequired":
    "Speaks none of the person's languages; “{categoryLabel}” does not require it.",
  "match.municipality.exact": "Helps in {municipalityName}, where help is needed.",
  "match.municipality.neighbour": "Helps in the neighbouring municipality {municipalityName}.",
  "match.availability.weekly": "Available at a preferred time: {weekdayName}, {from}–{to}.",
  "match.availability.onDate":
    "Available at a preferred time: {weekdayName}, {dateText}, {from}–{to}.",
  "match.availability.flexible":
    "The person named no preferred times; the appointment will be agreed.",
  "match.availability.unknown":
    "Times unknown: no times on record, so listed after everyone whose times fit.",
  "match.fairness.recent": {
    one: "{count} assignment in the last {days} days.",
    other: "{count} assignments in the last {days} days.",
  },
  "match.fairness.noneRecent": "No assignment in the last {days} days.",
  "match.fairness.lastAssignment": {
    one: "Last assignment {count} day ago.",
    other: "Last assignment {count} days ago.",
  },
  "match.fairness.lastAssignmentToday": "Last assignment less than a day ago.",
  "match.fairness.neverAssigned": "No assignment yet.",
  "match.status.inTraining": "Still in training, which “{categoryLabel}” allows.",
  "match.goodConduct.seen":
    "Extended certificate of good conduct without relevant entries, seen on {dateText}.",
  "match.excluded.applicant": "Has applied but not started training yet.",
  "match.excluded.paused": "Is taking a break at the moment.",
  "match.excluded.retired": "Has left the programme.",
  "match.excluded.inTraining":
    "Still in training; only certified volunteers take “{categoryLabel}”.",
  "match.excluded.certificateExpired": "The certificate was valid only until {dateText}.",
  "match.excluded.category": "Does not take requests for “{categoryLabel}”.",
  "match.excluded.municipality":
    "Helps neither in {municipalityName} nor in a neighbouring municipality.",
  "match.excluded.availability": "Is not available at any of the preferred times.",
  "match.excluded.noSharedLanguage":
    "Does not speak any of the person's languages ({languageNames}) fluently.",
  "match.excluded.basicOnly":
    "Speaks {languageName} at a basic level only; accompanying someone needs at least fluent.",
  "match.excluded.noBridgeLanguage":
    "Speaks neither one of the person's languages ({languageNames}) nor a shared bridge language ({bridgeLanguageNames}) fluently.",
  "match.excluded.goodConductMissing":
    "“{categoryLabel}” requires an extended certificate of good conduct; none has been seen.",
  "match.excluded.goodConductNotClear":
    "The extended certificate of good conduct contained relevant entries.",
  "match.excluded.goodConductOutdated":
    "The extended certificate of good conduct was seen on {dateText}, more than five years ago.",
  "match.duplicateVolunteer": "The volunteer “{id}” is listed more than once.",
  // --- schedule ---
  "schedule.duplicateId":
    "The id “{id}” is already used by another date; each id may appear only once.",
  "schedule.exceptionNotInSeries":
    "The series has no date on {date}. Please give the original date of one of its dates.",
  "schedule.exceptionDuplicate": "There is already an exception for the date on {date}.",
  "schedule.exceptionNoChange": "Please say what changes: a new day, a new time or a new place.",
  "schedule.seasonOrMonth": "Please give either a season or a month, not both.",
  "schedule.tentative": "{period}, date to be announced",
  "schedule.tentativeGroup": "Date to be announced",
  "schedule.season.spring": "Spring {year}",
  "schedule.season.summer": "Summer {year}",
  "schedule.season.autumn": "Autumn {year}",
  "schedule.season.winter": "Winter {year}",
  "schedule.kind.expert_talk": "Expert talk",
  "schedule.kind.workshop": "Workshop",
  "schedule.kind.meeting": "Meeting",
  "schedule.kind.ceremony": "Ceremony",
  "schedule.kind.other": "Other",
  "schedule.cancelled": "Cancelled: {title}",
};

/**
 * The English catalogue: the bridge language, and the fallback of every partial catalogue.
 * Register it (`registerMessages(en)`) where English messages are wanted.
 */
export const en: FullCatalogue = { locale: "en", messages };
