import type { MessageCatalogue, Messages } from "./catalogue.js";
import { en } from "./en.js";

/**
 * Turkish messages for what the Turkish pages show: the help request form, the volunteer
 * sign-up (both forms' validation messages, including the generic ones their fields can
 * produce) and the schedule texts of the dates pages and calendar files. Machine-made
 * translation, awaiting review by a native speaker; keys not listed here (district
 * configuration, certification, matching) fall back to English. A few keys whose German
 * text addresses whoever writes a district's configuration or a JSON client (`id.invalid`,
 * `language.invalid`, `language.unknown`, `language.notOfferedByDistrict`) are worded for
 * the forms' readers instead: in this language they appear only on the public forms.
 */
const messages: Partial<Messages> = {
  "field.required": "Lütfen bu alanı doldurun.",
  "field.invalidType": "Bu değer beklenen biçimde değil.",
  "field.invalid": "Bu değer geçerli değil.",
  "field.invalidChoice": "Lütfen sunulan seçeneklerden birini seçin.",
  "field.unknownKey":
    "Burada “{key}” adında bir alan yok. Lütfen yazılışını kontrol edin veya bu alanı kaldırın.",
  "field.unknownKeySuggestion":
    "Burada “{key}” adında bir alan yok. Şunu mu demek istediniz: “{suggestion}”?",
  "string.expected": "Lütfen bir metin girin.",
  "array.expected": "Lütfen bir liste girin.",
  "object.expected": "Burada ayrı bilgilerden oluşan bir bilgi grubu bekleniyor.",
  "string.tooLong": {
    one: "Lütfen en fazla {count} karakter girin.",
    other: "Lütfen en fazla {count} karakter girin.",
  },
  "array.tooLong": {
    one: "Lütfen en fazla bir seçenek seçin.",
    other: "Lütfen en fazla {count} seçenek seçin.",
  },
  "id.invalid": "Lütfen sunulan seçeneklerden birini seçin.",
  "language.invalid": "Lütfen geçerli bir dil seçin.",
  "language.unknown": "“{tag}” dili bilinmiyor. Lütfen listeden bir dil seçin.",
  "language.notOfferedByDistrict":
    "“{tag}” dili burada sunulmuyor. Lütfen sunulan dillerden birini seçin.",
  "languageLevel.invalid": "Lütfen bu dili ne kadar iyi konuştuğunuzu seçin.",
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
  "categories.required": "Lütfen yardım etmek istediğiniz en az bir alan seçin.",
  "category.required": "Lütfen ne tür bir yardıma ihtiyacınız olduğunu seçin.",
  "category.unknown": "Bu tür bir yardım burada sunulmuyor.",
  "municipality.required": "Lütfen listeden bir yer seçin.",
  "municipality.unknown": "Lütfen listeden bir yer seçin.",
  "description.tooLong": "Lütfen talebinizi en fazla 500 karakterle açıklayın.",
  "text.tooLong": "Bu metin çok uzun.",
  "text.controlCharacters":
    "Bu alan, örneğin kopyalanmış bir metinden gelen görünmez kontrol karakterleri içeriyor. Lütfen metni yeniden yazın.",
  "text.invisibleOnly":
    "Bu alan yalnızca görünmez karakterler içeriyor. Lütfen okunabilir bir metin girin.",
  "list.tooMany": {
    one: "Lütfen en fazla bir seçenek seçin.",
    other: "Lütfen en fazla {count} seçenek seçin.",
  },
  "timeOfDay.invalid": "Lütfen sabah, öğleden sonra veya akşam seçin.",
  "requesterRole.invalid":
    "Lütfen kendiniz için mi yoksa başka biri için mi başvurduğunuzu belirtin.",
  "schedule.tentative": "{period}, tarih daha sonra duyurulacak",
  "schedule.tentativeGroup": "Tarih daha sonra duyurulacak",
  "schedule.season.spring": "İlkbahar {year}",
  "schedule.season.summer": "Yaz {year}",
  "schedule.season.autumn": "Sonbahar {year}",
  "schedule.season.winter": "Kış {year}",
  "schedule.kind.expert_talk": "Uzman sunumu",
  "schedule.kind.workshop": "Atölye",
  "schedule.kind.meeting": "Buluşma",
  "schedule.kind.ceremony": "Tören",
  "schedule.kind.other": "Etkinlik",
  "schedule.cancelled": "İptal edildi: {title}",
};

/** The tr catalogue; keys it lacks come from English. */
export const tr: MessageCatalogue = { locale: "tr", messages, fallback: en };
