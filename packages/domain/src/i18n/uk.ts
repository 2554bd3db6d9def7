import type { MessageCatalogue, Messages } from "./catalogue.js";
import { en } from "./en.js";

/**
 * Ukrainian messages for what the Ukrainian pages show: the help request form, the volunteer
 * sign-up (both forms' validation messages, including the generic ones their fields can
 * produce) and the schedule texts of the dates pages and calendar files. Machine-made
 * translation, awaiting review by a native speaker; keys not listed here (district
 * configuration, certification, matching) fall back to English. A few keys whose German
 * text addresses whoever writes a district's configuration or a JSON client (`id.invalid`,
 * `language.invalid`, `language.unknown`, `language.notOfferedByDistrict`) are worded for
 * the forms' readers instead: in this language they appear only on the public forms.
 */
const messages: Partial<Messages> = {
  "field.required": "Будь ласка, заповніть це поле.",
  "field.invalidType": "Це значення має неочікуваний формат.",
  "field.invalid": "Це значення недійсне.",
  "field.invalidChoice": "Будь ласка, виберіть один із запропонованих варіантів.",
  "field.unknownKey": "Поля «{key}» тут немає. Будь ласка, перевірте написання або видаліть його.",
  "field.unknownKeySuggestion": "Поля «{key}» тут немає. Можливо, ви мали на увазі «{suggestion}»?",
  "string.expected": "Будь ласка, введіть текст.",
  "array.expected": "Будь ласка, вкажіть список.",
  "object.expected": "Тут очікується набір окремих даних.",
  "string.tooLong": {
    one: "Будь ласка, введіть не більше {count} символу.",
    other: "Будь ласка, введіть не більше {count} символів.",
  },
  "array.tooLong": {
    one: "Будь ласка, виберіть не більше одного пункту.",
    other: "Будь ласка, виберіть не більше {count} пунктів.",
  },
  "id.invalid": "Будь ласка, виберіть один із запропонованих варіантів.",
  "language.invalid": "Будь ласка, виберіть дійсну мову.",
  "language.unknown": "Мова «{tag}» невідома. Будь ласка, виберіть мову зі списку.",
  "language.notOfferedByDistrict":
    "Мова «{tag}» тут не пропонується. Будь ласка, виберіть одну із запропонованих мов.",
  "languageLevel.invalid": "Будь ласка, виберіть, наскільки добре ви володієте цією мовою.",
  "languages.required": "Будь ласка, виберіть принаймні одну мову.",
  "date.invalid": "Будь ласка, введіть дійсну дату.",
  "weekday.invalid": "Будь ласка, виберіть день тижня.",
  "name.required": "Будь ласка, введіть своє ім’я.",
  "name.tooLong": "Ім’я може містити не більше 120 символів.",
  "email.invalid": "Будь ласка, введіть дійсну адресу електронної пошти.",
  "phone.invalid": "Будь ласка, введіть дійсний номер телефону (лише цифри, пробіли, +, /, -).",
  "contact.required":
    "Будь ласка, введіть адресу електронної пошти або номер телефону, щоб ми могли відповісти.",
  "consent.required": "Будь ласка, підтвердьте, що ви прочитали інформацію про захист даних.",
  "categories.required":
    "Будь ласка, виберіть щонайменше одну сферу, у якій ви хотіли б допомагати.",
  "category.required": "Будь ласка, виберіть, яка допомога вам потрібна.",
  "category.unknown": "Такий вид допомоги тут не надається.",
  "municipality.required": "Будь ласка, виберіть місце зі списку.",
  "municipality.unknown": "Будь ласка, виберіть місце зі списку.",
  "description.tooLong": "Будь ласка, опишіть свій запит не більше ніж 500 символами.",
  "text.tooLong": "Цей текст задовгий.",
  "text.controlCharacters":
    "Це поле містить невидимі керівні символи, наприклад зі скопійованого тексту. Будь ласка, введіть текст ще раз.",
  "text.invisibleOnly": "Це поле містить лише невидимі символи. Будь ласка, введіть видимий текст.",
  "list.tooMany": "Будь ласка, виберіть менше пунктів: щонайбільше {count}.",
  "timeOfDay.invalid": "Будь ласка, виберіть ранок, день або вечір.",
  "requesterRole.invalid": "Будь ласка, вкажіть, чи ви звертаєтеся для себе, чи для іншої особи.",
  "schedule.tentative": "{period}, дату буде повідомлено згодом",
  "schedule.tentativeGroup": "Дату буде повідомлено згодом",
  "schedule.season.spring": "Весна {year}",
  "schedule.season.summer": "Літо {year}",
  "schedule.season.autumn": "Осінь {year}",
  "schedule.season.winter": "Зима {year}",
  "schedule.kind.expert_talk": "Фахова лекція",
  "schedule.kind.workshop": "Семінар",
  "schedule.kind.meeting": "Зустріч",
  "schedule.kind.ceremony": "Урочиста подія",
  "schedule.kind.other": "Захід",
  "schedule.cancelled": "Скасовано: {title}",
};

/** The uk catalogue; keys it lacks come from English. */
export const uk: MessageCatalogue = { locale: "uk", messages, fallback: en };
