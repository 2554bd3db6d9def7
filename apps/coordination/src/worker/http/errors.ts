import type { ValidationIssue } from "@integrationspaten/domain";

/*
 * The workspace API's one catalogue of errors. A `code` never changes once published (the
 * app and logs key on it); messages exist in German and English, and the central error
 * handler (app.ts) answers in the language the request asks for.
 */

interface Localized {
  readonly de: string;
  readonly en: string;
}

export type ErrorLocale = keyof Localized;

export const workspaceErrors = {
  unauthenticated: {
    status: 401,
    message: {
      de: "Sie sind nicht angemeldet, oder Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich neu an.",
      en: "You are not signed in, or your sign-in has expired. Please sign in again.",
    },
  },
  not_a_coordinator: {
    status: 403,
    message: {
      de: "Ihre Anmeldung ist gültig, aber für diese Adresse ist kein aktives Konto im Arbeitsbereich eingerichtet. Bitte wenden Sie sich an die Kreisverwaltung.",
      en: "Your sign-in is valid, but there is no active workspace account for this address. Please contact the district administration.",
    },
  },
  forbidden: {
    status: 403,
    message: {
      de: "Dafür fehlt Ihnen die Berechtigung.",
      en: "You are not allowed to do this.",
    },
  },
  cross_site: {
    status: 403,
    message: {
      de: "Die Anfrage kam nicht aus dem Arbeitsbereich selbst und wurde deshalb abgewiesen.",
      en: "The request did not come from the workspace itself and was refused.",
    },
  },
  not_found: {
    status: 404,
    message: {
      de: "Diesen Eintrag gibt es nicht, oder er gehört nicht zu Ihrer Koordinierungsstelle.",
      en: "This record does not exist, or it does not belong to your coordination point.",
    },
  },
  already_decided: {
    status: 409,
    message: {
      de: "Diese Anmeldung wurde bereits beantwortet.",
      en: "This sign-up has already been answered.",
    },
  },
  not_eligible: {
    status: 409,
    message: {
      de: "Die Voraussetzungen für das Zertifikat sind noch nicht erfüllt.",
      en: "The requirements for the certificate are not met yet.",
    },
  },
  session_in_future: {
    status: 409,
    message: {
      de: "Dieser Termin liegt in der Zukunft; die Anwesenheit kann erst ab dem Tag des Termins erfasst werden.",
      en: "This session is in the future; attendance can be recorded from the day of the session.",
    },
  },
  already_revoked: {
    status: 409,
    message: {
      de: "Dieses Zertifikat ist bereits widerrufen.",
      en: "This certificate has already been revoked.",
    },
  },
  unprintable_name: {
    status: 422,
    message: {
      de: "Der Name enthält Schriftzeichen, die das Zertifikat nicht drucken kann (lateinische, griechische und kyrillische Schrift sind möglich). Bitte tragen Sie den Namen im Profil zusätzlich in lateinischer Schrift ein.",
      en: "The name contains characters the certificate cannot print (Latin, Greek and Cyrillic script work). Please add the name in Latin script to the profile.",
    },
  },
  email_taken: {
    status: 409,
    message: {
      de: "Für diese E-Mail-Adresse gibt es bereits ein Konto.",
      en: "There is already an account for this e-mail address.",
    },
  },
  unsupported_media_type: {
    status: 415,
    message: {
      de: "Bitte senden Sie die Daten als JSON (Content-Type: application/json).",
      en: "Please send the data as JSON (Content-Type: application/json).",
    },
  },
  payload_too_large: {
    status: 413,
    message: {
      de: "Die Anfrage ist zu groß.",
      en: "The request is too large.",
    },
  },
  malformed_body: {
    status: 400,
    message: {
      de: "Der Inhalt der Anfrage ist kein gültiges JSON.",
      en: "The request body is not valid JSON.",
    },
  },
  case_offered: {
    status: 409,
    message: {
      de: "Für diese Anfrage wartet schon eine Anfrage an eine ehrenamtliche Person auf Antwort. Nehmen Sie sie zurück, bevor Sie jemand anderen fragen.",
      en: "A volunteer has already been asked about this request and has not answered yet. Withdraw that offer before asking someone else.",
    },
  },
  case_taken: {
    status: 409,
    message: {
      de: "Diese Anfrage hat schon eine ehrenamtliche Person übernommen.",
      en: "A volunteer has already taken this request.",
    },
  },
  case_closed: {
    status: 409,
    message: {
      de: "Diese Anfrage ist abgeschlossen. Öffnen Sie sie wieder, um sie weiterzubearbeiten.",
      en: "This request is closed. Reopen it to work on it again.",
    },
  },
  case_not_offered: {
    status: 409,
    message: {
      de: "Für diese Anfrage wartet keine Anfrage an eine ehrenamtliche Person auf Antwort.",
      en: "No volunteer is waiting to answer about this request.",
    },
  },
  not_a_candidate: {
    status: 409,
    message: {
      de: "Diese Person kommt für die Anfrage nicht in Frage (siehe Ausschlussgründe).",
      en: "This volunteer is not a candidate for the request (see the reasons for exclusion).",
    },
  },
  case_anonymised: {
    status: 409,
    message: {
      de: "Diese Anfrage ist anonymisiert; die Angaben der anfragenden Person sind gelöscht.",
      en: "This request has been anonymised; the requester's details are deleted.",
    },
  },
  mail_failed: {
    status: 502,
    message: {
      de: "Die Anfrage ist eingetragen, aber die E-Mail an die ehrenamtliche Person konnte nicht gesendet werden. Bitte senden Sie sie erneut.",
      en: "The offer is recorded, but the e-mail to the volunteer could not be sent. Please send it again.",
    },
  },
  validation_failed: {
    status: 422,
    message: {
      de: "Einige Angaben sind unvollständig oder ungültig.",
      en: "Some details are missing or invalid.",
    },
  },
  misconfigured: {
    status: 500,
    message: {
      de: "Der Arbeitsbereich ist nicht richtig eingerichtet. Die Betreiber sind informiert.",
      en: "The workspace is not configured correctly. The operators have been told.",
    },
  },
  internal: {
    status: 500,
    message: {
      de: "Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später noch einmal.",
      en: "An internal error occurred. Please try again later.",
    },
  },
} as const satisfies Record<string, { status: number; message: Localized }>;

export type WorkspaceErrorCode = keyof typeof workspaceErrors;

/** A catalogued error; the central handler turns it into the JSON answer. */
export class WorkspaceError extends Error {
  constructor(
    readonly code: WorkspaceErrorCode,
    readonly issues?: readonly ValidationIssue[],
  ) {
    super(code);
  }
}

/** German unless the request prefers English (`Accept-Language`). */
export function errorLocale(acceptLanguage: string | undefined): ErrorLocale {
  const first = (acceptLanguage ?? "").split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "de";
}

export function errorBody(
  code: WorkspaceErrorCode,
  locale: ErrorLocale,
  issues?: readonly ValidationIssue[],
) {
  return {
    error: {
      code,
      message: workspaceErrors[code].message[locale],
      ...(issues ? { issues: issues.map(({ field, message }) => ({ field, message })) } : {}),
    },
  };
}
