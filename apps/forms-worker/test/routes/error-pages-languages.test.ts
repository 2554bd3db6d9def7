import { type MessageCatalogue, type MessageKey, translate } from "@integrationspaten/domain";
import { ar, fa, tr, uk } from "@integrationspaten/domain/messages";
import { describe, expect, it } from "vitest";
import { httpErrors } from "../../src/http/errors.js";
import { escapeHtml } from "../../src/http/html.js";
import {
  formFields,
  freshClientIp,
  postForm,
  postJson,
  SITE_ORIGIN,
  startInOneRateWindow,
  validHelpRequest,
  validSignup,
} from "../helpers.js";

/*
 * A plain form post that fails answers with an HTML page in the form's language (its
 * `locale` field, else Accept-Language): `lang`, `dir`, headings, field labels, the
 * domain's validation messages, and the link back to the form in that language.
 */

/** A message of the domain's catalogue as the page shows it. */
function message(catalogue: MessageCatalogue, key: MessageKey): string {
  return escapeHtml(translate(catalogue, key));
}

/** The list items of the page's list of problems. */
function problems(page: string): string[] {
  return [...page.matchAll(/<li>(.*?)<\/li>/g)].map((match) => match[1] ?? "");
}

describe("the error page of an Arabic help request", () => {
  it("answers 422 in Arabic, right to left, and links back to the Arabic form", async () => {
    const response = await postForm(
      "/api/help-requests",
      formFields(validHelpRequest({ locale: "ar", consent: false, contactEmail: "kein-at" })),
    );

    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const page = await response.text();
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain("<title>يرجى التحقق من بياناتكم – مرافقو الاندماج</title>");
    expect(page).toContain("<h1>يرجى التحقق من بياناتكم</h1>");
    expect(page).toContain("<p>بعض البيانات ناقصة أو غير صحيحة. لم يتم حفظ أي شيء.</p>");
    expect(page).toContain('<h2 id="problems">مشكلتان</h2>');
    expect(problems(page)).toEqual([
      `<strong>البريد الإلكتروني:</strong> ${message(ar, "email.invalid")}`,
      `<strong>حماية البيانات:</strong> ${message(ar, "consent.required")}`,
    ]);
    expect(page).toContain(`<a href="${SITE_ORIGIN}/ar/request-help/">العودة إلى الاستمارة</a>`);
    expect(page).not.toMatch(/Please|Back to the form/);
  });

  it("answers in Arabic when only the browser asks for it", async () => {
    const fields = formFields(validHelpRequest({ category: "" }));
    fields.delete("locale");
    const response = await postForm("/api/help-requests", fields, {
      headers: { "accept-language": "ar-SY, de;q=0.5" },
    });

    const page = await response.text();
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain(`<strong>نوع المساعدة:</strong> ${message(ar, "category.required")}`);
    expect(page).toContain(`href="${SITE_ORIGIN}/ar/request-help/"`);
  });

  it("keeps the JSON message German or English, but gives the field messages in Arabic", async () => {
    const response = await postJson(
      "/api/help-requests",
      validHelpRequest({ locale: "ar", consent: false }),
    );

    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: {
        code: "validation_failed",
        message: httpErrors.validation_failed.message.en,
        issues: [{ field: "consent", message: translate(ar, "consent.required") }],
        issueCount: 1,
      },
    });
  });
});

describe("the error page of a Ukrainian help request", () => {
  it("counts the problems with the Ukrainian plural", async () => {
    const response = await postForm(
      "/api/help-requests",
      formFields(
        validHelpRequest({
          locale: "uk",
          consent: false,
          category: "",
          contactEmail: "kein-at",
          contactPhone: "abc",
          municipality: "mainz",
        }),
      ),
    );

    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain('<html lang="uk">');
    expect(page).toContain("<h1>Будь ласка, перевірте введені дані</h1>");
    expect(problems(page)).toHaveLength(5);
    expect(page).toContain('<h2 id="problems">5 проблем</h2>');
    expect(page).toContain(`<strong>Електронна пошта:</strong> ${message(uk, "email.invalid")}`);
    expect(page).toContain(`<strong>Номер телефону:</strong> ${message(uk, "phone.invalid")}`);
    expect(page).toContain(`<strong>Захист даних:</strong> ${message(uk, "consent.required")}`);
    expect(page).toContain(`<a href="${SITE_ORIGIN}/uk/request-help/">Назад до форми</a>`);
    expect(page).toContain("Нічого не збережено.");
  });

  it("says “2 проблеми” for two", async () => {
    const response = await postForm(
      "/api/help-requests",
      formFields(validHelpRequest({ locale: "uk", consent: false, category: "" })),
    );

    expect(await response.text()).toContain('<h2 id="problems">2 проблеми</h2>');
  });
});

