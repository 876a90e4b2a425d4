/**
 * A backup is a gzip file of JSON lines:
 *   1. a header: format, version, the schema's migration level, row counts per table;
 *   2. one line per row: {"t": table, "r": row as PostgreSQL's row_to_json gives it};
 *   3. a trailer: the SHA-256 of every line before it.
 * Rows go through row_to_json / json_populate_recordset, so every type round-trips exactly.
 */
export const BACKUP_FORMAT = "ricochet-backup";
export const BACKUP_VERSION = 1;

/** Tables in an order that satisfies foreign keys (organisations are sorted by depth). */
export const BACKUP_TABLES = [
  { name: "users", orderBy: "id" },
  { name: "accounts", orderBy: "id" },
  { name: "sessions", orderBy: "id" },
  { name: "verifications", orderBy: "id" },
  { name: "rate_limits", orderBy: "id" },
  { name: "organisations", orderBy: "depth, id" },
  { name: "memberships", orderBy: "id" },
  { name: "invitations", orderBy: "id" },
  { name: "join_requests", orderBy: "id" },
  { name: "accompaniments", orderBy: "id" },
  { name: "evaluations", orderBy: "id" },
  { name: "network_frameworks", orderBy: "id" },
  { name: "network_framework_versions", orderBy: "id" },
  { name: "evaluation_questions", orderBy: "id" },
  { name: "evaluation_steps", orderBy: "evaluation_id, step" },
  { name: "stakeholders", orderBy: "id" },
  { name: "activities", orderBy: "id" },
  { name: "contributions", orderBy: "id" },
  { name: "indicator_definitions", orderBy: "id" },
  { name: "indicator_versions", orderBy: "id" },
  { name: "framework_criteria", orderBy: "id" },
  { name: "framework_indicators", orderBy: "id" },
  { name: "framework_adoptions", orderBy: "id" },
  { name: "theories_of_change", orderBy: "evaluation_id" },
  { name: "theory_of_change_versions", orderBy: "id" },
  { name: "questionnaires", orderBy: "id" },
  { name: "questionnaire_versions", orderBy: "id" },
  { name: "campaigns", orderBy: "id" },
  { name: "respondent_codes", orderBy: "id" },
  { name: "form_sessions", orderBy: "id" },
  { name: "submissions", orderBy: "id" },
  { name: "submission_revisions", orderBy: "id" },
  { name: "interview_guides", orderBy: "id" },
  { name: "interviews", orderBy: "id" },
  { name: "audit_events", orderBy: "id" },
  { name: "idempotency_keys", orderBy: "user_id, key" },
  { name: "jobs", orderBy: "id" },
] as const;

export type BackupTable = (typeof BACKUP_TABLES)[number]["name"];

/** Tables whose serial ids must continue after the restored rows. */
export const SERIAL_COLUMNS: { table: BackupTable; column: string }[] = [
  { table: "audit_events", column: "id" },
  { table: "jobs", column: "id" },
];

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  migration: string | null;
  tables: Record<string, number>;
}

export interface BackupRowLine {
  t: BackupTable;
  r: Record<string, unknown>;
}

export interface BackupTrailer {
  sha256: string;
}
