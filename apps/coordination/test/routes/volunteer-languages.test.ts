import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { acceptanceMail, offerMail } from "../../src/worker/mail/offer.js";
import {
  categoryName,
  formatDay,
  formatInstant,
  mailLocaleOf,
} from "../../src/worker/mail/texts.js";
import {
  answer,
  as,
  certifiedVolunteer,
  createCoordinator,
  linkPage,
  ORIGIN,
  offerLink,
  storeHelpRequest,
} from "../helpers.js";

/*
 * The volunteers' pages and e-mails in the site's seven languages: the page in the
 * language the link asks for (the e-mail's link carries the volunteer's own), else the
 * browser's, else German; right to left for Arabic and Persian; links to every language.
 * The e-mail is German first, then the volunteer's language.
 */

const LANGUAGES = ["de", "en", "ar", "fa", "uk", "ru", "tr"];

async function offered(languages?: { language: string; level: string }[]) {
  const coordinator = await createCoordinator("coordinator", ["cafe-asyl"]);
  const request = await as(coordinator);
  const helpRequest = await storeHelpRequest("cafe-asyl");
  const volunteer = await certifiedVolunteer("cafe-asyl", languages ? { languages } : {});
  const forwarded = await request(`/api/cases/${helpRequest.id}/forward`, {
    method: "POST",
    body: { volunteerId: volunteer.id },
  });
  expect(forwarded.status).toBe(200);
  return { helpRequest, link: await offerLink(helpRequest.id) };
}

/** The `<html>` start tag and the language links of a page. */
function frame(page: string) {
  const root = /<html[^>]*>/.exec(page)?.[0] ?? "";
  const nav = /<nav class="languages"[\s\S]*?<\/nav>/.exec(page)?.[0] ?? "";
  return { root, nav };
}

function expectLanguageLinks(nav: string, current: string) {
  for (const lang of LANGUAGES) {
    expect(nav).toMatch(
      new RegExp(`<a href="[^"]*lang=${lang}" lang="${lang}" hreflang="${lang}"`),
    );
  }
  const marked = [...nav.matchAll(/<a [^>]*aria-current="true"[^>]*>/g)].map((m) => m[0]);
  expect(marked).toHaveLength(1);
  expect(marked[0]).toContain(`lang="${current}"`);
}

