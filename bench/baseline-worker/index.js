// The baseline worker of bench/forms-worker.mjs (see wrangler.jsonc): takes the forms
// worker's two submission routes, parses the JSON body and stores it as one row of the
// real submissions table, answering 201 {"id"} like the forms worker. No validation, no
// rate limit, no idempotency, no notification: the cost of one D1 write per request.

const KINDS = { "/api/signups": "volunteer_signup", "/api/help-requests": "help_request" };

const INSERT =
  "INSERT INTO submissions (id, kind, payload, status, coordination_point, locale, created_at, updated_at) " +
  "VALUES (?1, ?2, ?3, 'new', ?4, ?5, ?6, ?6)";

export default {
  async fetch(request, env) {
    const { pathname } = new URL(request.url);
    if (request.method === "GET" && pathname === "/api/health") return new Response("ok");
    const kind = KINDS[pathname];
    if (request.method !== "POST" || kind === undefined) {
      return new Response("not found", { status: 404 });
    }
    let body;
    try {
      body = await request.json();
    } catch {
      return new Response("malformed JSON", { status: 400 });
    }
    const id = crypto.randomUUID();
    const now = new Date().toISOString();
    const locale = typeof body?.locale === "string" ? body.locale : null;
    await env.DB.prepare(INSERT).bind(id, kind, JSON.stringify(body), "bench", locale, now).run();
    return Response.json({ id }, { status: 201 });
  },
};
