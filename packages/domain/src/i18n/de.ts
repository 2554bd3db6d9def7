/**
 * German messages — the reference catalogue: every other language must have every key
 * (checked by the type of `en.ts` and by a test). `{name}` is replaced by a parameter;
 * an object with `one`/`other` is chosen by the `count` parameter.
 */
export const de = {
  // generic, by zod issue code
  "field.required": "Bitte füllen Sie dieses Feld aus.",
  "field.invalidType": "Dieser Wert hat nicht das erwartete Format.",
  "field.invalid": "Dieser Wert ist ungültig.",
  "field.invalidChoice": "Bitte wählen Sie eine der angebotenen Möglichkeiten.",
  "field.unknownKeys": "Unbekannte Angaben: {keys}.",
  "string.tooShort": {
    one: "Bitte geben Sie mindestens {count} Zeichen ein.",
    other: "Bitte geben Sie mindestens {count} Zeichen ein.",
  },
  "string.tooLong": {
    one: "Bitte geben Sie höchstens {count} Zeichen ein.",
    other: "Bitte geben Sie höchstens {count} Zeichen ein.",
  },
  "array.tooShort": {
    one: "Bitte wählen Sie mindestens einen Eintrag.",
    other: "Bitte wählen Sie mindestens {count} Einträge.",
  },
  "array.tooLong": {
    one: "Bitte wählen Sie höchstens einen Eintrag.",
    other: "Bitte wählen Sie höchstens {count} Einträge.",
  },
  "number.tooSmall": "Der Wert muss mindestens {count} sein.",
  "number.tooBig": "Der Wert darf höchstens {count} sein.",
  // specific, by key set in the schemas
  "id.invalid":
    "Bitte verwenden Sie nur Kleinbuchstaben, Ziffern, Bindestrich und Unterstrich (z. B. „cafe-asyl“).",
  "language.invalid": "Bitte geben Sie eine gültige Sprache an (z. B. „ar“ oder „prs“).",
  "languageLevel.invalid": "Bitte wählen Sie, wie gut Sie die Sprache sprechen.",
  "languages.required": "Bitte geben Sie mindestens eine Sprache an.",
  "date.invalid": "Bitte geben Sie ein gültiges Datum an (TT.MM.JJJJ).",
  "datetime.invalid": "Bitte geben Sie Datum und Uhrzeit mit Zeitzone an.",
  "time.invalid": "Bitte geben Sie eine Uhrzeit im Format SS:MM an.",
  "time.range": "Das Ende muss nach dem Beginn liegen.",
  "weekday.invalid": "Bitte wählen Sie einen Wochentag.",
  "timeZone.invalid": "Diese Zeitzone ist unbekannt (z. B. „Europe/Berlin“).",
  "placeholder.invalid": "Dieser Platzhalter ist ungültig.",
  "name.required": "Bitte geben Sie Ihren Namen an.",
  "name.tooLong": "Der Name darf höchstens 120 Zeichen lang sein.",
  "email.invalid": "Bitte geben Sie eine gültige E-Mail-Adresse an.",
  "phone.invalid":
    "Bitte geben Sie eine gültige Telefonnummer an (nur Ziffern, Leerzeichen, +, /, -).",
  "contact.required":
    "Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an, damit wir antworten können.",
  "consent.required": "Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben.",
  "categories.required": "Bitte wählen Sie mindestens einen Bereich, in dem Sie helfen möchten.",
  "category.required": "Bitte wählen Sie, welche Hilfe Sie brauchen.",
  "municipality.required": "Bitte wählen Sie einen Ort aus der Liste.",
  "category.unknown": "Diese Art der Hilfe wird hier nicht angeboten.",
  "municipality.unknown": "Bitte wählen Sie einen Ort aus der Liste.",
  "municipalities.required": "Bitte geben Sie mindestens einen Ort an.",
  "language.notOffered": "Diese Sprache wird hier nicht angeboten.",
  "description.tooLong": "Bitte beschreiben Sie Ihr Anliegen in höchstens 500 Zeichen.",
  "text.tooLong": "Dieser Text ist zu lang.",
  "timeOfDay.invalid": "Bitte wählen Sie morgens, nachmittags oder abends.",
  "requesterRole.invalid":
    "Bitte geben Sie an, ob Sie für sich selbst oder für eine andere Person anfragen.",
  "volunteerStatus.invalid": "Unbekannter Status.",
  "sessionKind.invalid": "Bitte wählen Sie „Fachvortrag“ oder „Workshop“.",
  "session.endBeforeStart": "Das Ende muss nach dem Beginn liegen.",
  "attendanceStatus.invalid": "Bitte wählen Sie anwesend, entschuldigt oder abwesend.",
  "certificateNumber.invalid": "Diese Zertifikatsnummer hat nicht das Format „AZW-2026-0001-X“.",
  "certificateNumber.checkFailed": "Die Prüfziffer dieser Zertifikatsnummer stimmt nicht.",
  "district.duplicateId": "Die Kennung „{id}“ kommt mehrfach vor.",
  "district.unknownReference": "„{id}“ verweist auf einen Eintrag, den es nicht gibt.",
  "district.unknownCategory": "Die Kategorie „{id}“ gibt es im Katalog nicht.",
  "district.categoryExists":
    "Die Kategorie „{id}“ gibt es bereits; zum Umbenennen oder Ändern „modify“ verwenden.",
  "district.noCategories": "Der Katalog enthält keine aktive Kategorie.",
  "policy.ratio": "Bitte geben Sie einen Anteil zwischen 0 und 1 an (z. B. 0.75 für 75 %).",
  "policy.renewalAfterValidity": "Die Auffrischung muss vor dem Ende der Gültigkeit fällig werden.",
  // --- certification (evaluation sentences, certificate numbers) ---
  // --- matching (reasons for rank and exclusion) ---
} as const;

export type MessageKey = keyof typeof de;
