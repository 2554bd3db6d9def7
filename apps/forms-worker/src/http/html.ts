import { isSiteLocale, type SiteLocale, textDirection } from "@integrationspaten/domain";
import type { PageText } from "./errors.js";

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * @example
 * escapeHtml('<a href="x">') //=> "&lt;a href=&quot;x&quot;&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * Labels of the form fields, for the HTML list of problems (short forms of the site's
 * words). Every field in every site language: the forms exist in all of them.
 */
export const FIELD_LABELS: Readonly<Record<string, PageText>> = {
  name: {
    de: "Name",
    en: "Name",
    ar: "الاسم",
    fa: "نام",
    uk: "Ім’я",
    ru: "Имя",
    tr: "Ad",
  },
  contactName: {
    de: "Name",
    en: "Name",
    ar: "الاسم",
    fa: "نام",
    uk: "Ім’я",
    ru: "Имя",
    tr: "Ad",
  },
  email: {
    de: "E-Mail-Adresse",
    en: "E-mail address",
    ar: "البريد الإلكتروني",
    fa: "نشانی ایمیل",
    uk: "Електронна пошта",
    ru: "Электронная почта",
    tr: "E-posta adresi",
  },
  contactEmail: {
    de: "E-Mail-Adresse",
    en: "E-mail address",
    ar: "البريد الإلكتروني",
    fa: "نشانی ایمیل",
    uk: "Електронна пошта",
    ru: "Электронная почта",
    tr: "E-posta adresi",
  },
  phone: {
    de: "Telefonnummer",
    en: "Phone number",
    ar: "رقم الهاتف",
    fa: "شماره تلفن",
    uk: "Номер телефону",
    ru: "Номер телефона",
    tr: "Telefon numarası",
  },
  contactPhone: {
    de: "Telefonnummer",
    en: "Phone number",
    ar: "رقم الهاتف",
    fa: "شماره تلفن",
    uk: "Номер телефону",
    ru: "Номер телефона",
    tr: "Telefon numarası",
  },
  municipality: {
    de: "Gemeinde",
    en: "Municipality",
    ar: "البلدية",
    fa: "محل",
    uk: "Громада",
    ru: "Муниципалитет",
    tr: "Belediye",
  },
  languages: {
    de: "Sprachen",
    en: "Languages",
    ar: "اللغات",
    fa: "زبان‌ها",
    uk: "Мови",
    ru: "Языки",
    tr: "Diller",
  },
  categories: {
    de: "Bereiche",
    en: "Areas",
    ar: "المجالات",
    fa: "زمینه‌ها",
    uk: "Сфери",
    ru: "Сферы",
    tr: "Alanlar",
  },
  category: {
    de: "Art der Hilfe",
    en: "Kind of help",
    ar: "نوع المساعدة",
    fa: "نوع کمک",
    uk: "Вид допомоги",
    ru: "Вид помощи",
    tr: "Yardım türü",
  },
  availabilityNote: {
    de: "Verfügbarkeit",
    en: "Availability",
    ar: "الأوقات المتاحة",
    fa: "زمان‌های آزاد",
    uk: "Вільний час",
    ru: "Свободное время",
    tr: "Uygun zamanlar",
  },
  motivation: {
    de: "Motivation",
    en: "Motivation",
    ar: "الدافع",
    fa: "انگیزه",
    uk: "Мотивація",
    ru: "Мотивация",
    tr: "Motivasyon",
  },
  requesterRole: {
    de: "Für wen",
    en: "For whom",
    ar: "لمن",
    fa: "برای چه کسی",
    uk: "Для кого",
    ru: "Для кого",
    tr: "Kimin için",
  },
  organisation: {
    de: "Organisation",
    en: "Organisation",
    ar: "المؤسسة",
    fa: "سازمان",
    uk: "Організація",
    ru: "Организация",
    tr: "Kurum",
  },
  preferredDate: {
    de: "Wunschtermin",
    en: "Preferred date",
    ar: "التاريخ المفضل",
    fa: "تاریخ دلخواه",
    uk: "Бажана дата",
    ru: "Желаемая дата",
    tr: "Tercih edilen tarih",
  },
  weekdays: {
    de: "Wochentage",
    en: "Weekdays",
    ar: "أيام الأسبوع",
    fa: "روزهای هفته",
    uk: "Дні тижня",
    ru: "Дни недели",
    tr: "Haftanın günleri",
  },
  timesOfDay: {
    de: "Tageszeiten",
    en: "Times of day",
    ar: "أوقات اليوم",
    fa: "زمان‌های روز",
    uk: "Час доби",
    ru: "Время суток",
    tr: "Günün saatleri",
  },
  description: {
    de: "Beschreibung",
    en: "Description",
    ar: "الوصف",
    fa: "توضیحات",
    uk: "Опис",
    ru: "Описание",
    tr: "Açıklama",
  },
  consent: {
    de: "Datenschutz",
    en: "Privacy",
    ar: "حماية البيانات",
    fa: "حفاظت از داده‌ها",
    uk: "Захист даних",
    ru: "Защита данных",
    tr: "Veri koruma",
  },
  // The certificate check's query parameter (its pages are German and English only).
  number: {
    de: "Zertifikatsnummer",
    en: "Certificate number",
    ar: "رقم الشهادة",
    fa: "شمارهٔ گواهی",
    uk: "Номер сертифіката",
    ru: "Номер сертификата",
    tr: "Sertifika numarası",
  },
};

