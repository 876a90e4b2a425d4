/**
 * Ricochet benchmarks. Each figure is printed next to a baseline measured in the same run
 * on the same machine, so the ratio means something wherever it runs:
 *  - start-up to ready (first start: create, migrate and seed the embedded database; warm
 *    start: open it) against a bare Hono server's start-up;
 *  - an authenticated API read (the organisation tree of the demo network, with session and
 *    permission checks) at 50 concurrent connections against a bare Hono "hello" endpoint.
 * Usage: npm run bench   (BENCH_SECONDS=10 by default)
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import autocannon from "autocannon";
import { startAndTime, stop } from "./processes.ts";

const root = resolve(import.meta.dirname, "..");
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const RICOCHET_PORT = 3901;
const HELLO_PORT = 3902;
const base = `http://127.0.0.1:${RICOCHET_PORT}`;

const dataDir = mkdtempSync(join(tmpdir(), "ricochet-bench-"));
const ricochetEnv = {
  DATA_DIR: dataDir,
  PORT: String(RICOCHET_PORT),
  PUBLIC_URL: `http://localhost:${RICOCHET_PORT}`,
  SIGN_IN_RATE_LIMIT: "1000",
  DATABASE_URL: "",
};
const ricochetArgs = [join(root, "packages/cli/bin.js"), "serve", "--seed-if-empty"];

function load(url: string, headers: Record<string, string> = {}) {
  return autocannon({ url, connections: 50, duration: seconds, headers });
}

async function main() {
  const env = { ...ricochetEnv } as Record<string, string>;
  delete (env as Record<string, string | undefined>).DATABASE_URL;
  process.env.DATABASE_URL = "";
  delete process.env.DATABASE_URL;

  const hello = await startAndTime(
    "node",
    [join(root, "bench/hello-server.mjs")],
    { PORT: String(HELLO_PORT) },
    `http://127.0.0.1:${HELLO_PORT}/api/health`,
  );
  const first = await startAndTime("node", ricochetArgs, env, `${base}/api/health`);
  await stop(first.child);
  const warm = await startAndTime("node", ricochetArgs, env, `${base}/api/health`);

  const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: `http://localhost:${RICOCHET_PORT}` },
    body: JSON.stringify({ email: "demo@ricochet.fr", password: "Impact-Social-2026" }),
  });
  if (!signIn.ok) throw new Error(`demo sign-in failed: ${signIn.status}`);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const orgs = (await (await fetch(`${base}/api/v1/organisations`, { headers: { cookie } })).json()) as {
    id: string;
    kind: string;
  }[];
  const network = orgs.find((o) => o.kind === "network");
  if (!network) throw new Error("demo network not found");
  const readUrl = `${base}/api/v1/organisations/${network.id}/tree`;

  const helloLoad = await load(`http://127.0.0.1:${HELLO_PORT}/hello`);
  const readLoad = await load(readUrl, { cookie });
  await stop(warm.child);
  await stop(hello.child);

  const rows = [
    ["start-up to ready, bare Hono (baseline)", `${hello.readyMs.toFixed(0)} ms`, "1.00"],
    [
      "start-up, first run (create + migrate + seed)",
      `${first.readyMs.toFixed(0)} ms`,
      (first.readyMs / hello.readyMs).toFixed(2),
    ],
    [
      "start-up, warm (existing database)",
      `${warm.readyMs.toFixed(0)} ms`,
      (warm.readyMs / hello.readyMs).toFixed(2),
    ],
  ];
  const loadRows = [
    ["GET /hello, bare Hono (baseline)", helloLoad],
    ["GET /api/v1/organisations/{id}/tree, signed in", readLoad],
  ] as const;
  console.log(
    `\nRicochet benchmarks — ${new Date().toISOString()} — ${seconds} s per load, 50 connections\n`,
  );
  console.log("| measure | value | ratio to baseline |\n|---|---|---|");
  for (const [label, value, ratio] of rows) console.log(`| ${label} | ${value} | ${ratio} |`);
  console.log(
    "\n| endpoint | req/s | p50 ms | p99 ms | non-2xx | throughput ratio | p50 ratio |\n|---|---|---|---|---|---|---|",
  );
  for (const [label, r] of loadRows) {
    console.log(
      `| ${label} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx} | ${(r.requests.average / helloLoad.requests.average).toFixed(3)} | ${(r.latency.p50 / Math.max(helloLoad.latency.p50, 1)).toFixed(1)} |`,
    );
  }
  if (readLoad.non2xx > 0 || readLoad.errors > 0) {
    console.error(
      `\nThe authenticated read returned ${readLoad.non2xx} non-2xx answers and ${readLoad.errors} errors.`,
    );
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
