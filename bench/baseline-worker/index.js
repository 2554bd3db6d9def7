// The baseline worker of bench/forms-worker.mjs (see wrangler.jsonc): takes the forms
// worker's two submission routes, parses the JSON body and stores it as one row of the
// real submissions table, answering 201 {"id"} like the forms worker. No validation, no
// rate limit, no idempotency, no notification: the cost of one D1 write per request.
//
// Run with wrangler.bindings.jsonc it also makes the forms worker's two other binding
// calls: the rate limiter first (keyed like the forms worker in bench mode, by the
// X-Bench-Client header) and a queue message after the answer — the floor for a worker
// that must make those calls, so the benchmark can tell the worker's own cost from what
// the platform's bindings cost in the local emulation.

const KINDS = { "/api/signups": "volunteer_signup", "/api/help-requests": "help_request" };

const INSERT =
  "INSERT INTO submissions (id, kind, payload, status, coordination_point, locale, created_at, updated_at) " +
  "VALUES (?1, ?2, ?3, 'new', ?4, ?5, ?6, ?6)";

export default {
  async fetch(request, env, ctx) {
    const { pathname } = new URL(request.url);
    if (request.method === "GET" && pathname === "/api/health") return new Response("ok");
    const kind = KINDS[pathname];
    if (request.method !== "POST" || kind === undefined) {
      return new Response("not found", { status: 404 });
    }
    if (env.LIMITER) {
      const key = request.headers.get("x-bench-client") ?? "unknown";
      const { success } = await env.LIMITER.limit({ key });
      if (!success) return new Response("rate limited", { status: 429 });
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
    if (env.QUEUE) ctx.waitUntil(env.QUEUE.send({ submissionId: id }, { contentType: "json" }));
    return Response.json({ id }, { status: 201 });
  },
};
