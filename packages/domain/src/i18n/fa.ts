import type { MessageCatalogue, Messages } from "./catalogue.js";
import { en } from "./en.js";

/**
 * Farsi (Persian) messages for what the Farsi pages show: the help request form, the
 * volunteer sign-up (both forms' validation messages, including the generic ones their
 * fields can produce) and the schedule texts of the dates pages and calendar files.
 * Machine-made translation, awaiting review by a native speaker; keys not listed here
 * (district configuration, certification, matching) fall back to English. A few keys whose
 * German text addresses whoever writes a district's configuration or a JSON client
 * (`id.invalid`, `language.invalid`, `language.unknown`, `language.notOfferedByDistrict`)
 * are worded for the forms' readers instead: in this language they appear only on the
 * public forms.
 * Farsi (`fa`) is kept apart from Dari (`prs`).
 */
const messages: Partial<Messages> = {
  "field.required": "لطفاً این قسمت را پر کنید.",
  "field.invalidType": "این مقدار قالب مورد انتظار را ندارد.",
  "field.invalid": "این مقدار معتبر نیست.",
  "field.invalidChoice": "لطفاً یکی از گزینه‌های موجود را انتخاب کنید.",
  "field.unknownKey":
    "فیلد «{key}» در اینجا وجود ندارد. لطفاً املای آن را بررسی کنید یا آن را حذف کنید.",
  "field.unknownKeySuggestion":
    "فیلد «{key}» در اینجا وجود ندارد. آیا منظورتان «{suggestion}» بود؟",
  "string.expected": "لطفاً یک متن وارد کنید.",
  "array.expected": "لطفاً یک فهرست وارد کنید.",
  "object.expected": "در اینجا مجموعه‌ای از اطلاعات جداگانه انتظار می‌رود.",
  "string.tooLong": {
    one: "لطفاً حداکثر یک نویسه وارد کنید.",
    other: "لطفاً حداکثر {count} نویسه وارد کنید.",
  },
  "array.tooLong": {
    one: "لطفاً حداکثر یک مورد انتخاب کنید.",
    other: "لطفاً حداکثر {count} مورد انتخاب کنید.",
  },
  "id.invalid": "لطفاً یکی از گزینه‌های موجود را انتخاب کنید.",
  "language.invalid": "لطفاً یک زبان معتبر انتخاب کنید.",
  "language.unknown": "زبان «{tag}» شناخته‌شده نیست. لطفاً یک زبان از فهرست انتخاب کنید.",
  "language.notOfferedByDistrict":
    "زبان «{tag}» در اینجا ارائه نمی‌شود. لطفاً یکی از زبان‌های موجود را انتخاب کنید.",
  "languageLevel.invalid": "لطفاً انتخاب کنید که این زبان را در چه سطحی صحبت می‌کنید.",
  "languages.required": "لطفاً دست‌کم یک زبان انتخاب کنید.",
  "date.invalid": "لطفاً یک تاریخ معتبر وارد کنید.",
  "weekday.invalid": "لطفاً یک روز هفته انتخاب کنید.",
  "name.required": "لطفاً نام خود را وارد کنید.",
  "name.tooLong": "نام حداکثر می‌تواند ۱۲۰ نویسه باشد.",
  "email.invalid": "لطفاً یک نشانی ایمیل معتبر وارد کنید.",
  "phone.invalid": "لطفاً یک شماره تلفن معتبر وارد کنید (فقط رقم، فاصله، +، / و -).",
  "contact.required": "لطفاً یک نشانی ایمیل یا شماره تلفن وارد کنید تا بتوانیم پاسخ دهیم.",
  "consent.required": "لطفاً تأیید کنید که اطلاعات حفاظت از داده‌ها را خوانده‌اید.",
  "categories.required": "لطفاً دست‌کم یک زمینه را انتخاب کنید که در آن می‌خواهید کمک کنید.",
  "category.required": "لطفاً انتخاب کنید به چه نوع کمکی نیاز دارید.",
  "category.unknown": "این نوع کمک در اینجا ارائه نمی‌شود.",
  "municipality.required": "لطفاً یک مکان از فهرست انتخاب کنید.",
  "municipality.unknown": "لطفاً یک مکان از فهرست انتخاب کنید.",
  "description.tooLong": "لطفاً درخواست خود را حداکثر در ۵۰۰ نویسه توضیح دهید.",
  "text.tooLong": "این متن بیش از حد طولانی است.",
  "text.controlCharacters":
    "این قسمت نویسه‌های کنترلی نامرئی دارد، مثلاً از یک متن کپی‌شده. لطفاً متن را دوباره وارد کنید.",
  "text.invisibleOnly": "این قسمت فقط نویسه‌های نامرئی دارد. لطفاً یک متن خوانا وارد کنید.",
  "list.tooMany": {
    one: "لطفاً حداکثر یک مورد انتخاب کنید.",
    other: "لطفاً حداکثر {count} مورد انتخاب کنید.",
  },
  "timeOfDay.invalid": "لطفاً صبح، بعدازظهر یا عصر را انتخاب کنید.",
  "requesterRole.invalid": "لطفاً مشخص کنید که برای خودتان درخواست می‌کنید یا برای شخص دیگری.",
  "schedule.tentative": "{period}، تاریخ بعداً اعلام می‌شود",
  "schedule.tentativeGroup": "تاریخ بعداً اعلام می‌شود",
  "schedule.season.spring": "بهار {year}",
  "schedule.season.summer": "تابستان {year}",
  "schedule.season.autumn": "پاییز {year}",
  "schedule.season.winter": "زمستان {year}",
  "schedule.kind.expert_talk": "سخنرانی تخصصی",
  "schedule.kind.workshop": "کارگاه",
  "schedule.kind.meeting": "دیدار",
  "schedule.kind.ceremony": "مراسم",
  "schedule.kind.other": "برنامه",
  "schedule.cancelled": "لغو شد: {title}",
};

/** The fa catalogue; keys it lacks come from English. */
export const fa: MessageCatalogue = { locale: "fa", messages, fallback: en };
