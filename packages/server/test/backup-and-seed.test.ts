import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { BACKUP_TABLES, queryRows, restoreBackup, writeBackup } from "@ricochet/db";
import { AppError } from "@ricochet/domain";
import {
  CLI_ACTOR,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_USERS,
  getOrganisationTree,
  isDatabaseEmpty,
  listAllOrganisations,
  seedDemo,
} from "@ricochet/server";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, json, type TestApp } from "./helpers/test-app.ts";
import { openTestDatabase } from "./helpers/test-database.ts";

let t: TestApp;
const dir = mkdtempSync(join(tmpdir(), "ricochet-backup-"));
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.database.db, t.auth, t.config.publicUrl);
});
afterAll(() => t.close());

async function dump(db: Parameters<typeof queryRows>[0]) {
  const out: Record<string, unknown[]> = {};
  for (const table of BACKUP_TABLES) {
    out[table.name] = await queryRows(
      db,
      sql.raw(`select row_to_json(x) as r from ${table.name} x order by ${table.orderBy}`),
    );
  }
  return out;
}

describe("demo seed", () => {
  it("collects baseline and endline answers, with a control group and linked panel codes", async () => {
    const rows = await queryRows<{ wave: string; arm: string; answers: number; coded: number }>(
      t.database.db,
      sql`select c.wave, c.arm, count(s.id)::int as answers, count(s.respondent_code)::int as coded
            from campaigns c left join submissions s on s.campaign_id = c.id
           group by c.wave, c.arm order by 1, 2`,
    );
    const total = rows.reduce((n, r) => n + r.answers, 0);
    expect(total).toBeGreaterThanOrEqual(300);
    expect(rows.some((r) => r.arm === "control" && r.wave === "endline" && r.answers > 0)).toBe(true);
    const linked = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from (select respondent_code from submissions where respondent_code is not null
            group by evaluation_id, respondent_code having count(distinct campaign_id) = 2) x`,
    );
    expect(linked[0]!.n).toBeGreaterThan(50);
  });

  it("builds a network with two regional bodies, five or more members, and an incubator cohort", async () => {
    const ctx = { db: t.database.db, actor: CLI_ACTOR, publicUrl: t.config.publicUrl };
    const all = await listAllOrganisations(ctx);
    expect(all).toHaveLength(DEMO_ORGANISATIONS.length);
    const network = all.find((o) => o.kind === "network");
    const tree = await getOrganisationTree(ctx, network!.id);
    expect(tree.nodes.filter((n) => n.kind === "regional_body")).toHaveLength(2);
    expect(tree.nodes.filter((n) => n.kind === "structure").length).toBeGreaterThanOrEqual(5);
    const incubator = all.find((o) => o.kind === "support_organisation")!;
    const login = await t
      .anonymous()
      .post("/api/auth/sign-in/email", { email: "demo@ricochet.fr", password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    expect(await isDatabaseEmpty(t.database.db)).toBe(false);
    const again = await seedDemo(t.database.db, t.auth, t.config.publicUrl);
    expect(again.seeded).toBe(false);
    const nadia = await t.anonymous().post("/api/auth/sign-in/email", {
      email: DEMO_USERS.find((u) => u.key === "nadia")!.email,
      password: DEMO_PASSWORD,
    });
    const cookie = nadia.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const cohort = await json(
      await t
        .anonymous()
        .request("GET", `/api/v1/organisations/${incubator.id}/accompaniments`, undefined, { cookie }),
    );
    expect(cohort.length).toBe(3);
    // Two evaluations at step 4, with value chain, theory of change (and a version) and framework;
    // the federation's common framework, built in a third evaluation and adopted by one of them.
    const [counts] = await queryRows<{
      evaluations: number;
      graphs: number;
      versions: number;
      pins: number;
      contributions: number;
      adoptions: number;
      shared: number;
    }>(
      t.database.db,
      sql`select (select count(*)::int from evaluations) as evaluations,
                 (select count(*)::int from theories_of_change where jsonb_array_length(graph->'nodes') >= 12) as graphs,
                 (select count(*)::int from theory_of_change_versions) as versions,
                 (select count(distinct evaluation_id)::int from framework_indicators) as pins,
                 (select count(*)::int from contributions) as contributions,
                 (select count(*)::int from framework_adoptions) as adoptions,
                 (select count(*)::int from framework_indicators where network_framework_id is not null) as shared`,
    );
    expect(counts).toEqual({
      evaluations: 3,
      graphs: 2,
      versions: 2,
      pins: 3,
      contributions: 17,
      adoptions: 1,
      shared: 5,
    });
    expect(cohort.every((a: any) => a.consented)).toBe(true);
  });
});

describe("backup and restore", () => {
  it("covers every table of the schema", async () => {
    const tables = await queryRows<{ name: string }>(
      t.database.db,
      sql`select table_name as name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    );
    const listed = new Set<string>(BACKUP_TABLES.map((table) => table.name));
    expect(tables.map((row) => row.name).filter((name) => !listed.has(name))).toEqual([]);
  });

  it("restores into an empty database with identical data", async () => {
    const file = join(dir, "full.jsonl.gz");
    const header = await writeBackup(t.database.db, file);
    expect(header.tables.organisations).toBe(DEMO_ORGANISATIONS.length);
    const target = await openTestDatabase();
    try {
      await restoreBackup(target.db, file);
      expect(await dump(target.db)).toEqual(await dump(t.database.db));
      // Serial ids continue after the restored rows.
      const [next] = await queryRows<{ id: number }>(
        target.db,
        sql`insert into audit_events (actor_label, action, target_type) values ('test', 'x', 'y') returning id`,
      );
      const [max] = await queryRows<{ m: number }>(
        t.database.db,
        sql`select max(id)::int as m from audit_events`,
      );
      expect(Number(next?.id)).toBe(Number(max?.m) + 1);
    } finally {
      await target.close();
    }
  });

  it("refuses a corrupt, altered, truncated or foreign file with a precise message, restoring nothing", async () => {
    const file = join(dir, "good.jsonl.gz");
    await writeBackup(t.database.db, file);
    const text = gunzipSync(readFileSync(file)).toString("utf8");
    const cases: [string, Buffer, RegExp][] = [
      ["garbage", Buffer.from("not a backup"), /gzip/],
      ["altered", gzipSync(text.replace("Fédération Coopérer Ensemble", "Fédération Piratée")), /checksum/],
      ["truncated", gzipSync(text.split("\n").slice(0, 20).join("\n")), /checksum line is missing/],
      ["foreign", gzipSync('{"format":"other"}\n'), /not a Ricochet backup/],
      ["empty", gzipSync(""), /empty/],
    ];
    const target = await openTestDatabase();
    try {
      for (const [label, content, reason] of cases) {
        const path = join(dir, `${label}.gz`);
        writeFileSync(path, content);
        const error = await restoreBackup(target.db, path).catch((e) => e);
        expect(error, label).toBeInstanceOf(AppError);
        expect(error.code, label).toBe("BACKUP_CORRUPT");
        expect(error.describe("en"), label).toMatch(reason);
        expect(error.describe("fr"), label).toContain("Rien n'a été restauré");
        expect(await isDatabaseEmpty(target.db)).toBe(true);
      }
    } finally {
      await target.close();
    }
  });

  it("refuses to restore over existing data", async () => {
    const file = join(dir, "again.jsonl.gz");
    await writeBackup(t.database.db, file);
    const error = await restoreBackup(t.database.db, file).catch((e) => e);
    expect(error.code).toBe("BACKUP_TARGET_NOT_EMPTY");
  });
});
