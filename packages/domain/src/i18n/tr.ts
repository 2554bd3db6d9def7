import type { MessageCatalogue, Messages } from "./catalogue.js";
import { en } from "./en.js";

/**
 * Turkish messages for the help request form (the only form on the Turkish pages).
 * Machine-made translation, awaiting review by a native speaker; keys not listed here
 * fall back to English.
 */
const messages: Partial<Messages> = {
  "field.required": "Lütfen bu alanı doldurun.",
  "field.invalidType": "Bu değer beklenen biçimde değil.",
  "field.invalid": "Bu değer geçerli değil.",
  "field.invalidChoice": "Lütfen sunulan seçeneklerden birini seçin.",
  "array.tooLong": {
    one: "Lütfen en fazla bir seçenek seçin.",
    other: "Lütfen en fazla {count} seçenek seçin.",
  },
  "id.invalid": "Lütfen sunulan seçeneklerden birini seçin.",
  "language.invalid": "Lütfen geçerli bir dil seçin.",
  "languages.required": "Lütfen en az bir dil seçin.",
  "date.invalid": "Lütfen geçerli bir tarih girin.",
  "weekday.invalid": "Lütfen haftanın bir gününü seçin.",
  "name.required": "Lütfen adınızı girin.",
  "name.tooLong": "Ad en fazla 120 karakter olabilir.",
  "email.invalid": "Lütfen geçerli bir e-posta adresi girin.",
  "phone.invalid": "Lütfen geçerli bir telefon numarası girin (yalnızca rakam, boşluk, +, /, -).",
  "contact.required":
    "Size yanıt verebilmemiz için lütfen bir e-posta adresi veya telefon numarası girin.",
  "consent.required": "Lütfen veri koruma bilgilerini okuduğunuzu onaylayın.",
  "category.required": "Lütfen ne tür bir yardıma ihtiyacınız olduğunu seçin.",
  "category.unknown": "Bu tür bir yardım burada sunulmuyor.",
  "municipality.required": "Lütfen listeden bir yer seçin.",
  "municipality.unknown": "Lütfen listeden bir yer seçin.",
  "description.tooLong": "Lütfen talebinizi en fazla 500 karakterle açıklayın.",
  "text.tooLong": "Bu metin çok uzun.",
  "timeOfDay.invalid": "Lütfen sabah, öğleden sonra veya akşam seçin.",
  "requesterRole.invalid":
    "Lütfen kendiniz için mi yoksa başka biri için mi başvurduğunuzu belirtin.",
};

/** The tr catalogue; keys it lacks come from English. */
export const tr: MessageCatalogue = { locale: "tr", messages, fallback: en };