/** The label of a field path such as `languages.0.level` (its first segment decides). */
export function fieldLabel(field: string, locale: SiteLocale): string | undefined {
  const first = field.split(".")[0] ?? "";
  return Object.hasOwn(FIELD_LABELS, first) ? FIELD_LABELS[first]?.[locale] : undefined;
}

/** High contrast, large type, system fonts; the definition list is the certificate check's. */
const STYLE =
  "body{font:1.125rem/1.5 system-ui,sans-serif;margin:0;padding:1.5rem;color:#1a1a1a;background:#fff}main{max-width:40rem;margin:0 auto}a{color:#0b4f8a}li{margin:.5rem 0}dt{font-weight:700}dd{margin:0 0 .75rem}";

/** The strings of the worker's HTML pages, in every site language. */
export const PAGE_TEXT = {
  back: {
    de: "Zurück zum Formular",
    en: "Back to the form",
    ar: "العودة إلى الاستمارة",
    fa: "بازگشت به فرم",
    uk: "Назад до форми",
    ru: "Назад к форме",
    tr: "Forma geri dön",
  },
  backTip: {
    de: "Tipp: Mit der Zurück-Funktion Ihres Browsers bleiben Ihre Eingaben meist erhalten.",
    en: "Tip: your browser's back button usually keeps what you entered.",
    ar: "نصيحة: عند استخدام زر الرجوع في متصفحكم تبقى البيانات التي أدخلتموها محفوظة في أغلب الأحيان.",
    fa: "نکته: اگر از دکمهٔ بازگشت مرورگر خود استفاده کنید، اطلاعاتی که وارد کرده‌اید معمولاً باقی می‌ماند.",
    uk: "Порада: якщо скористатися кнопкою «Назад» у браузері, введені вами дані здебільшого збережуться.",
    ru: "Совет: если воспользоваться кнопкой «Назад» в браузере, введённые вами данные обычно сохраняются.",
    tr: "İpucu: Tarayıcınızın geri düğmesini kullanırsanız girdiğiniz bilgiler genellikle korunur.",
  },
  /** Under a capped list of problems ({count}: how many are listed). */
  firstListed: {
    de: "Die ersten {count} sind hier aufgeführt.",
    en: "The first {count} are listed here.",
    ar: "تُعرض هنا أول {count} منها.",
    fa: "{count} مورد نخست در اینجا آمده است.",
    uk: "Тут наведено перші {count}.",
    ru: "Здесь перечислены первые {count}.",
    tr: "İlk {count} tanesi burada listelenmiştir.",
  },
  nothingStored: {
    de: "Es wurde nichts gespeichert.",
    en: "Nothing was stored.",
    ar: "لم يتم حفظ أي شيء.",
    fa: "هیچ چیزی ذخیره نشد.",
    uk: "Нічого не збережено.",
    ru: "Ничего не сохранено.",
    tr: "Hiçbir şey kaydedilmedi.",
  },
  siteName: {
    de: "Integrationspatinnen und -paten",
    en: "Integration companions",
    ar: "مرافقو الاندماج",
    fa: "همراهان ادغام",
    uk: "Інтеграційні супровідники",
    ru: "Интеграционные сопровождающие",
    tr: "Entegrasyon Rehberleri",
  },
} as const satisfies Record<string, PageText>;

/**
 * The plural categories (`Intl.PluralRules`) of each site language for whole numbers: a
 * text with a count needs a form for each, which the type check enforces.
 */
interface PluralCategories {
  de: "one" | "other";
  en: "one" | "other";
  ar: "zero" | "one" | "two" | "few" | "many" | "other";
  fa: "one" | "other";
  uk: "one" | "few" | "many" | "other";
  ru: "one" | "few" | "many" | "other";
  tr: "one" | "other";
}

/** A text with a count (`{count}`) in every site language and each of its plural forms. */
export type PluralText = {
  readonly [L in SiteLocale]: Readonly<Record<PluralCategories[L], string>>;
};

