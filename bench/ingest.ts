/**
 * Public submission ingest on PostgreSQL: Ricochet's public form endpoint under autocannon
 * (sustained submissions per second, p50/p99), next to pgbench inserting the same row shape
 * into a copy of the submissions table on the same server, in the same run. Then the count
 * check: the database holds exactly the acknowledged submissions — none lost, none doubled —
 * including a phase where every submission is sent twice with the same idempotency key.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { DEMO_PASSWORD } from "../packages/server/src/seed/demo-data.ts";
import {
  CONSENT_NOTICE,
  FOLLOW_UP_QUESTIONNAIRE,
} from "../packages/server/test/helpers/questionnaire-fixture.ts";
import { startAndTime, stop } from "./processes.ts";

const ANSWERS = {
  age: 34,
  situation: "emploi",
  heures: 35,
  confiance: { conf_avenir: "3", conf_capable: "4" },
  satisfaction: 8,
};

export interface IngestResult {
  unique: autocannon.Result;
  doubled: autocannon.Result;
  pgbenchTps: number;
  acknowledged: number;
  stored: number;
  missing: number;
  duplicatesStored: number;
  /** Stored, but the load generator stopped before reading the answer (at most one per connection). */
  inFlight: number;
}

async function signIn(base: string, origin: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email: "ines.moreau@demo.ricochet.fr", password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`demo sign-in failed: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** A published questionnaire and an open campaign in the demo cooperative's evaluation. */
async function openCampaign(base: string, origin: string): Promise<{ token: string; campaignId: string }> {
  const cookie = await signIn(base, origin);
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: { cookie, origin, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<any>;
  };
  const orgs = (await call("GET", "/organisations")) as Array<{ id: string; name: string }>;
  const org = orgs.find((o) => o.name === "CAE Les Ateliers du Vercors");
  if (!org) throw new Error("demo cooperative not found");
  const [evaluation] = (await call("GET", `/organisations/${org.id}/evaluations`)) as Array<{ id: string }>;
  if (!evaluation) throw new Error("demo evaluation not found");
  const url = `/organisations/${org.id}/evaluations/${evaluation.id}`;
  const questionnaire = await call("POST", `${url}/questionnaires`, {
    title: "Banc d'essai",
    definition: FOLLOW_UP_QUESTIONNAIRE,
  });
  await call("POST", `${url}/questionnaires/${questionnaire.id}/publish`);
  const campaign = await call("POST", `${url}/campaigns`, {
    name: "Banc d'essai",
    questionnaireId: questionnaire.id,
    consent: CONSENT_NOTICE,
  });
  await call("PATCH", `${url}/campaigns/${campaign.id}`, { status: "open" });
  return { token: String(campaign.publicUrl).split("/f/")[1] ?? "", campaignId: campaign.id };
}

/** Loads the endpoint; `sendsPerKey` copies of each submission, keys recorded when acknowledged. */
function ingest(
  url: string,
  seconds: number,
  sendsPerKey: number,
  acknowledged: Set<string>,
  prefix: string,
) {
  let counter = 0;
  return autocannon({
    url,
    method: "POST",
    connections: 50,
    duration: seconds,
    headers: { "content-type": "application/json" },
    requests: [
      {
        setupRequest: (request, raw) => {
          const context = raw as { sent?: number; key?: string };
          // Per connection, requests go one after the other: the copies of a key follow each other.
          const sent = context.sent ?? 0;
          if (sent % sendsPerKey === 0)
            context.key = `${prefix}-${process.pid}-${++counter}-${Date.now().toString(36)}`;
          context.sent = sent + 1;
          return {
            ...request,
            body: JSON.stringify({
              idempotencyKey: context.key,
              answers: ANSWERS,
              consent: true,
              language: "fr",
            }),
          };
        },
        onResponse: (status, _body, raw) => {
          const context = raw as { key?: string };
          if ((status === 200 || status === 201) && context.key) acknowledged.add(context.key);
        },
      },
    ],
  });
}

function pgbench(databaseUrl: string, seconds: number): number {
  const folder = mkdtempSync(join(tmpdir(), "ricochet-pgbench-"));
  const script = join(folder, "insert.sql");
  const answers = JSON.stringify(ANSWERS).replaceAll("'", "''");
  writeFileSync(
    script,
    `insert into bench_ingest (id, organisation_id, evaluation_id, campaign_id, questionnaire_version_id, idempotency_key, answers, consent, source, language, submitted_at, received_at)
     values (md5(random()::text || clock_timestamp()::text), 'o', 'e', 'c', 'v', md5(random()::text || clock_timestamp()::text), '${answers}'::jsonb, '{"given":true}'::jsonb, 'web', 'fr', now(), now());\n`,
  );
  const output = execFileSync(
    "pgbench",
    ["-n", "-c", "50", "-j", "2", "-T", String(seconds), "-f", script, databaseUrl],
    {
      encoding: "utf8",
    },
  );
  const match = /tps = ([\d.]+)/.exec(output);
  if (!match) throw new Error(`pgbench printed no tps:\n${output}`);
  return Number(match[1]);
}

export async function measureIngest(
  databaseUrl: string,
  options: { port: number; seconds: number; serveArgs: string[] },
): Promise<IngestResult> {
  const base = `http://127.0.0.1:${options.port}`;
  const origin = `http://localhost:${options.port}`;
  const env = {
    PORT: String(options.port),
    PUBLIC_URL: origin,
    SIGN_IN_RATE_LIMIT: "1000",
    DATABASE_URL: databaseUrl,
    DATA_DIR: mkdtempSync(join(tmpdir(), "ricochet-bench-ingest-")),
  };
  const server = await startAndTime("node", options.serveArgs, env, `${base}/api/health`);
  try {
    const { token, campaignId } = await openCampaign(base, origin);
    const url = `${base}/api/v1/public/forms/${token}/submissions`;
    const acknowledged = new Set<string>();
    const unique = await ingest(url, options.seconds, 1, acknowledged, "u");
    const doubled = await ingest(url, options.seconds, 2, acknowledged, "d");

    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const keys = [...acknowledged];
      const counted = await client.query<{ stored: string; found: string; keys: string }>(
        `select count(*) as stored,
                count(*) filter (where idempotency_key = any($2)) as found,
                count(distinct idempotency_key) as keys
           from submissions where campaign_id = $1`,
        [campaignId, keys],
      );
      const row = counted.rows[0] ?? { stored: "0", found: "0", keys: "0" };
      await client.query("create table bench_ingest (like submissions including all)");
      const pgbenchTps = pgbench(databaseUrl, options.seconds);
      await client.query("drop table bench_ingest");
      return {
        unique,
        doubled,
        pgbenchTps,
        acknowledged: keys.length,
        stored: Number(row.stored),
        missing: keys.length - Number(row.found),
        duplicatesStored: Number(row.stored) - Number(row.keys),
        inFlight: Number(row.stored) - Number(row.found),
      };
    } finally {
      await client.end();
    }
  } finally {
    await stop(server.child);
  }
}
