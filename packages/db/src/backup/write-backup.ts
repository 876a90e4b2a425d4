import { createHash } from "node:crypto";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { createGzip } from "node:zlib";
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../open-db.ts";
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, type BackupHeader } from "./backup-format.ts";
import { migrationLevel } from "./migration-level.ts";

const PAGE = 2000;

/** Writes every table to `file`, inside one repeatable-read snapshot where the driver allows. */
export async function writeBackup(db: Db, file: string): Promise<BackupHeader> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read read only`).catch(() => {});
    const counts: Record<string, number> = {};
    for (const table of BACKUP_TABLES) {
      const rows = await queryRows<{ n: number }>(
        tx,
        sql.raw(`select count(*)::int as n from ${table.name}`),
      );
      counts[table.name] = Number(rows[0]?.n ?? 0);
    }
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      migration: await migrationLevel(tx),
      tables: counts,
    };
    const gzip = createGzip();
    const out = gzip.pipe(createWriteStream(file));
    const hash = createHash("sha256");
    const write = async (line: string) => {
      hash.update(line);
      hash.update("\n");
      if (!gzip.write(`${line}\n`)) await once(gzip, "drain");
    };
    await write(JSON.stringify(header));
    for (const table of BACKUP_TABLES) {
      for (let offset = 0; offset < (counts[table.name] ?? 0); offset += PAGE) {
        const page = await queryRows<{ r: Record<string, unknown> }>(
          tx,
          sql.raw(
            `select row_to_json(x) as r from (select * from ${table.name} order by ${table.orderBy} limit ${PAGE} offset ${offset}) x`,
          ),
        );
        for (const row of page) await write(JSON.stringify({ t: table.name, r: row.r }));
      }
    }
    gzip.end(`${JSON.stringify({ sha256: hash.digest("hex") })}\n`);
    await once(out, "finish");
    return header;
  });
}
