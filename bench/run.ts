/**
 * Ricochet benchmarks. Each figure is printed next to a baseline measured in the same run
 * on the same machine, so the ratio means something wherever it runs:
 *  - start-up to ready (first start: create, migrate and seed the embedded database; warm
 *    start: open it) against a bare Hono server's start-up;
 *  - an authenticated API read (the organisation tree of the demo network, with session and
 *    permission checks) at 50 concurrent connections against a bare Hono "hello" endpoint.
 *  - public submission ingest on PostgreSQL against pgbench inserting the same rows, with the
 *    check that exactly the acknowledged submissions are stored (bench/ingest.ts);
 *  - the public form's gzipped JavaScript against its 60 KB budget (from the web build).
 * Usage: npm run bench   (BENCH_SECONDS=10 by default; BENCH_POSTGRES_URL=postgres://… names the
 * PostgreSQL server, default the local one when it answers; each run uses a throw-away database)
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { benchMonteCarlo } from "../packages/domain/src/index.ts";
import { DEMO_PASSWORD } from "../packages/server/src/seed/demo-data.ts";
import { type IngestResult, measureIngest } from "./ingest.ts";
import { startAndTime, stop } from "./processes.ts";

const root = resolve(import.meta.dirname, "..");
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const RICOCHET_PORT = 3901;
const HELLO_PORT = 3902;
const base = `http://127.0.0.1:${RICOCHET_PORT}`;

const ricochetEnv = {
  PORT: String(RICOCHET_PORT),
  PUBLIC_URL: `http://localhost:${RICOCHET_PORT}`,
  SIGN_IN_RATE_LIMIT: "1000",
};
const ricochetArgs = [join(root, "packages/cli/bin.js"), "serve", "--seed-if-empty"];

function load(url: string, headers: Record<string, string> = {}) {
  return autocannon({ url, connections: 50, duration: seconds, headers });
}

interface Measured {
  firstMs: number;
  warmMs: number;
  read: autocannon.Result;
}

/** Starts Ricochet twice on a fresh database (first run, then warm) and loads the tree read. */
async function measureRicochet(extraEnv: Record<string, string>): Promise<Measured> {
  const env = { ...ricochetEnv, DATA_DIR: mkdtempSync(join(tmpdir(), "ricochet-bench-")), ...extraEnv };
  const first = await startAndTime("node", ricochetArgs, env, `${base}/api/health`);
  await stop(first.child);
  const warm = await startAndTime("node", ricochetArgs, env, `${base}/api/health`);
  try {
    const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: `http://localhost:${RICOCHET_PORT}` },
      body: JSON.stringify({ email: "demo@ricochet.fr", password: DEMO_PASSWORD }),
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
    const read = await load(`${base}/api/v1/organisations/${network.id}/tree`, { cookie });
    return { firstMs: first.readyMs, warmMs: warm.readyMs, read };
  } finally {
    await stop(warm.child);
  }
}

