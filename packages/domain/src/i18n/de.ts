/**
 * German messages — the reference catalogue: every other language must have every key
 * (checked by the type of `en.ts` and by a test). `{name}` is replaced by a parameter;
 * an object with `one`/`other` is chosen by the `count` parameter.
 */
const messages = {
  // generic, by zod issue code
  "field.required": "Bitte füllen Sie dieses Feld aus.",
  "field.invalidType": "Dieser Wert hat nicht das erwartete Format.",
  "field.invalid": "Dieser Wert ist ungültig.",
  "field.invalidChoice": "Bitte wählen Sie eine der angebotenen Möglichkeiten.",
  "field.unknownKeys": "Unbekannte Angaben: {keys}.",
  "field.unknownKey":
    "Die Angabe „{key}“ gibt es hier nicht. Bitte prüfen Sie die Schreibweise oder entfernen Sie sie.",
  "field.unknownKeySuggestion":
    "Die Angabe „{key}“ gibt es hier nicht. Meinten Sie „{suggestion}“?",
  "number.expected": "Bitte geben Sie eine Zahl an.",
  "number.notInteger": "Bitte geben Sie eine ganze Zahl an (ohne Komma).",
  "boolean.expected": "Bitte geben Sie „true“ (ja) oder „false“ (nein) an.",
  "string.expected": "Bitte geben Sie einen Text an.",
  "array.expected": "Bitte geben Sie eine Liste an.",
  "object.expected": "Hier wird ein Objekt mit einzelnen Angaben erwartet.",
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
  "language.unknown":
    "Die Sprache „{tag}“ ist unbekannt. Bitte verwenden Sie einen Sprachcode nach BCP 47, z. B. „ar“, „prs“ (Dari) oder „kmr“ (Kurmandschi).",
  "language.notOfferedByDistrict":
    "Die Sprache „{tag}“ bietet der Landkreis nicht an (languagesOffered). Bitte ergänzen Sie sie dort oder wählen Sie eine angebotene Sprache.",
  "domain.invalid":
    "Bitte geben Sie einen Domainnamen in Kleinbuchstaben an, ohne „https://“ und ohne Pfad (z. B. „integrationspaten.alzey-worms.de“).",
  "languageLevel.invalid": "Bitte wählen Sie, wie gut Sie die Sprache sprechen.",
  "languages.required": "Bitte geben Sie mindestens eine Sprache an.",
  "date.invalid": "Bitte geben Sie ein gültiges Datum im Format JJJJ-MM-TT an (z. B. 2026-03-17).",
  "datetime.invalid":
    "Bitte geben Sie Datum und Uhrzeit mit Zeitzone an (z. B. 2026-03-17T18:00:00+01:00).",
  "time.invalid": "Bitte geben Sie eine Uhrzeit im Format HH:MM an (z. B. 18:30).",
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
  "text.controlCharacters":
    "Dieses Feld enthält unsichtbare Steuerzeichen, zum Beispiel aus einem kopierten Text. Bitte geben Sie den Text neu ein.",
  "text.invisibleOnly":
    "Dieses Feld enthält nur unsichtbare Zeichen. Bitte geben Sie einen lesbaren Text ein.",
  "list.tooMany": {
    one: "Bitte wählen Sie höchstens einen Eintrag aus.",
    other: "Bitte wählen Sie höchstens {count} Einträge aus.",
  },
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
  "district.unknownModule":
    "Das Modul „{id}“ ist im Lehrplan des Landkreises (curriculum.modules) nicht beschrieben.",
  "district.unknownCoordinationPoint":
    "Die Koordinierungsstelle „{id}“ gibt es in diesem Landkreis nicht.",
  "district.languageNameMissing":
    "Die Sprache „{id}“ kann die Plattform nicht benennen. Bitte geben Sie unter „languageNames“ einen deutschen und einen englischen Namen an.",
  "district.languageNameNotOffered":
    "Für „{id}“ ist ein Name angegeben, aber die Sprache steht nicht in „languagesOffered“.",
  "certification.unknownSession":
    "Die Anwesenheit verweist auf den Termin „{id}“, den es in der Liste der Termine nicht gibt.",
  "policy.ratio": "Bitte geben Sie einen Anteil zwischen 0 und 1 an (z. B. 0.75 für 75 %).",
  "policy.renewalAfterValidity": "Die Auffrischung muss vor dem Ende der Gültigkeit fällig werden.",
  // --- certification (evaluation sentences, certificate numbers) ---
  "certification.expertTalks.status": {
    one: "{count} Fachvortrag besucht (nötig: {required}).",
    other: "{count} Fachvorträge besucht (nötig: {required}).",
  },
  "certification.workshops.status": {
    one: "{count} Workshop besucht (nötig: {required}).",
    other: "{count} Workshops besucht (nötig: {required}).",
  },
  "certification.module.attended": "Modul „{moduleLabel}“: besucht.",
  "certification.module.notAttended": "Modul „{moduleLabel}“: noch nicht besucht.",
  "certification.attendanceRate.status": "Teilnahmequote: {achieved} (nötig: {required}).",
  "certification.missing.expertTalks": {
    one: "Es fehlt noch {count} Fachvortrag.",
    other: "Es fehlen noch {count} Fachvorträge.",
  },
  "certification.missing.workshops": {
    one: "Es fehlt noch {count} Workshop.",
    other: "Es fehlen noch {count} Workshops.",
  },
  "certification.missing.module": "Das Modul „{moduleLabel}“ fehlt noch.",
  "certification.missing.attendanceRate":
    "Die Teilnahmequote liegt bei {achieved}, nötig sind {required}.",
  "certification.duplicateSession":
    "Der Termin „{id}“ kommt mehrfach vor. Bitte geben Sie jedem Termin eine eigene Kennung.",
  "certificate.notEligible":
    "Das Zertifikat kann noch nicht ausgestellt werden, weil noch nicht alle Voraussetzungen erfüllt sind. Die Auswertung nennt, was noch fehlt.",
  "certificate.volunteerMismatch":
    "Die Auswertung gehört zu einer anderen Person. Bitte werten Sie die Teilnahme dieser Person aus.",
  "certificateNumber.prefix": "Das Kürzel muss aus 2 bis 6 Großbuchstaben bestehen (z. B. „AZW“).",
  "certificateNumber.year": "Bitte geben Sie ein vierstelliges Jahr an (z. B. 2026).",
  "certificateNumber.sequence": "Die laufende Nummer muss eine ganze Zahl von 1 bis 999999 sein.",
  // --- matching (reasons for rank and exclusion) ---
  "match.step.sharedLanguage":
    "Es gibt Ehrenamtliche, die eine Sprache der hilfesuchenden Person sprechen.",
  "match.step.bridgeLanguage":
    "Niemand spricht eine Sprache der hilfesuchenden Person ({languageNames}). Vorgeschlagen werden Ehrenamtliche, die sich mit ihr in einer Brückensprache ({bridgeLanguageNames}) verständigen können.",
  "match.step.interpreter":
    "Niemand spricht eine Sprache der hilfesuchenden Person ({languageNames}) oder eine gemeinsame Brückensprache. Bitte ziehen Sie einen Telefondolmetscher hinzu.",
  "match.step.bridgeLanguage.speakersExcluded": {
    one: "{count} ehrenamtliche Person spricht {languageNames}, kommt aber aus anderen Gründen nicht infrage – {speakerReasons}. Vorgeschlagen werden Ehrenamtliche, die sich mit der Person in einer Brückensprache ({bridgeLanguageNames}) verständigen können.",
    other:
      "{count} Ehrenamtliche sprechen {languageNames}, kommen aber aus anderen Gründen nicht infrage – {speakerReasons}. Vorgeschlagen werden Ehrenamtliche, die sich mit der Person in einer Brückensprache ({bridgeLanguageNames}) verständigen können.",
  },
  "match.step.interpreter.speakersExcluded": {
    one: "{count} ehrenamtliche Person spricht {languageNames}, kommt aber aus anderen Gründen nicht infrage – {speakerReasons}. Eine gemeinsame Brückensprache spricht niemand. Bitte ziehen Sie einen Telefondolmetscher hinzu.",
    other:
      "{count} Ehrenamtliche sprechen {languageNames}, kommen aber aus anderen Gründen nicht infrage – {speakerReasons}. Eine gemeinsame Brückensprache spricht niemand. Bitte ziehen Sie einen Telefondolmetscher hinzu.",
  },
  "match.speakerReason": "„{reason}“ ({count})",
  "match.step.none":
    "Niemand erfüllt die Voraussetzungen für diese Anfrage. Die Gründe stehen bei den einzelnen Ehrenamtlichen.",
  "match.language.nativeFirst":
    "Spricht {languageName} als Muttersprache – die Sprache, die die Person zuerst genannt hat.",
  "match.language.native": "Spricht {languageName} als Muttersprache.",
  "match.language.fluentFirst":
    "Spricht {languageName} fließend – die Sprache, die die Person zuerst genannt hat.",
  "match.language.fluent": "Spricht {languageName} fließend.",
  "match.language.bridgeNative":
    "Spricht die Brückensprache {languageName} als Muttersprache, aber keine eigene Sprache der hilfesuchenden Person.",
  "match.language.bridgeFluent":
    "Spricht die Brückensprache {languageName} fließend, aber keine eigene Sprache der hilfesuchenden Person.",
  "match.language.interpreter":
    "Spricht keine Sprache der hilfesuchenden Person; bitte ziehen Sie einen Telefondolmetscher für {languageName} hinzu.",
  "match.language.notRequired":
    "Spricht keine Sprache der hilfesuchenden Person; für „{categoryLabel}“ ist das keine Voraussetzung.",
  "match.municipality.exact": "Hilft in {municipalityName}, wo die Hilfe gebraucht wird.",
  "match.municipality.neighbour": "Hilft in der Nachbargemeinde {municipalityName}.",
  "match.availability.weekly":
    "Ist zu einer gewünschten Zeit verfügbar: {weekdayName}, {from}–{to} Uhr.",
  "match.availability.onDate":
    "Ist zu einer gewünschten Zeit verfügbar: {weekdayName}, {dateText}, {from}–{to} Uhr.",
  "match.availability.flexible":
    "Die hilfesuchende Person hat keine Zeiten genannt; der Termin wird abgesprochen.",
  "match.availability.unknown":
    "Zeiten unbekannt: Es sind keine Zeiten hinterlegt. Deshalb steht die Person hinter allen, deren Zeiten passen.",
  "match.fairness.recent": {
    one: "{count} Einsatz in den letzten {days} Tagen.",
    other: "{count} Einsätze in den letzten {days} Tagen.",
  },
  "match.fairness.noneRecent": "Kein Einsatz in den letzten {days} Tagen.",
  "match.fairness.lastAssignment": {
    one: "Letzter Einsatz vor {count} Tag.",
    other: "Letzter Einsatz vor {count} Tagen.",
  },
  "match.fairness.lastAssignmentToday": "Letzter Einsatz vor weniger als einem Tag.",
  "match.fairness.neverAssigned": "Bisher noch kein Einsatz.",
  "match.status.inTraining": "Ist noch in Ausbildung; für „{categoryLabel}“ ist das möglich.",
  "match.goodConduct.seen":
    "Erweitertes Führungszeugnis ohne relevante Einträge, gesehen am {dateText}.",
  "match.excluded.applicant": "Hat sich beworben, aber die Ausbildung noch nicht begonnen.",
  "match.excluded.paused": "Pausiert zurzeit.",
  "match.excluded.retired": "Ist aus dem Programm ausgeschieden.",
  "match.excluded.inTraining":
    "Ist noch in Ausbildung; „{categoryLabel}“ übernehmen nur zertifizierte Ehrenamtliche.",
  "match.excluded.certificateExpired": "Das Zertifikat war nur bis zum {dateText} gültig.",
  "match.excluded.category": "Übernimmt keine Anfragen der Art „{categoryLabel}“.",
  "match.excluded.municipality": "Hilft weder in {municipalityName} noch in einer Nachbargemeinde.",
  "match.excluded.availability": "Hat zu keiner der gewünschten Zeiten Zeit.",
  "match.excluded.noSharedLanguage":
    "Spricht keine Sprache der hilfesuchenden Person ({languageNames}) fließend.",
  "match.excluded.basicOnly":
    "Spricht {languageName} nur mit Grundkenntnissen; zum Begleiten ist mindestens fließend nötig.",
  "match.excluded.noBridgeLanguage":
    "Spricht weder eine Sprache der hilfesuchenden Person ({languageNames}) noch eine gemeinsame Brückensprache ({bridgeLanguageNames}) fließend.",
  "match.excluded.goodConductMissing":
    "Für „{categoryLabel}“ ist ein erweitertes Führungszeugnis nötig; es wurde keines gesehen.",
  "match.excluded.goodConductNotClear":
    "Das erweiterte Führungszeugnis enthielt relevante Einträge.",
  "match.excluded.goodConductOutdated":
    "Das erweiterte Führungszeugnis wurde am {dateText} gesehen, vor mehr als fünf Jahren.",
  "match.duplicateVolunteer": "Die ehrenamtliche Person „{id}“ ist mehrfach aufgeführt.",
  // --- schedule ---
  "schedule.duplicateId":
    "Die Kennung „{id}“ ist schon an einen anderen Termin vergeben; jede Kennung darf nur einmal vorkommen.",
  "schedule.exceptionNotInSeries":
    "Am {date} findet kein Termin dieser Reihe statt. Bitte geben Sie das ursprüngliche Datum eines Termins der Reihe an.",
  "schedule.exceptionDuplicate": "Für den Termin am {date} gibt es schon eine Ausnahme.",
  "schedule.exceptionNoChange":
    "Bitte geben Sie an, was sich ändert: ein neues Datum, eine neue Uhrzeit oder ein neuer Ort.",
  "schedule.seasonOrMonth":
    "Bitte geben Sie entweder eine Jahreszeit oder einen Monat an, nicht beides.",
  "schedule.tentative": "{period}, Termin folgt",
  "schedule.tentativeGroup": "Termin folgt",
  "schedule.season.spring": "Frühjahr {year}",
  "schedule.season.summer": "Sommer {year}",
  "schedule.season.autumn": "Herbst {year}",
  "schedule.season.winter": "Winter {year}",
  "schedule.kind.expert_talk": "Fachvortrag",
  "schedule.kind.workshop": "Workshop",
  "schedule.kind.meeting": "Treffen",
  "schedule.kind.ceremony": "Feierstunde",
  "schedule.kind.other": "Termin",
  "schedule.cancelled": "Abgesagt: {title}",
} as const;

export type MessageKey = keyof typeof messages;

/** The German catalogue, built into the package (it is the reference and the default). */
export const de = { locale: "de", messages } as const;