describe("the volunteers' pages in their languages", () => {
  it("shows an Arabic-speaking volunteer's offer in Arabic, right to left", async () => {
    const { helpRequest, link } = await offered([
      { language: "ar", level: "native" },
      { language: "de", level: "fluent" },
    ]);
    const response = await linkPage(link.token, "?lang=ar");
    expect(response.status).toBe(200);
    const html = await response.text();
    const { root, nav } = frame(html);
    expect(root).toContain('lang="ar"');
    expect(root).toContain('dir="rtl"');
    expect(html).toContain("هل يمكنك تولّي هذه المرافقة؟");
    expect(html).toContain("بعد قبولك فقط سترى كيف تتواصل مع الشخص الذي طلب المرافقة.");
    // The language of the request, named in Arabic; the deadline with Latin digits.
    expect(html).toContain("العربية");
    expect(html).toMatch(/<strong>[^<]*\d{4}[^<]*<\/strong>/);
    expect(nav).toContain('aria-label="اختيار اللغة"');
    expectLanguageLinks(nav, "ar");
    // Still nothing that reaches the requester before accepting.
    expect(html).not.toContain(helpRequest.payload.contactName);
    expect(html).not.toContain(helpRequest.payload.contactEmail);

    // Accepting from the Arabic page: the thanks in Arabic, the contact left to right.
    const accepted = await answer(`${link.token}?lang=ar`, {
      answer: "accept",
      assignment: link.assignmentId,
    });
    expect(accepted.status).toBe(200);
    const acceptedHtml = await accepted.text();
    expect(acceptedHtml).toContain("شكرًا لك على قبولك!");
    expect(acceptedHtml).toContain(
      `<a href="mailto:${helpRequest.payload.contactEmail}" dir="ltr">`,
    );
  });

  it("shows the offer in Ukrainian, left to right", async () => {
    // Matching needs a language of the request (Arabic); the volunteer's own comes first.
    const { link } = await offered([
      { language: "uk", level: "native" },
      { language: "ar", level: "fluent" },
    ]);
    const html = await (await linkPage(link.token, "?lang=uk")).text();
    const { root, nav } = frame(html);
    expect(root).toContain('lang="uk"');
    expect(root).toContain('dir="ltr"');
    expect(html).toContain("Чи можете ви взяти на себе цей супровід?");
    expect(html).toContain("Так, я беру на себе супровід");
    expect(html).toContain("Вид супроводу");
    expectLanguageLinks(nav, "uk");
  });

  it("says in Turkish that a link is invalid or has expired", async () => {
    const invalid = await linkPage("bm90LWEtdG9rZW4", "?lang=tr");
    expect(invalid.status).toBe(404);
    const invalidHtml = await invalid.text();
    expect(invalidHtml).toContain("Bu bağlantı geçersiz");
    expect(frame(invalidHtml).root).toContain('lang="tr"');
    expectLanguageLinks(frame(invalidHtml).nav, "tr");

    const { link } = await offered();
    await env.DB.batch([
      env.DB.prepare(
        "UPDATE volunteer_links SET expires_at = '2026-01-01T00:00:00.000Z' WHERE id = ?1",
      ).bind(link.linkId),
      env.DB.prepare(
        "UPDATE assignments SET expires_at = '2026-01-01T00:00:00.000Z' WHERE id = ?1",
      ).bind(link.assignmentId),
    ]);
    const expired = await linkPage(link.token, "?lang=tr");
    expect(expired.status).toBe(410);
    const expiredHtml = await expired.text();
    expect(expiredHtml).toContain("Bu bağlantının süresi doldu");
    expect(expiredHtml).toContain("Yine de teşekkür ederiz!");
  });

  it("follows the browser's language without ?lang, and German otherwise", async () => {
    const { link } = await offered();
    const russian = await exports.default.fetch(
      new Request(`${ORIGIN}/v/${link.token}`, {
        headers: { "accept-language": "ru-RU,ru;q=0.9,en;q=0.8" },
      }),
    );
    const html = await russian.text();
    expect(frame(html).root).toContain('lang="ru"');
    expect(html).toContain("Можете ли вы взять на себя это сопровождение?");
    expectLanguageLinks(frame(html).nav, "ru");

    // The most preferred language we have wins; one we lack is skipped.
    const persian = await exports.default.fetch(
      new Request(`${ORIGIN}/v/${link.token}`, {
        headers: { "accept-language": "ps;q=1, en;q=0.5, fa;q=0.8" },
      }),
    );
    expect(frame(await persian.text()).root).toContain('dir="rtl"');
    // `?lang=` wins over the browser; an unknown one is ignored.
    const german = await exports.default.fetch(
      new Request(`${ORIGIN}/v/${link.token}?lang=xx`, {
        headers: { "accept-language": "fr" },
      }),
    );
    const germanHtml = await german.text();
    expect(frame(germanHtml).root).toContain('lang="de"');
    expect(frame(germanHtml).root).toContain('dir="ltr"');
    expect(germanHtml).toContain("Können Sie diese Begleitung übernehmen?");
  });
});

