import type { Mail } from "./send.js";
import {
  categoryName,
  formatInstant,
  LOCALE_NAMES,
  languageList,
  linkIn,
  type MailLocale,
  municipalityName,
  preferredTimes,
  type RequestFacts,
} from "./texts.js";

/*
 * The offer to a volunteer: what the request is about (type, municipality, times,
 * languages — nothing that names or reaches the requester) and one link to answer. German
 * first, then the volunteer's own language where we have it; the link opens the page in
 * that language.
 */

interface OfferTexts {
  readonly hello: (name: string) => string;
  readonly ask: string;
  readonly kind: string;
  readonly place: string;
  readonly times: string;
  readonly languages: string;
  readonly answer: string;
  /** How long the link works, one answer only, the contact only after accepting. */
  readonly rules: (until: string) => string;
  readonly regards: string;
}

const TEXTS: Readonly<Record<MailLocale, OfferTexts>> = {
  de: {
    hello: (name) => `Guten Tag ${name},`,
    ask: "wir suchen eine Begleitung und fragen Sie, ob Sie sie übernehmen können:",
    kind: "Art der Begleitung",
    place: "Ort",
    times: "Zeiten",
    languages: "Sprachen",
    answer: "Bitte sagen Sie zu oder ab:",
    rules: (until) =>
      `Der Link gilt bis ${until} und nur für eine Antwort. Erst nach Ihrer Zusage sehen Sie, wie Sie die anfragende Person erreichen. Antworten Sie nicht, fragen wir danach jemand anderen.`,
    regards: "Viele Grüße",
  },
  en: {
    hello: (name) => `Hello ${name},`,
    ask: "we are looking for someone to accompany a person and would like to ask you:",
    kind: "Kind of help",
    place: "Place",
    times: "Times",
    languages: "Languages",
    answer: "Please accept or decline:",
    rules: (until) =>
      `The link works until ${until} and for one answer only. Only after you accept will you see how to reach the person. If you do not answer, we will ask someone else.`,
    regards: "Kind regards",
  },
  ar: {
    hello: (name) => `مرحبًا ${name}،`,
    ask: "نبحث عن شخص يرافق أحد الأشخاص. هل يمكنك تولّي هذه المرافقة؟",
    kind: "نوع المرافقة",
    place: "المكان",
    times: "الأوقات",
    languages: "اللغات",
    answer: "يرجى القبول أو الرفض:",
    rules: (until) =>
      `الرابط صالح حتى ${until}، ولإجابة واحدة فقط. بعد قبولك فقط سترى كيف تتواصل مع الشخص. إذا لم تُجب، سنسأل شخصًا آخر.`,
    regards: "مع أطيب التحيات",
  },
  fa: {
    hello: (name) => `سلام ${name}،`,
    ask: "به دنبال کسی هستیم که فردی را همراهی کند. آیا می‌توانید این همراهی را بر عهده بگیرید؟",
    kind: "نوع همراهی",
    place: "مکان",
    times: "زمان",
    languages: "زبان‌ها",
    answer: "لطفاً بپذیرید یا رد کنید:",
    rules: (until) =>
      `این لینک تا ${until} و فقط برای یک پاسخ معتبر است. فقط پس از پذیرش می‌بینید که چطور با آن فرد تماس بگیرید. اگر پاسخ ندهید، از فرد دیگری می‌پرسیم.`,
    regards: "با احترام",
  },
  uk: {
    hello: (name) => `Добрий день, ${name}!`,
    ask: "Ми шукаємо супровід для однієї людини. Чи можете ви взяти його на себе?",
    kind: "Вид супроводу",
    place: "Місце",
    times: "Час",
    languages: "Мови",
    answer: "Будь ласка, прийміть запит або відмовтеся:",
    rules: (until) =>
      `Термін відповіді — ${until}. Посилання діє лише для однієї відповіді. Лише після вашої згоди ви побачите, як зв’язатися з цією людиною. Якщо ви не відповісте, ми запитаємо когось іншого.`,
    regards: "З повагою",
  },
  ru: {
    hello: (name) => `Здравствуйте, ${name}!`,
    ask: "Мы ищем сопровождающего для одного человека. Можете ли вы взять это сопровождение на себя?",
    kind: "Вид сопровождения",
    place: "Место",
    times: "Время",
    languages: "Языки",
    answer: "Пожалуйста, примите запрос или откажитесь:",
    rules: (until) =>
      `Срок ответа — ${until}. Ссылка действует только для одного ответа. Только после вашего согласия вы увидите, как связаться с этим человеком. Если вы не ответите, мы спросим кого-нибудь другого.`,
    regards: "С уважением",
  },
  tr: {
    hello: (name) => `Merhaba ${name},`,
    ask: "Bir kişiye refakat edecek birini arıyoruz. Bu refakati üstlenebilir misiniz?",
    kind: "Refakat türü",
    place: "Yer",
    times: "Zaman",
    languages: "Diller",
    answer: "Lütfen kabul edin veya reddedin:",
    rules: (until) =>
      `Son cevap tarihi: ${until}. Bağlantı yalnızca bir cevap için geçerlidir. Kişiye nasıl ulaşacağınızı ancak kabul ettikten sonra görürsünüz. Cevap vermezseniz başka birine soracağız.`,
    regards: "Saygılarımızla",
  },
};