/** A throw-away database on the server named by BENCH_POSTGRES_URL, dropped afterwards. */
async function withServerDatabase<T>(serverUrl: string, run: (url: string) => Promise<T>): Promise<T> {
  const name = `ricochet_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return await run(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function main() {
  delete process.env.DATABASE_URL;
  const hello = await startAndTime(
    "node",
    [join(root, "bench/hello-server.mjs")],
    { PORT: String(HELLO_PORT) },
    `http://127.0.0.1:${HELLO_PORT}/api/health`,
  );
  const helloLoad = await load(`http://127.0.0.1:${HELLO_PORT}/hello`);
  await stop(hello.child);

  const runs: [string, Measured][] = [["embedded PGlite", await measureRicochet({})]];
  const serverUrl = process.env.BENCH_POSTGRES_URL ?? (await localPostgres());
  if (serverUrl) {
    runs.push([
      "PostgreSQL server",
      await withServerDatabase(serverUrl, (url) => measureRicochet({ DATABASE_URL: url })),
    ]);
  }

  const ingest = serverUrl
    ? await withServerDatabase(serverUrl, (url) =>
        measureIngest(url, { port: RICOCHET_PORT, seconds, serveArgs: ricochetArgs }),
      )
    : null;

  console.log(
    `\nRicochet benchmarks — ${new Date().toISOString()} — ${seconds} s per load, 50 connections\n`,
  );
  console.log("| start-up to ready | ms | ratio to bare Hono |\n|---|---|---|");
  console.log(`| bare Hono server (baseline) | ${hello.readyMs.toFixed(0)} | 1.00 |`);
  for (const [label, m] of runs) {
    console.log(
      `| Ricochet on ${label}, first run (create, migrate, seed) | ${m.firstMs.toFixed(0)} | ${(m.firstMs / hello.readyMs).toFixed(2)} |`,
    );
    console.log(
      `| Ricochet on ${label}, warm | ${m.warmMs.toFixed(0)} | ${(m.warmMs / hello.readyMs).toFixed(2)} |`,
    );
  }
  console.log(
    "\n| endpoint | req/s | p50 ms | p99 ms | non-2xx | throughput ratio | p50 ratio |\n|---|---|---|---|---|---|---|",
  );
  const row = (label: string, r: autocannon.Result) =>
    console.log(
      `| ${label} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx} | ${(r.requests.average / helloLoad.requests.average).toFixed(3)} | ${(r.latency.p50 / Math.max(helloLoad.latency.p50, 1)).toFixed(1)} |`,
    );
  row("GET /hello, bare Hono (baseline)", helloLoad);
  for (const [label, m] of runs) {
    row(`GET /api/v1/organisations/{id}/tree, signed in, ${label}`, m.read);
    if (m.read.non2xx > 0 || m.read.errors > 0) {
      console.error(
        `The authenticated read on ${label} returned ${m.read.non2xx} non-2xx answers and ${m.read.errors} errors.`,
      );
      process.exitCode = 1;
    }
  }
  printIngest(ingest);
  printFormBudget();
  printMonteCarlo();
}

const LOCAL_POSTGRES = "postgres://postgres@127.0.0.1:5432/postgres";

async function localPostgres(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: LOCAL_POSTGRES, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return LOCAL_POSTGRES;
  } catch {
    return undefined;
  }
}

function printIngest(result: IngestResult | null) {
  if (!result) {
    console.log("\nPublic submission ingest: skipped (no PostgreSQL server; set BENCH_POSTGRES_URL).");
    return;
  }
  const rate = (r: autocannon.Result) => r.requests.average;
  console.log(
    "\n| public submission ingest (PostgreSQL, 50 connections) | per s | p50 ms | p99 ms | errors | ratio to pgbench |\n|---|---|---|---|---|---|",
  );
  console.log(`| pgbench INSERT of the same row (baseline) | ${result.pgbenchTps.toFixed(0)} | | | | 1.00 |`);
  for (const [label, r] of [
    ["POST /public/forms/{token}/submissions, unique keys", result.unique],
    ["same, every submission sent twice with its key", result.doubled],
  ] as const)
    console.log(
      `| ${label} | ${rate(r).toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx + r.errors} | ${(rate(r) / result.pgbenchTps).toFixed(3)} |`,
    );
  console.log(
    `\nAcknowledged submissions: ${result.acknowledged}; stored: ${result.stored}; acknowledged but missing: ${result.missing}; stored twice: ${result.duplicatesStored}; stored while the load stopped, answer unread: ${result.inFlight} (at most 50 per phase).`,
  );
  if (result.missing !== 0 || result.duplicatesStored !== 0 || result.inFlight > 100 || result.inFlight < 0) {
    console.error("Submission ingest lost or doubled answers.");
    process.exitCode = 1;
  }
}

function printMonteCarlo() {
  const run = benchMonteCarlo({ outcomes: 20, draws: 10_000 });
  console.log(
    `\nSROI Monte Carlo, 20 outcomes × 10,000 draws: median ${run.medianMs.toFixed(1)} ms (${Math.round(run.drawsPerSecond).toLocaleString("en")} draws/s), budget 200 ms (ratio ${(run.medianMs / 200).toFixed(2)}).`,
  );
}

function printFormBudget() {
  const file = join(root, "packages/web/dist/public-form-size.json");
  if (!existsSync(file)) {
    console.log("\nPublic form size: run `npm run build:web` first.");
    return;
  }
  const { gzipBytes } = JSON.parse(readFileSync(file, "utf8")) as { gzipBytes: number };
  console.log(
    `\nPublic form: ${(gzipBytes / 1024).toFixed(1)} KB of gzipped JavaScript, budget 60 KB (ratio ${(gzipBytes / 61440).toFixed(2)}).`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