describe("the error page of a Turkish sign-up", () => {
  it("answers in Turkish and links back to the Turkish sign-up form", async () => {
    const response = await postForm(
      "/api/signups",
      formFields(validSignup({ locale: "tr", email: "kein-at", consent: false })),
    );

    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain('<html lang="tr">');
    expect(page).toContain("<h1>Lütfen bilgilerinizi kontrol edin</h1>");
    expect(problems(page)).toEqual([
      `<strong>E-posta adresi:</strong> ${message(tr, "email.invalid")}`,
      `<strong>Veri koruma:</strong> ${message(tr, "consent.required")}`,
    ]);
    expect(page).toContain(`<a href="${SITE_ORIGIN}/tr/volunteer/">Forma geri dön</a>`);
  });

  it("answers a Turkish sign-up's missing area in Turkish", async () => {
    const response = await postForm(
      "/api/signups",
      formFields(validSignup({ locale: "tr", categories: [] })),
    );

    const page = await response.text();
    expect(page).toContain(
      `<strong>Alanlar:</strong> ${escapeHtml(message(tr, "categories.required"))}`,
    );
  });
});

describe("other refusals in the form's language", () => {
  it("answers a rate-limited Farsi form with a Farsi page, whatever the browser says", async () => {
    const ip = freshClientIp();
    await startInOneRateWindow();
    const fields = formFields(validHelpRequest({ locale: "fa", consent: false }));
    let last: Response | undefined;
    for (let i = 0; i < 11; i++) {
      last = await postForm("/api/help-requests", fields, {
        ip,
        headers: { "accept-language": "de" },
      });
    }
    const response = last as Response;

    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("60");
    const page = await response.text();
    expect(page).toContain('<html lang="fa" dir="rtl">');
    expect(page).toContain(`<h1>${httpErrors.rate_limited.title.fa}</h1>`);
    expect(page).toContain(httpErrors.rate_limited.hint.fa);
    expect(page).toContain(`<a href="${SITE_ORIGIN}/fa/request-help/">بازگشت به فرم</a>`);
  });

  it("answers a too large form in the browser's language (the body is never read)", async () => {
    const response = await postForm("/api/help-requests", `description=${"x".repeat(40_000)}`, {
      headers: { "accept-language": "ru" },
    });

    expect(response.status).toBe(413);
    const page = await response.text();
    expect(page).toContain('<html lang="ru">');
    expect(page).toContain(`<h1>${httpErrors.payload_too_large.title.ru}</h1>`);
    expect(page).toContain(`href="${SITE_ORIGIN}/ru/request-help/"`);
  });

  it("answers a refused origin in the browser's language", async () => {
    const response = await postForm("/api/signups", formFields(validSignup({ locale: "fa" })), {
      origin: "https://evil.example",
      headers: { "accept-language": "fa-IR" },
    });

    expect(response.status).toBe(403);
    const page = await response.text();
    expect(page).toContain('<html lang="fa" dir="rtl">');
    expect(page).toContain(`<h1>${httpErrors.forbidden_origin.title.fa}</h1>`);
    expect(page).toContain(`href="${SITE_ORIGIN}/fa/volunteer/"`);
  });

  it("gives a Farsi page the Farsi validation messages", async () => {
    const response = await postForm(
      "/api/help-requests",
      formFields(validHelpRequest({ locale: "fa", contactName: "" })),
    );

    const page = await response.text();
    expect(page).toContain(`<strong>نام:</strong> ${message(fa, "name.required")}`);
    expect(page).toContain('<h2 id="problems">۱ مشکل</h2>');
  });
});
