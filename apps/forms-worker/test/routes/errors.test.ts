import { describe, expect, it } from "vitest";
import { postForm, postJson, postRaw, validSignup } from "../helpers.js";

async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

describe("malformed bodies → 400", () => {
  const bodies: [string, BodyInit][] = [
    ["invalid JSON", '{"name": "Ana",'],
    ["a JSON array", "[1, 2, 3]"],
    ["a JSON string", '"hello"'],
    ["JSON null", "null"],
    ["an empty body", ""],
    ["invalid UTF-8", new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
    ["a lone surrogate escape", '{"name": "\\ud800 Ana"}'],
    ["a lone surrogate in a key", '{"\\udc00": 1}'],
  ];

  for (const [what, body] of bodies) {
    it(`answers ${what} with 400 malformed_body`, async () => {
      const response = await postRaw("/api/signups", body, "application/json");

      expect(response.status).toBe(400);
      expect(await errorCode(response)).toBe("malformed_body");
    });
  }

  it("answers a form with a broken %-escape with a 400 HTML page", async () => {
    const response = await postForm("/api/signups", "name=%E0%A4%A&consent=on");

    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await response.text()).toContain("Der Inhalt der Anfrage konnte nicht gelesen werden.");
  });

  it("answers a form with %-escaped invalid UTF-8 with 400 instead of storing U+FFFD", async () => {
    const response = await postForm("/api/signups", "name=%FF%FE&consent=on");

    expect(response.status).toBe(400);
  });

  it("gives the 400 message in English for an English browser", async () => {
    const response = await postRaw("/api/signups", "{", "application/json", {
      headers: { "accept-language": "en" },
    });

    expect(await response.json()).toEqual({
      error: { code: "malformed_body", message: "The request body could not be read." },
    });
  });
});

describe("body size → 413", () => {
  it("refuses a declared Content-Length over 32 KiB before reading", async () => {
    const response = await postJson(
      "/api/signups",
      validSignup({ motivation: "x".repeat(40_000) }),
    );

    expect(response.status).toBe(413);
    expect(await errorCode(response)).toBe("payload_too_large");
  });

  it("refuses a streamed body without Content-Length once it passes 32 KiB", async () => {
    const chunk = new TextEncoder().encode("x".repeat(8192));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 10) controller.close();
        else {
          sent += 1;
          controller.enqueue(chunk);
        }
      },
    });
    const response = await postRaw("/api/signups", stream, "application/json");

    expect(response.status).toBe(413);
  });

  it("accepts a body just under the limit (and validates it)", async () => {
    const response = await postJson(
      "/api/signups",
      validSignup({ motivation: "x".repeat(30_000) }),
    );

    expect(response.status).toBe(422);
  });

  it("renders 413 as an HTML page for a plain form post", async () => {
    const response = await postForm("/api/signups", `motivation=${"x".repeat(40_000)}`);

    expect(response.status).toBe(413);
    expect(await response.text()).toContain("<h1>Zu viel Inhalt</h1>");
  });
});

describe("content types → 415", () => {
  const types = [
    "text/plain",
    "multipart/form-data; boundary=x",
    "application/xml",
    "application/json; charset=iso-8859-1",
    "",
  ];
  for (const type of types) {
    it(`refuses "${type}" with 415`, async () => {
      const response = await postRaw("/api/signups", "name=Ana", type);

      expect(response.status).toBe(415);
      expect(response.headers.get("content-type")).toMatch(/json|html/);
    });
  }

  it("accepts a charset parameter of utf-8 in any case", async () => {
    const response = await postRaw(
      "/api/signups",
      JSON.stringify(validSignup()),
      "Application/JSON; Charset=UTF-8",
    );

    expect(response.status).toBe(201);
  });

  it("answers a multipart form post (a misconfigured form) with an HTML page", async () => {
    const response = await postRaw("/api/help-requests", "x", "multipart/form-data; boundary=x");

    expect(response.status).toBe(415);
    const page = await response.text();
    expect(page).toContain("<h1>Format nicht unterstützt</h1>");
    expect(page).toContain('href="http://127.0.0.1:4321/hilfe-anfragen/"');
  });
});
