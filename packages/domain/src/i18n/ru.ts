import type { MessageCatalogue, Messages } from "./catalogue.js";
import { en } from "./en.js";

/**
 * Russian messages for what the Russian pages show: the help request form, the volunteer
 * sign-up (both forms' validation messages, including the generic ones their fields can
 * produce) and the schedule texts of the dates pages and calendar files. Machine-made
 * translation, awaiting review by a native speaker; keys not listed here (district
 * configuration, certification, matching) fall back to English. A few keys whose German
 * text addresses whoever writes a district's configuration or a JSON client (`id.invalid`,
 * `language.invalid`, `language.unknown`, `language.notOfferedByDistrict`) are worded for
 * the forms' readers instead: in this language they appear only on the public forms.
 */
const messages: Partial<Messages> = {
  "field.required": "Пожалуйста, заполните это поле.",
  "field.invalidType": "Это значение имеет неожиданный формат.",
  "field.invalid": "Это значение недействительно.",
  "field.invalidChoice": "Пожалуйста, выберите один из предложенных вариантов.",
  "field.unknownKey": "Поля «{key}» здесь нет. Пожалуйста, проверьте написание или удалите его.",
  "field.unknownKeySuggestion": "Поля «{key}» здесь нет. Возможно, вы имели в виду «{suggestion}»?",
  "string.expected": "Пожалуйста, введите текст.",
  "array.expected": "Пожалуйста, укажите список.",
  "object.expected": "Здесь ожидается набор отдельных данных.",
  "string.tooLong": {
    one: "Пожалуйста, введите не более {count} символа.",
    other: "Пожалуйста, введите не более {count} символов.",
  },
  "array.tooLong": {
    one: "Пожалуйста, выберите не более одного пункта.",
    other: "Пожалуйста, выберите не более {count} пунктов.",
  },
  "id.invalid": "Пожалуйста, выберите один из предложенных вариантов.",
  "language.invalid": "Пожалуйста, выберите действительный язык.",
  "language.unknown": "Язык «{tag}» неизвестен. Пожалуйста, выберите язык из списка.",
  "language.notOfferedByDistrict":
    "Язык «{tag}» здесь не предлагается. Пожалуйста, выберите один из предложенных языков.",
  "languageLevel.invalid": "Пожалуйста, выберите, насколько хорошо вы владеете этим языком.",
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
  "categories.required":
    "Пожалуйста, выберите хотя бы одну сферу, в которой вы хотели бы помогать.",
  "category.required": "Пожалуйста, выберите, какая помощь вам нужна.",
  "category.unknown": "Такой вид помощи здесь не предоставляется.",
  "municipality.required": "Пожалуйста, выберите место из списка.",
  "municipality.unknown": "Пожалуйста, выберите место из списка.",
  "description.tooLong": "Пожалуйста, опишите свой запрос не более чем в 500 символах.",
  "text.tooLong": "Этот текст слишком длинный.",
  "text.controlCharacters":
    "Это поле содержит невидимые управляющие символы, например из скопированного текста. Пожалуйста, введите текст заново.",
  "text.invisibleOnly":
    "Это поле содержит только невидимые символы. Пожалуйста, введите видимый текст.",
  "list.tooMany": "Пожалуйста, выберите меньше пунктов: не более {count}.",
  "timeOfDay.invalid": "Пожалуйста, выберите утро, день или вечер.",
  "requesterRole.invalid":
    "Пожалуйста, укажите, обращаетесь ли вы для себя или для другого человека.",
  "schedule.tentative": "{period}, дата будет объявлена позже",
  "schedule.tentativeGroup": "Дата будет объявлена позже",
  "schedule.season.spring": "Весна {year}",
  "schedule.season.summer": "Лето {year}",
  "schedule.season.autumn": "Осень {year}",
  "schedule.season.winter": "Зима {year}",
  "schedule.kind.expert_talk": "Профильная лекция",
  "schedule.kind.workshop": "Семинар",
  "schedule.kind.meeting": "Встреча",
  "schedule.kind.ceremony": "Торжественное мероприятие",
  "schedule.kind.other": "Мероприятие",
  "schedule.cancelled": "Отменено: {title}",
};

/** The ru catalogue; keys it lacks come from English. */
export const ru: MessageCatalogue = { locale: "ru", messages, fallback: en };