/** The heading of the list of problems. */
export const PROBLEM_COUNT: PluralText = {
  de: { one: "1 Problem", other: "{count} Probleme" },
  en: { one: "1 problem", other: "{count} problems" },
  ar: {
    zero: "لا توجد مشكلات",
    one: "مشكلة واحدة",
    two: "مشكلتان",
    few: "{count} مشكلات",
    many: "{count} مشكلة",
    other: "{count} مشكلة",
  },
  fa: { one: "{count} مشکل", other: "{count} مشکل" },
  uk: {
    one: "{count} проблема",
    few: "{count} проблеми",
    many: "{count} проблем",
    other: "{count} проблеми",
  },
  ru: {
    one: "{count} проблема",
    few: "{count} проблемы",
    many: "{count} проблем",
    other: "{count} проблемы",
  },
  tr: { one: "{count} sorun", other: "{count} sorun" },
};

/**
 * A plural text for a count, in the form `Intl.PluralRules` chooses (`other` when the
 * language's forms lack the category). Farsi writes its own digits, as its messages do.
 *
 * @example
 * pluralText(PROBLEM_COUNT, "uk", 5) //=> "5 проблем"
 */
export function pluralText(text: PluralText, locale: SiteLocale, count: number): string {
  const forms: Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { other: string } =
    text[locale];
  const category = new Intl.PluralRules(locale).select(count);
  return (forms[category] ?? forms.other).replaceAll("{count}", localDigits(count, locale));
}

/** A count as the page writes it (Persian digits on Persian pages). */
function localDigits(count: number, locale: SiteLocale): string {
  return locale === "fa" ? new Intl.NumberFormat("fa").format(count) : String(count);
}

export interface ErrorPage {
  readonly locale: SiteLocale;
  readonly title: string;
  readonly message: string;
  readonly hint: string;
  /** Absolute URL of the form to go back to, if known. */
  readonly backUrl: string | undefined;
  readonly issues?: readonly {
    readonly field: string;
    readonly message: string;
    /** The message's language when it is not the page's. */
    readonly language?: string;
  }[];
  /** How many problems there are in all, when `issues` lists only the first of them. */
  readonly issueCount?: number | undefined;
  /** Whether to say that nothing was stored (true for every refusal before storing). */
  readonly nothingStored: boolean;
}

/** Text in another language than the page's: marked, so that it is read out right. */
function inLanguage(text: string, language: string | undefined, page: SiteLocale): string {
  if (language === undefined || language === page) return escapeHtml(text);
  const dir = isSiteLocale(language) ? textDirection(language) : "ltr";
  const attribute = dir === textDirection(page) ? "" : ` dir="${dir}"`;
  return `<span lang="${escapeHtml(language)}"${attribute}>${escapeHtml(text)}</span>`;
}

/**
 * An accessible, self-contained HTML error page (no scripts, no external resources) in
 * the page's language: a heading, what happened, the list of problems with field labels,
 * and a link back. Every embedded string is escaped.
 */
export function renderErrorPage(page: ErrorPage): string {
  const { locale } = page;
  const issues = page.issues ?? [];
  const list =
    issues.length === 0
      ? ""
      : `<h2 id="problems">${escapeHtml(pluralText(PROBLEM_COUNT, locale, Math.max(issues.length, page.issueCount ?? 0)))}</h2>
${
  (page.issueCount ?? 0) > issues.length
    ? `<p>${escapeHtml(PAGE_TEXT.firstListed[locale].replaceAll("{count}", localDigits(issues.length, locale)))}</p>
`
    : ""
}<ul aria-labelledby="problems">
${issues
  .map((issue) => {
    const label = fieldLabel(issue.field, locale);
    return `<li>${label ? `<strong>${escapeHtml(label)}:</strong> ` : ""}${inLanguage(issue.message, issue.language, locale)}</li>`;
  })
  .join("\n")}
</ul>`;
  const back = page.backUrl
    ? `<p><a href="${escapeHtml(page.backUrl)}">${escapeHtml(PAGE_TEXT.back[locale])}</a></p>
<p>${escapeHtml(PAGE_TEXT.backTip[locale])}</p>`
    : "";
  return renderDocument(
    locale,
    page.title,
    `<h1>${escapeHtml(page.title)}</h1>
<p>${escapeHtml(page.message)}${page.nothingStored ? ` ${escapeHtml(PAGE_TEXT.nothingStored[locale])}` : ""}</p>
${list}
<p>${escapeHtml(page.hint)}</p>
${back}`,
  );
}

/**
 * The frame of every HTML page the worker answers with (error pages, the certificate
 * check's result): language and, for Arabic and Farsi, `dir="rtl"` (left to right is the
 * default, so German and English pages carry no `dir`), viewport, no indexing, the site's
 * name in the title, one small inline stylesheet (the page's own CSP allows only that) and
 * `body` in `<main>`. `body` is trusted markup; `title` is escaped here.
 */
export function renderDocument(locale: SiteLocale, title: string, body: string): string {
  const dir = textDirection(locale) === "rtl" ? ' dir="rtl"' : "";
  return `<!doctype html>
<html lang="${locale}"${dir}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} – ${escapeHtml(PAGE_TEXT.siteName[locale])}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
