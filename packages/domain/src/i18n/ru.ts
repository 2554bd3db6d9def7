import type { MessageCatalogue, Messages } from "./catalogue.js";
import { en } from "./en.js";

/**
 * Russian messages for the help request form (the only form on the Russian pages).
 * Machine-made translation, awaiting review by a native speaker; keys not listed here
 * fall back to English.
 */
const messages: Partial<Messages> = {
  "field.required": "Пожалуйста, заполните это поле.",
  "field.invalidType": "Это значение имеет неожиданный формат.",
  "field.invalid": "Это значение недействительно.",
  "field.invalidChoice": "Пожалуйста, выберите один из предложенных вариантов.",
  "array.tooLong": {
    one: "Пожалуйста, выберите не более одного пункта.",
    other: "Пожалуйста, выберите не более {count} пунктов.",
  },
  "id.invalid": "Пожалуйста, выберите один из предложенных вариантов.",
  "language.invalid": "Пожалуйста, выберите действительный язык.",
  "languages.required": "Пожалуйста, выберите хотя бы один язык.",
  "date.invalid": "Пожалуйста, введите действительную дату.",
  "weekday.invalid": "Пожалуйста, выберите день недели.",
  "name.required": "Пожалуйста, введите своё имя.",
  "name.tooLong": "Имя может содержать не более 120 символов.",
  "email.invalid": "Пожалуйста, введите действительный адрес электронной почты.",
  "phone.invalid":
    "Пожалуйста, введите действительный номер телефона (только цифры, пробелы, +, /, -).",
  "contact.required":
    "Пожалуйста, укажите адрес электронной почты или номер телефона, чтобы мы могли ответить.",
  "consent.required": "Пожалуйста, подтвердите, что вы прочитали информацию о защите данных.",
  "category.required": "Пожалуйста, выберите, какая помощь вам нужна.",
  "category.unknown": "Такой вид помощи здесь не предоставляется.",
  "municipality.required": "Пожалуйста, выберите место из списка.",
  "municipality.unknown": "Пожалуйста, выберите место из списка.",
  "description.tooLong": "Пожалуйста, опишите свой запрос не более чем в 500 символах.",
  "text.tooLong": "Этот текст слишком длинный.",
  "timeOfDay.invalid": "Пожалуйста, выберите утро, день или вечер.",
  "requesterRole.invalid":
    "Пожалуйста, укажите, обращаетесь ли вы для себя или для другого человека.",
};

/** The ru catalogue; keys it lacks come from English. */
export const ru: MessageCatalogue = { locale: "ru", messages, fallback: en };
