import type { MessageCatalogue, Messages } from "./catalogue.js";
import { en } from "./en.js";

/**
 * Arabic messages for the help request form (the only form on the Arabic pages).
 * Machine-made translation, awaiting review by a native speaker; keys not listed here
 * fall back to English.
 */
const messages: Partial<Messages> = {
  "field.required": "يرجى ملء هذا الحقل.",
  "field.invalidType": "هذه القيمة ليست بالصيغة المتوقعة.",
  "field.invalid": "هذه القيمة غير صالحة.",
  "field.invalidChoice": "يرجى اختيار أحد الخيارات المعروضة.",
  "array.tooLong": {
    one: "يرجى اختيار عنصر واحد على الأكثر.",
    other: "يرجى اختيار {count} عناصر على الأكثر.",
  },
  "id.invalid": "يرجى اختيار أحد الخيارات المعروضة.",
  "language.invalid": "يرجى اختيار لغة صالحة.",
  "languages.required": "يرجى اختيار لغة واحدة على الأقل.",
  "date.invalid": "يرجى إدخال تاريخ صالح.",
  "weekday.invalid": "يرجى اختيار يوم من أيام الأسبوع.",
  "name.required": "يرجى إدخال اسمك.",
  "name.tooLong": "يجب ألا يزيد الاسم عن 120 حرفًا.",
  "email.invalid": "يرجى إدخال عنوان بريد إلكتروني صالح.",
  "phone.invalid": "يرجى إدخال رقم هاتف صالح (أرقام ومسافات و + و / و - فقط).",
  "contact.required": "يرجى إدخال عنوان بريد إلكتروني أو رقم هاتف حتى نتمكن من الرد عليك.",
  "consent.required": "يرجى تأكيد أنك قرأت معلومات حماية البيانات.",
  "category.required": "يرجى اختيار نوع المساعدة التي تحتاجها.",
  "category.unknown": "هذا النوع من المساعدة غير متوفر هنا.",
  "municipality.required": "يرجى اختيار مكان من القائمة.",
  "municipality.unknown": "يرجى اختيار مكان من القائمة.",
  "description.tooLong": "يرجى وصف طلبك في 500 حرف على الأكثر.",
  "text.tooLong": "هذا النص طويل جدًا.",
  "timeOfDay.invalid": "يرجى اختيار صباحًا أو بعد الظهر أو مساءً.",
  "requesterRole.invalid": "يرجى تحديد ما إذا كنت تطلب المساعدة لنفسك أو لشخص آخر.",
};

/** The ar catalogue; keys it lacks come from English. */
export const ar: MessageCatalogue = { locale: "ar", messages, fallback: en };
