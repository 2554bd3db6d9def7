import type { MessageCatalogue, Messages } from "./catalogue.js";
import { en } from "./en.js";

/**
 * Ukrainian messages for the help request form (the only form on the Ukrainian pages).
 * Machine-made translation, awaiting review by a native speaker; keys not listed here
 * fall back to English.
 */
const messages: Partial<Messages> = {
  "field.required": "Будь ласка, заповніть це поле.",
  "field.invalidType": "Це значення має неочікуваний формат.",
  "field.invalid": "Це значення недійсне.",
  "field.invalidChoice": "Будь ласка, виберіть один із запропонованих варіантів.",
  "array.tooLong": {
    one: "Будь ласка, виберіть не більше одного пункту.",
    other: "Будь ласка, виберіть не більше {count} пунктів.",
  },
  "id.invalid": "Будь ласка, виберіть один із запропонованих варіантів.",
  "language.invalid": "Будь ласка, виберіть дійсну мову.",
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
  "category.required": "Будь ласка, виберіть, яка допомога вам потрібна.",
  "category.unknown": "Такий вид допомоги тут не надається.",
  "municipality.required": "Будь ласка, виберіть місце зі списку.",
  "municipality.unknown": "Будь ласка, виберіть місце зі списку.",
  "description.tooLong": "Будь ласка, опишіть свій запит не більше ніж 500 символами.",
  "text.tooLong": "Цей текст задовгий.",
  "timeOfDay.invalid": "Будь ласка, виберіть ранок, день або вечір.",
  "requesterRole.invalid": "Будь ласка, вкажіть, чи ви звертаєтеся для себе, чи для іншої особи.",
};

/** The uk catalogue; keys it lacks come from English. */
export const uk: MessageCatalogue = { locale: "uk", messages, fallback: en };
