import type { MessageCatalogue, Messages } from "./catalogue.js";
import { en } from "./en.js";

/**
 * Arabic messages for what the Arabic pages show: the help request form, the volunteer
 * sign-up (both forms' validation messages, including the generic ones their fields can
 * produce) and the schedule texts of the dates pages and calendar files. Machine-made
 * translation, awaiting review by a native speaker; keys not listed here (district
 * configuration, certification, matching) fall back to English. A few keys whose German
 * text addresses whoever writes a district's configuration or a JSON client (`id.invalid`,
 * `language.invalid`, `language.unknown`, `language.notOfferedByDistrict`) are worded for
 * the forms' readers instead: in this language they appear only on the public forms.
 */
const messages: Partial<Messages> = {
  "field.required": "يرجى ملء هذا الحقل.",
  "field.invalidType": "هذه القيمة ليست بالصيغة المتوقعة.",
  "field.invalid": "هذه القيمة غير صالحة.",
  "field.invalidChoice": "يرجى اختيار أحد الخيارات المعروضة.",
  "field.unknownKey": "الحقل «{key}» غير موجود هنا. يرجى التحقق من كتابته أو حذفه.",
  "field.unknownKeySuggestion": "الحقل «{key}» غير موجود هنا. هل تقصد «{suggestion}»؟",
  "string.expected": "يرجى إدخال نص.",
  "array.expected": "يرجى إدخال قائمة.",
  "object.expected": "يُتوقَّع هنا مجموعة من البيانات المنفصلة.",
  "string.tooLong": {
    one: "يرجى إدخال حرف واحد على الأكثر.",
    other: "يرجى ألا يتجاوز عدد الأحرف {count}.",
  },
  "array.tooLong": {
    one: "يرجى اختيار عنصر واحد على الأكثر.",
    other: "يرجى اختيار {count} عناصر على الأكثر.",
  },
  "id.invalid": "يرجى اختيار أحد الخيارات المعروضة.",
  "language.invalid": "يرجى اختيار لغة صالحة.",
  "language.unknown": "اللغة «{tag}» غير معروفة. يرجى اختيار لغة من القائمة.",
  "language.notOfferedByDistrict": "اللغة «{tag}» غير متاحة هنا. يرجى اختيار إحدى اللغات المعروضة.",
  "languageLevel.invalid": "يرجى اختيار مستواك في هذه اللغة.",
  "languages.required": "يرجى اختيار لغة واحدة على الأقل.",
  "date.invalid": "يرجى إدخال تاريخ صالح.",
  "weekday.invalid": "يرجى اختيار يوم من أيام الأسبوع.",
  "name.required": "يرجى إدخال اسمك.",
  "name.tooLong": "يجب ألا يزيد الاسم عن 120 حرفًا.",
  "email.invalid": "يرجى إدخال عنوان بريد إلكتروني صالح.",
  "phone.invalid": "يرجى إدخال رقم هاتف صالح (أرقام ومسافات و + و / و - فقط).",
  "contact.required": "يرجى إدخال عنوان بريد إلكتروني أو رقم هاتف حتى نتمكن من الرد عليك.",
  "consent.required": "يرجى تأكيد أنك قرأت معلومات حماية البيانات.",
  "categories.required": "يرجى اختيار مجال واحد على الأقل ترغب في المساعدة فيه.",
  "category.required": "يرجى اختيار نوع المساعدة التي تحتاجها.",
  "category.unknown": "هذا النوع من المساعدة غير متوفر هنا.",
  "municipality.required": "يرجى اختيار مكان من القائمة.",
  "municipality.unknown": "يرجى اختيار مكان من القائمة.",
  "description.tooLong": "يرجى وصف طلبك في 500 حرف على الأكثر.",
  "text.tooLong": "هذا النص طويل جدًا.",
  "text.controlCharacters":
    "يحتوي هذا الحقل على رموز تحكم غير مرئية، ربما من نص منسوخ. يرجى كتابة النص من جديد.",
  "text.invisibleOnly": "يحتوي هذا الحقل على أحرف غير مرئية فقط. يرجى إدخال نص مقروء.",
  "list.tooMany": {
    one: "يرجى اختيار عنصر واحد على الأكثر.",
    other: "يرجى ألا يتجاوز عدد الاختيارات {count}.",
  },
  "timeOfDay.invalid": "يرجى اختيار صباحًا أو بعد الظهر أو مساءً.",
  "requesterRole.invalid": "يرجى تحديد ما إذا كنت تطلب المساعدة لنفسك أو لشخص آخر.",
  "schedule.tentative": "{period}، سيُعلَن عن الموعد لاحقًا",
  "schedule.tentativeGroup": "سيُعلَن عن الموعد لاحقًا",
  "schedule.season.spring": "ربيع {year}",
  "schedule.season.summer": "صيف {year}",
  "schedule.season.autumn": "خريف {year}",
  "schedule.season.winter": "شتاء {year}",
  "schedule.kind.expert_talk": "محاضرة متخصصة",
  "schedule.kind.workshop": "ورشة عمل",
  "schedule.kind.meeting": "لقاء",
  "schedule.kind.ceremony": "حفل",
  "schedule.kind.other": "موعد",
  "schedule.cancelled": "تم الإلغاء: {title}",
};

/** The ar catalogue; keys it lacks come from English. */
export const ar: MessageCatalogue = { locale: "ar", messages, fallback: en };