function section(
  locale: MailLocale,
  facts: RequestFacts,
  name: string,
  link: string,
  until: string,
  pointName: string,
) {
  const t = TEXTS[locale];
  return [
    t.hello(name),
    "",
    t.ask,
    "",
    // The category's label may exist in German and English only: German then.
    `  ${t.kind}: ${categoryName(facts.category, locale)}`,
    `  ${t.place}: ${municipalityName(facts.municipality)}`,
    `  ${t.times}: ${preferredTimes(facts, locale)}`,
    `  ${t.languages}: ${languageList(facts.languages, locale)}`,
    "",
    t.answer,
    link,
    "",
    t.rules(formatInstant(until, locale)),
    "",
    t.regards,
    pointName,
  ];
}

/**
 * The offer e-mail: German, then the volunteer's language where we have it (`second`,
 * see `mailLocaleOf`). Both sections carry the same link, which opens the page in the
 * volunteer's language.
 */
export function offerMail(options: {
  to: string;
  volunteerName: string;
  facts: RequestFacts;
  link: string;
  expiresAt: string;
  pointName: string;
  second: MailLocale | undefined;
}): Mail {
  const { facts, volunteerName, expiresAt, pointName } = options;
  const second = options.second === "de" ? undefined : options.second;
  const link = linkIn(options.link, second);
  const lines = section("de", facts, volunteerName, link, expiresAt, pointName);
  if (second) {
    lines.push(
      "",
      `— ${LOCALE_NAMES[second]} —`,
      "",
      ...section(second, facts, volunteerName, link, expiresAt, pointName),
    );
  }
  return {
    to: options.to,
    subject: `Anfrage: ${categoryName(facts.category, "de")} in ${municipalityName(facts.municipality)}`,
    text: lines.join("\n"),
  };
}

interface AcceptanceTexts {
  readonly thanks: string;
  readonly name: string;
  readonly phone: string;
  readonly email: string;
  readonly organisation: string;
  readonly getInTouch: string;
}

