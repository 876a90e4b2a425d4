import { type Db, submissionRevisions, submissions, users } from "@ricochet/db";
import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, type SQL } from "drizzle-orm";

export type SubmissionRow = typeof submissions.$inferSelect;

export interface SubmissionSummary {
  id: string;
  campaignId: string;
  questionnaireVersionId: string;
  respondentCode: string | null;
  source: "web" | "staff" | "import";
  language: string;
  easyRead: boolean;
  submittedAt: string;
  receivedAt: string;
  deletedAt: string | null;
  corrections: number;
}

/** One submission with its answers: reading it is recorded (the list carries no answers). */
export interface SubmissionDetail extends SubmissionSummary {
  answers: Record<string, unknown>;
  consent: { given: boolean; at: string; noticeHash: string } | null;
  enteredBy: string | null;
  revisions: Array<{
    id: string;
    changedAt: string;
    changedBy: string | null;
    reason: string | null;
    changes: Array<{ question: string; before: unknown; after: unknown }>;
  }>;
}

export interface SubmissionFilters {
  code?: string | undefined;
  source?: "web" | "staff" | "import" | undefined;
  deleted?: "exclude" | "include" | "only" | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
}

function whereOf(campaignId: string, filters: SubmissionFilters): SQL | undefined {
  const conditions: SQL[] = [eq(submissions.campaignId, campaignId)];
  if (filters.code)
    conditions.push(ilike(submissions.respondentCode, `${filters.code.replace(/[%_\\]/g, "")}%`));
  if (filters.source) conditions.push(eq(submissions.source, filters.source));
  if ((filters.deleted ?? "exclude") === "exclude") conditions.push(isNull(submissions.deletedAt));
  if (filters.deleted === "only") conditions.push(isNotNull(submissions.deletedAt));
  return and(...conditions);
}

async function correctionCounts(db: Db, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: submissionRevisions.submissionId, n: count() })
    .from(submissionRevisions)
    .where(inArray(submissionRevisions.submissionId, ids))
    .groupBy(submissionRevisions.submissionId);
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

export function summarise(row: SubmissionRow, corrections: number): SubmissionSummary {
  return {
    id: row.id,
    campaignId: row.campaignId,
    questionnaireVersionId: row.questionnaireVersionId,
    respondentCode: row.respondentCode,
    source: row.source,
    language: row.language,
    easyRead: row.easyRead,
    submittedAt: row.submittedAt.toISOString(),
    receivedAt: row.receivedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
    corrections,
  };
}

export async function listSubmissionRows(
  db: Db,
  campaignId: string,
  filters: SubmissionFilters,
): Promise<{ total: number; items: SubmissionSummary[] }> {
  const where = whereOf(campaignId, filters);
  const [total] = await db.select({ n: count() }).from(submissions).where(where);
  const rows = await db
    .select()
    .from(submissions)
    .where(where)
    .orderBy(desc(submissions.receivedAt), asc(submissions.id))
    .limit(Math.min(filters.limit ?? 50, 500))
    .offset(filters.offset ?? 0);
  const corrections = await correctionCounts(
    db,
    rows.map((r) => r.id),
  );
  return { total: Number(total?.n ?? 0), items: rows.map((r) => summarise(r, corrections.get(r.id) ?? 0)) };
}

export async function loadSubmissionDetail(db: Db, row: SubmissionRow): Promise<SubmissionDetail> {
  const revisions = await db
    .select({ revision: submissionRevisions, changedBy: users.name })
    .from(submissionRevisions)
    .leftJoin(users, eq(users.id, submissionRevisions.changedByUserId))
    .where(eq(submissionRevisions.submissionId, row.id))
    .orderBy(desc(submissionRevisions.changedAt));
  const [enteredBy] = row.enteredByUserId
    ? await db.select({ name: users.name }).from(users).where(eq(users.id, row.enteredByUserId))
    : [];
  return {
    ...summarise(row, revisions.length),
    answers: row.answers,
    consent: row.consent,
    enteredBy: enteredBy?.name ?? null,
    revisions: revisions.map(({ revision, changedBy }) => ({
      id: revision.id,
      changedAt: revision.changedAt.toISOString(),
      changedBy,
      reason: revision.reason,
      changes: revision.changes,
    })),
  };
}
