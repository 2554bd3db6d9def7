import type { MessageCatalogue, Messages } from "./catalogue.js";
import { en } from "./en.js";

/**
 * Farsi (Persian) messages for the help request form (the only form on the Farsi pages).
 * Machine-made translation, awaiting review by a native speaker; keys not listed here
 * fall back to English. Farsi (`fa`) is kept apart from Dari (`prs`).
 */
const messages: Partial<Messages> = {
  "field.required": "لطفاً این قسمت را پر کنید.",
  "field.invalidType": "این مقدار قالب مورد انتظار را ندارد.",
  "field.invalid": "این مقدار معتبر نیست.",
  "field.invalidChoice": "لطفاً یکی از گزینه‌های موجود را انتخاب کنید.",
  "array.tooLong": {
    one: "لطفاً حداکثر یک مورد انتخاب کنید.",
    other: "لطفاً حداکثر {count} مورد انتخاب کنید.",
  },
  "id.invalid": "لطفاً یکی از گزینه‌های موجود را انتخاب کنید.",
  "language.invalid": "لطفاً یک زبان معتبر انتخاب کنید.",
  "languages.required": "لطفاً دست‌کم یک زبان انتخاب کنید.",
  "date.invalid": "لطفاً یک تاریخ معتبر وارد کنید.",
  "weekday.invalid": "لطفاً یک روز هفته انتخاب کنید.",
  "name.required": "لطفاً نام خود را وارد کنید.",
  "name.tooLong": "نام حداکثر می‌تواند ۱۲۰ نویسه باشد.",
  "email.invalid": "لطفاً یک نشانی ایمیل معتبر وارد کنید.",
  "phone.invalid": "لطفاً یک شماره تلفن معتبر وارد کنید (فقط رقم، فاصله، +، / و -).",
  "contact.required": "لطفاً یک نشانی ایمیل یا شماره تلفن وارد کنید تا بتوانیم پاسخ دهیم.",
  "consent.required": "لطفاً تأیید کنید که اطلاعات حفاظت از داده‌ها را خوانده‌اید.",
  "category.required": "لطفاً انتخاب کنید به چه نوع کمکی نیاز دارید.",
  "category.unknown": "این نوع کمک در اینجا ارائه نمی‌شود.",
  "municipality.required": "لطفاً یک مکان از فهرست انتخاب کنید.",
  "municipality.unknown": "لطفاً یک مکان از فهرست انتخاب کنید.",
  "description.tooLong": "لطفاً درخواست خود را حداکثر در ۵۰۰ نویسه توضیح دهید.",
  "text.tooLong": "این متن بیش از حد طولانی است.",
  "timeOfDay.invalid": "لطفاً صبح، بعدازظهر یا عصر را انتخاب کنید.",
  "requesterRole.invalid": "لطفاً مشخص کنید که برای خودتان درخواست می‌کنید یا برای شخص دیگری.",
};

/** The fa catalogue; keys it lacks come from English. */
export const fa: MessageCatalogue = { locale: "fa", messages, fallback: en };
