// Benchmark of matching: one help request against 10,000 volunteers.
//
// Imports the BUILT package, so build first:
//   cd packages/domain && pnpm build && cd ../.. && node --expose-gc bench/matching.mjs
//
// Prints the median of 5 runs (after 3 warm-up runs) for validation alone (the zod schema
// over all volunteers), ranking alone (rankParsedVolunteers, the pure core on already
// validated data, reasons rendered) and both together (rankVolunteers), plus the first,
// cold call of each step measured first (it pays for compiling). With --expose-gc,
// garbage from one run is collected before the next is timed.

import { performance } from "node:perf_hooks";
import {
  alzeyWorms,
  matchingInputSchema,
  parseWith,
  rankParsedVolunteers,
  rankVolunteers,
} from "../packages/domain/dist/index.js";
import { machineLine, measure, random, runsLine, timingTable } from "./_lib.mjs";

const VOLUNTEERS = 10_000;
const WARM_UP = 3;
const NOW = "2026-03-17T09:00:00+01:00";
const DAY = 86_400_000;

function generate(district) {
  const next = random(20260317);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const languages = [
    "ar",
    "tr",
    "fa",
    "prs",
    "kmr",
    "ckb",
    "ru",
    "uk",
    "ps",
    "ti",
    "so",
    "en",
    "fr",
  ];
  const levels = ["native", "fluent", "basic"];
  const municipalities = district.municipalities.map((m) => m.id);
  const categories = district.categories.map((c) => c.id);
  const hh = (hour) => `${String(hour).padStart(2, "0")}:00`;
  const now = Date.parse(NOW);

  const volunteers = [];
  for (let i = 0; i < VOLUNTEERS; i++) {
    const roll = next();
    const status =
      roll < 0.7
        ? "certified"
        : roll < 0.82
          ? "in_training"
          : roll < 0.9
            ? "paused"
            : roll < 0.95
              ? "applicant"
              : "retired";
    const skills = [{ language: "de", level: next() < 0.8 ? "native" : "fluent" }];
    for (let k = Math.floor(next() * 3); k > 0; k--)
      skills.push({ language: pick(languages), level: pick(levels) });
    const availability = [];
    if (next() < 0.7) {
      for (let k = 1 + Math.floor(next() * 3); k > 0; k--) {
        const from = 8 + Math.floor(next() * 11);
        availability.push({
          weekday: 1 + Math.floor(next() * 7),
          from: hh(from),
          to: hh(from + 1 + Math.floor(next() * 3)),
        });
      }
    }
    const assignments = [];
    for (let k = Math.floor(next() * 6); k > 0; k--) {
      assignments.push({
        requestId: `r-${i}-${k}`,
        at: new Date(now - Math.floor(next() * 400 * DAY)).toISOString(),
      });
    }
    const volunteer = {
      id: `volunteer-${String(i).padStart(5, "0")}`,
      displayName: `Person ${i + 1}`,
      status,
      languages: skills,
      categories: categories.filter(() => next() < 0.6),
      municipalities: [pick(municipalities), ...(next() < 0.3 ? [pick(municipalities)] : [])],
      availability,
      assignments,
    };
    if (status === "certified") {
      volunteer.certificateNumber = `AZW-2025-${String(i + 1).padStart(4, "0")}-X`;
      volunteer.certificateValidUntil = new Date(now + Math.floor((next() - 0.1) * 900) * DAY)
        .toISOString()
        .slice(0, 10);
    }
    if (next() < 0.5) {
      volunteer.goodConduct = {
        seenOn: new Date(now - Math.floor(next() * 7 * 365) * DAY).toISOString().slice(0, 10),
        clear: next() < 0.97,
      };
    }
    volunteers.push(volunteer);
  }
  const request = {
    id: "r-bench",
    category: "behoerden",
    languages: ["ar", "en"],
    municipality: "alzey-land",
    preferredTimes: [
      { weekday: 2, from: "08:00", to: "12:00" },
      { weekday: 4, from: "12:00", to: "17:00" },
      { date: "2026-03-20", from: "08:00", to: "21:00" },
    ],
    receivedAt: "2026-03-16T10:00:00+01:00",
  };
  return { request, volunteers, district, now: NOW };
}

const district = alzeyWorms();
const input = generate(district);
const coldStart = performance.now();
const parsed = parseWith(matchingInputSchema, input);
const coldValidation = performance.now() - coldStart;
if (!parsed.ok) throw new Error(`generated data is invalid: ${JSON.stringify(parsed.issues[0])}`);

const ranking = measure(() => rankParsedVolunteers(parsed.value, "de"), { warmUp: WARM_UP });
const validation = measure(() => parseWith(matchingInputSchema, input), { warmUp: WARM_UP });
const both = measure(() => rankVolunteers(input, "de"), { warmUp: WARM_UP });

if (!ranking.result.ok || !both.result.ok) throw new Error("ranking failed");
const matching = ranking.result.value;
if (JSON.stringify(both.result.value) !== JSON.stringify(matching)) {
  throw new Error("rankVolunteers and rankParsedVolunteers disagree");
}

console.log(machineLine());
console.log(
  `data:    ${VOLUNTEERS.toLocaleString("en")} volunteers, one request (behoerden, ar + en, 3 preferred times); ` +
    `step ${matching.step}, ${matching.candidates.length.toLocaleString("en")} candidates, ` +
    `${matching.excluded.length.toLocaleString("en")} excluded`,
);
console.log(`${runsLine({ warmUp: WARM_UP })}\n`);
console.log(
  timingTable([
    ["(v) validation alone (parseWith)", validation],
    ["(r) ranking alone (rankParsedVolunteers)", ranking],
    ["(a) validation + ranking (rankVolunteers)", both],
  ]),
);
console.log(
  `\nfirst (cold) calls: validation ${coldValidation.toFixed(1)} ms, ranking ${ranking.cold.toFixed(1)} ms`,
);
