import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { AppError } from "@ricochet/domain";
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../open-db.ts";
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  type BackupHeader,
  type BackupRowLine,
  SERIAL_COLUMNS,
} from "./backup-format.ts";
import { migrationLevel } from "./migration-level.ts";

const BATCH = 500;
const KNOWN_TABLES = new Set<string>(BACKUP_TABLES.map((t) => t.name));

const corrupt = (fr: string, en: string) => new AppError("BACKUP_CORRUPT", { reason: { fr, en } });

async function* lines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file).pipe(createGunzip());
  const reader = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of reader) yield line;
  } catch (error) {
    throw corrupt(
      `ce n'est pas un fichier gzip, ou il est tronqué (${(error as Error).message})`,
      `not a gzip file, or truncated (${(error as Error).message})`,
    );
  }
}

function parseLine<T>(line: string, lineNumber: number): T {
  try {
    return JSON.parse(line) as T;
  } catch {
    throw corrupt(`la ligne ${lineNumber} n'est pas du JSON valide`, `line ${lineNumber} is not valid JSON`);
  }
}

/** First pass: header, checksum, row counts. Nothing is written before the whole file checks out. */
async function verify(file: string): Promise<BackupHeader> {
  const hash = createHash("sha256");
  let header: BackupHeader | undefined;
  let trailer: { sha256?: string } | undefined;
  const seen: Record<string, number> = {};
  let n = 0;
  for await (const line of lines(file)) {
    n++;
    if (trailer)
      throw corrupt(
        `données inattendues après la somme de contrôle (ligne ${n})`,
        `unexpected data after the checksum line (line ${n})`,
      );
    if (n === 1) {
      header = parseLine<BackupHeader>(line, n);
      if (header?.format !== BACKUP_FORMAT)
        throw corrupt("ce n'est pas une sauvegarde Ricochet", "this is not a Ricochet backup");
      if (header.version !== BACKUP_VERSION)
        throw corrupt(
          `version de sauvegarde non prise en charge (${header.version})`,
          `unsupported backup version ${header.version}`,
        );
    } else if (line.startsWith('{"sha256"')) {
      trailer = parseLine(line, n);
      continue;
    } else {
      const row = parseLine<BackupRowLine>(line, n);
      if (!KNOWN_TABLES.has(row.t) || typeof row.r !== "object" || row.r === null) {
        throw corrupt(`la ligne ${n} désigne une table inconnue`, `line ${n} names an unknown table`);
      }
      seen[row.t] = (seen[row.t] ?? 0) + 1;
    }
    hash.update(line);
    hash.update("\n");
  }
  if (!header) throw corrupt("le fichier est vide", "the file is empty");
  if (!trailer?.sha256)
    throw corrupt(
      "la somme de contrôle manque (fichier tronqué ?)",
      "the checksum line is missing (file truncated?)",
    );
  if (trailer.sha256 !== hash.digest("hex")) {
    throw corrupt(
      "la somme de contrôle ne correspond pas au contenu",
      "the checksum does not match the content",
    );
  }
  for (const table of BACKUP_TABLES) {
    if ((seen[table.name] ?? 0) !== (header.tables[table.name] ?? 0)) {
      throw corrupt(
        `la table ${table.name} a ${seen[table.name] ?? 0} lignes, l'en-tête en annonce ${header.tables[table.name]}`,
        `table ${table.name} has ${seen[table.name] ?? 0} rows, the header announces ${header.tables[table.name]}`,
      );
    }
  }
  return header;
}

const columnCache = new WeakMap<object, Map<string, string[]>>();

/** Columns a row can be written to: generated ones (search vectors) are recomputed by PostgreSQL. */
async function writableColumns(tx: Db, table: string): Promise<string[]> {
  const cache = columnCache.get(tx) ?? new Map<string, string[]>();
  columnCache.set(tx, cache);
  const cached = cache.get(table);
  if (cached) return cached;
  const rows = await queryRows<{ name: string }>(
    tx,
    sql`select column_name as name from information_schema.columns
        where table_schema = 'public' and table_name = ${table} and is_generated = 'NEVER'
        order by ordinal_position`,
  );
  const names = rows.map((r) => r.name);
  cache.set(table, names);
  return names;
}

/**
 * Every start adds the built-in indicator library, so a fresh database is not quite empty. When
 * that library is all it holds, it gives way to the backup's own copy.
 */
async function dropBuiltInLibrary(tx: Db): Promise<void> {
  const [row] = await queryRows<{ other: number }>(
    tx,
    sql`select count(*)::int as other from indicator_definitions where not built_in or organisation_id is not null`,
  );
  if (Number(row?.other ?? 0) > 0) return;
  const [users] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from users`);
  if (Number(users?.n ?? 0) > 0) return;
  await tx.execute(sql`delete from indicator_definitions where built_in and organisation_id is null`);
}

/**
 * Restores a backup into an empty, migrated database, in one transaction: either every row
 * lands, or nothing does.
 */
export async function restoreBackup(db: Db, file: string): Promise<BackupHeader> {
  const header = await verify(file);
  const level = await migrationLevel(db);
  if (header.migration !== level) {
    throw corrupt(
      "elle provient d'une autre version du schéma de base ; utilisez la version de Ricochet correspondante",
      "it was made with a different database schema version; use the matching Ricochet version",
    );
  }
  await db.transaction(async (tx) => {
    await dropBuiltInLibrary(tx);
    for (const table of BACKUP_TABLES) {
      const rows = await queryRows<{ n: number }>(
        tx,
        sql.raw(`select count(*)::int as n from ${table.name}`),
      );
      if (Number(rows[0]?.n ?? 0) > 0) throw new AppError("BACKUP_TARGET_NOT_EMPTY", { table: table.name });
    }
    let batch: Record<string, unknown>[] = [];
    let batchTable: string | null = null;
    const flush = async () => {
      if (!batchTable || batch.length === 0) return;
      const columns = sql.join(
        (await writableColumns(tx, batchTable)).map((c) => sql.identifier(c)),
        sql`, `,
      );
      await tx.execute(
        sql`insert into ${sql.identifier(batchTable)} (${columns}) select ${columns} from json_populate_recordset(null::${sql.identifier(batchTable)}, ${JSON.stringify(batch)}::json)`,
      );
      batch = [];
    };
    let n = 0;
    for await (const line of lines(file)) {
      n++;
      if (n === 1 || line.startsWith('{"sha256"')) continue;
      const row = JSON.parse(line) as BackupRowLine;
      if (row.t !== batchTable || batch.length >= BATCH) {
        await flush();
        batchTable = row.t;
      }
      batch.push(row.r);
    }
    await flush();
    for (const { table, column } of SERIAL_COLUMNS) {
      await tx.execute(
        sql.raw(
          `select setval(pg_get_serial_sequence('${table}', '${column}'), coalesce((select max(${column}) from ${table}), 1), (select count(*) > 0 from ${table}))`,
        ),
      );
    }
  });
  return header;
}
