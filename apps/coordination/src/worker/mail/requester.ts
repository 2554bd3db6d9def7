import type { Mail } from "./send.js";

/*
 * The note to a requester who left an e-mail address, once a volunteer has accepted: in
 * the language of the page they wrote from (German where we have no translation), no
 * name of the volunteer.
 */

const TEXTS: Record<string, { subject: string; body: (name: string, point: string) => string }> = {
  de: {
    subject: "Ihre Anfrage: Jemand meldet sich bei Ihnen",
    body: (name, point) =>
      `Guten Tag ${name},\n\nfür Ihre Anfrage haben wir eine Integrationspatin oder einen Integrationspaten gefunden. Die Person meldet sich in den nächsten Tagen bei Ihnen.\n\nViele Grüße\n${point}`,
  },
  en: {
    subject: "Your request: someone will be in touch",
    body: (name, point) =>
      `Hello ${name},\n\nwe have found an integration companion for your request. They will contact you in the next few days.\n\nKind regards\n${point}`,
  },
  ar: {
    subject: "طلبك: سيتواصل معك أحد قريبًا",
    body: (name, point) =>
      `مرحبًا ${name}،\n\nوجدنا مرافقًا أو مرافقة اندماج لطلبك. سيتواصل معك خلال الأيام القادمة.\n\nمع أطيب التحيات\n${point}`,
  },
  uk: {
    subject: "Ваш запит: з вами зв’яжуться",
    body: (name, point) =>
      `Добрий день, ${name}!\n\nМи знайшли для вашого запиту супровідника або супровідницю з інтеграції. Ця людина зв’яжеться з вами найближчими днями.\n\nЗ повагою\n${point}`,
  },
  tr: {
    subject: "Talebiniz: Sizinle iletişime geçilecek",
    body: (name, point) =>
      `Merhaba ${name},\n\ntalebiniz için bir entegrasyon refakatçisi bulduk. Bu kişi önümüzdeki günlerde sizinle iletişime geçecek.\n\nSaygılarımızla\n${point}`,
  },
  fa: {
    subject: "درخواست شما: به‌زودی با شما تماس گرفته می‌شود",
    body: (name, point) =>
      `سلام ${name}،\n\nبرای درخواست شما یک همراه ادغام پیدا کردیم. این شخص در روزهای آینده با شما تماس می‌گیرد.\n\nبا احترام\n${point}`,
  },
  ru: {
    subject: "Ваш запрос: с вами свяжутся",
    body: (name, point) =>
      `Здравствуйте, ${name}!\n\nМы нашли для вашего запроса сопровождающего по интеграции. Этот человек свяжется с вами в ближайшие дни.\n\nС уважением\n${point}`,
  },
};

export function requesterMail(options: {
  to: string;
  name: string;
  locale: string;
  pointName: string;
}): Mail {
  const base = options.locale.split("-")[0] ?? "de";
  const text = TEXTS[base] ?? TEXTS.de;
  const german = TEXTS.de;
  if (!text || !german) throw new Error("unreachable: the German text exists");
  const body =
    text === german
      ? german.body(options.name, options.pointName)
      : `${text.body(options.name, options.pointName)}\n\n— Deutsch —\n\n${german.body(options.name, options.pointName)}`;
  return { to: options.to, subject: text.subject, text: body };
}
