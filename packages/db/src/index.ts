export * from "./backup/backup-format.ts";
export * from "./backup/restore-backup.ts";
export * from "./backup/write-backup.ts";
export * from "./open-db.ts";
export * from "./schema/index.ts";
export * as schema from "./schema/index.ts";