const ACCEPTANCE: Readonly<Record<MailLocale, AcceptanceTexts>> = {
  de: {
    thanks:
      "vielen Dank für Ihre Zusage. So erreichen Sie die Person, die um Begleitung gebeten hat:",
    name: "Name",
    phone: "Telefon",
    email: "E-Mail",
    organisation: "Organisation",
    getInTouch:
      "Bitte melden Sie sich in den nächsten zwei Tagen. Wenn etwas dazwischenkommt, sagen Sie uns bitte Bescheid.",
  },
  en: {
    thanks: "thank you for accepting. This is how to reach the person who asked for help:",
    name: "Name",
    phone: "Phone",
    email: "E-mail",
    organisation: "Organisation",
    getInTouch:
      "Please get in touch within the next two days. If something comes up, please let us know.",
  },
  ar: {
    thanks: "شكرًا لك على قبولك. هكذا تتواصل مع الشخص الذي طلب المرافقة:",
    name: "الاسم",
    phone: "الهاتف",
    email: "البريد الإلكتروني",
    organisation: "المؤسسة",
    getInTouch: "يرجى التواصل معه خلال اليومين القادمين. إذا طرأ أمر ما، يرجى إبلاغنا.",
  },
  fa: {
    thanks: "از پذیرش شما سپاسگزاریم. این‌طور می‌توانید با فردی که درخواست همراه کرده تماس بگیرید:",
    name: "نام",
    phone: "تلفن",
    email: "ایمیل",
    organisation: "سازمان",
    getInTouch: "لطفاً در دو روز آینده با او تماس بگیرید. اگر مشکلی پیش آمد، لطفاً به ما خبر دهید.",
  },
  uk: {
    thanks: "Дякуємо за вашу згоду. Ось як зв’язатися з людиною, яка просила про супровід:",
    name: "Ім’я",
    phone: "Телефон",
    email: "Електронна пошта",
    organisation: "Організація",
    getInTouch:
      "Будь ласка, зв’яжіться з нею протягом наступних двох днів. Якщо щось зміниться, будь ласка, повідомте нам.",
  },
  ru: {
    thanks:
      "Спасибо за ваше согласие. Вот как связаться с человеком, который просил о сопровождении:",
    name: "Имя",
    phone: "Телефон",
    email: "Электронная почта",
    organisation: "Организация",
    getInTouch:
      "Пожалуйста, свяжитесь с ним в течение ближайших двух дней. Если что-то изменится, пожалуйста, сообщите нам.",
  },
  tr: {
    thanks: "Kabul ettiğiniz için teşekkür ederiz. Refakat isteyen kişiye böyle ulaşabilirsiniz:",
    name: "Ad",
    phone: "Telefon",
    email: "E-posta",
    organisation: "Kurum",
    getInTouch:
      "Lütfen önümüzdeki iki gün içinde iletişime geçin. Bir sorun çıkarsa lütfen bize haber verin.",
  },
};

/** How the volunteer reaches the requester: what the page showed after accepting. */
export interface RequesterContact {
  readonly name: string;
  readonly phone?: string | undefined;
  readonly email?: string | undefined;
  readonly organisation?: string | undefined;
}

function acceptanceSection(
  locale: MailLocale,
  volunteerName: string,
  contact: RequesterContact,
  pointName: string,
) {
  const t = ACCEPTANCE[locale];
  return [
    TEXTS[locale].hello(volunteerName),
    "",
    t.thanks,
    "",
    `  ${t.name}: ${contact.name}`,
    ...(contact.phone ? [`  ${t.phone}: ${contact.phone}`] : []),
    ...(contact.email ? [`  ${t.email}: ${contact.email}`] : []),
    ...(contact.organisation ? [`  ${t.organisation}: ${contact.organisation}`] : []),
    "",
    t.getInTouch,
    "",
    TEXTS[locale].regards,
    pointName,
  ];
}

/** After accepting: the requester's contact for the volunteer, German then their language. */
export function acceptanceMail(options: {
  to: string;
  volunteerName: string;
  contact: RequesterContact;
  pointName: string;
  second: MailLocale | undefined;
}): Mail {
  const { volunteerName, contact, pointName } = options;
  const second = options.second === "de" ? undefined : options.second;
  const lines = acceptanceSection("de", volunteerName, contact, pointName);
  if (second) {
    lines.push(
      "",
      `— ${LOCALE_NAMES[second]} —`,
      "",
      ...acceptanceSection(second, volunteerName, contact, pointName),
    );
  }
  return {
    to: options.to,
    subject: "Ihre Zusage: Kontakt zur anfragenden Person",
    text: lines.join("\n"),
  };
}