describe("the offer e-mail", () => {
  const facts = {
    category: "behoerden",
    municipality: "alzey",
    languages: ["ar", "de"],
    preferredDate: "2026-07-15",
    weekdays: [1, 3],
    timesOfDay: ["morning" as const],
  };
  const base = {
    to: "amira@example.org",
    volunteerName: "Amira",
    facts,
    link: "https://workspace.test/v/TOKEN",
    expiresAt: "2026-07-10T12:30:00.000Z",
    pointName: "Café Asyl",
  };

  it("writes German first, then Arabic, with one link that opens the Arabic page", () => {
    const mail = offerMail({ ...base, second: "ar" });
    const [german = "", arabic = ""] = mail.text.split("\n— العربية —\n");
    const category = categoryName("behoerden", "de");
    expect(mail.subject).toBe(`Anfrage: ${category} in Stadt Alzey`);
    expect(german).toContain("Guten Tag Amira,");
    expect(german).toContain(`  Art der Begleitung: ${category}`);
    expect(german).toContain("  Zeiten: Mittwoch, 15. Juli 2026; Montag, Mittwoch; vormittags");
    expect(german).toContain("Viele Grüße\nCafé Asyl");
    expect(arabic).toContain("مرحبًا Amira،");
    // The district's label exists in German and English only: German.
    expect(arabic).toContain(`  نوع المرافقة: ${category}`);
    expect(arabic).toContain("  المكان: Stadt Alzey");
    expect(arabic).toContain("  الأوقات: الأربعاء، 15 يوليو 2026؛ الاثنين، الأربعاء؛ صباحًا");
    expect(arabic).toContain("  اللغات: العربية، الألمانية");
    expect(arabic).toContain("مع أطيب التحيات\nCafé Asyl");
    // The same link in both sections, asking for the Arabic page.
    const links = mail.text.split("\n").filter((line) => line.startsWith("https://"));
    expect(links).toEqual([
      "https://workspace.test/v/TOKEN?lang=ar",
      "https://workspace.test/v/TOKEN?lang=ar",
    ]);
    // Latin digits next to the German text.
    expect(arabic).not.toMatch(/[٠-٩۰-۹]/);
  });

  it("writes Persian dates in the Gregorian calendar, Russian and Turkish in theirs", () => {
    const persian = offerMail({ ...base, second: "fa" }).text;
    expect(persian).toContain("\n— فارسی —\n");
    expect(persian).toContain("2026");
    expect(persian).not.toContain("1405");
    expect(persian).not.toMatch(/[٠-٩۰-۹]/);
    expect(persian).toContain("?lang=fa");

    const russian = offerMail({ ...base, second: "ru" }).text;
    expect(russian).toContain("\n— Русский —\n");
    expect(russian).toContain("Здравствуйте, Amira!");
    expect(russian).toContain("  Время: среда, 15 июля 2026 г.; понедельник, среда; утром");
    expect(russian).toContain("  Языки: арабский, немецкий");

    const turkish = offerMail({ ...base, second: "tr" }).text;
    expect(turkish).toContain("\n— Türkçe —\n");
    expect(turkish).toContain("  Diller: Arapça, Almanca");
  });

  it("writes German only, with the plain link, when we lack the volunteer's language", () => {
    const mail = offerMail({ ...base, second: undefined });
    expect(mail.text).not.toContain("—");
    expect(mail.text).toContain("\nhttps://workspace.test/v/TOKEN\n");
    expect(mail.text).not.toContain("?lang=");
    // English as before, named by itself.
    expect(offerMail({ ...base, second: "en" }).text).toContain("\n— English —\n");
  });

  it("sends the requester's contact after accepting in both languages", () => {
    const mail = acceptanceMail({
      to: "amira@example.org",
      volunteerName: "Amira",
      contact: { name: "Max Mustermann", email: "max@example.org" },
      pointName: "Café Asyl",
      second: "uk",
    });
    expect(mail.text).toContain("  E-Mail: max@example.org");
    expect(mail.text).toContain("\n— Українська —\n");
    expect(mail.text).toContain("  Електронна пошта: max@example.org");
    expect(mail.text).not.toContain("Telefon");
  });

  it("picks the volunteer's own language: native first, then the profile's order", () => {
    expect(mailLocaleOf(["de", "en"])).toBe("en");
    expect(mailLocaleOf(["de"])).toBeUndefined();
    expect(
      mailLocaleOf([
        { language: "en", level: "fluent" },
        { language: "ar-SY", level: "native" },
      ]),
    ).toBe("ar");
    expect(
      mailLocaleOf([
        { language: "de", level: "native" },
        { language: "tr", level: "fluent" },
        { language: "ru", level: "basic" },
      ]),
    ).toBe("tr");
    // Dari is not Persian (as matching has it); Kurmanji we have no texts for.
    expect(mailLocaleOf([{ language: "prs", level: "native" }])).toBeUndefined();
    expect(mailLocaleOf(["fa-AF", "kmr"])).toBeUndefined();
    expect(mailLocaleOf([{ language: "fa", level: "native" }])).toBe("fa");
  });

  it("formats dates and times in every language", () => {
    for (const locale of ["ar", "fa", "uk", "ru", "tr"] as const) {
      expect(formatDay("2026-07-15", locale)).toContain("2026");
      expect(formatInstant("2026-07-10T12:30:00.000Z", locale)).toMatch(/2026/);
    }
    expect(formatInstant("2026-07-10T12:30:00.000Z", "uk")).toContain("14:30");
  });
});
