import { campaigns, type Db, questionnaires, questionnaireVersions, users } from "@ricochet/db";
import {
  allQuestions,
  type CompiledQuestionnaire,
  canonicalJson,
  type FieldIssue,
  type QuestionnaireDefinition,
  validateQuestionnaire,
  ZQuestionnaireDefinition,
} from "@ricochet/domain";
import { and, asc, count, desc, eq, inArray } from "drizzle-orm";

export type QuestionnaireRow = typeof questionnaires.$inferSelect;

export interface QuestionnaireSummary {
  id: string;
  evaluationId: string;
  title: string;
  languages: string[];
  questionCount: number;
  /** The newest published version, null while never published. */
  currentVersion: number | null;
  /** The draft differs from the newest published version (or nothing is published yet). */
  draftChanged: boolean;
  campaignCount: number;
  updatedAt: string;
}

export interface QuestionnaireVersionSummary {
  id: string;
  version: number;
  contentHash: string;
  publishedAt: string;
  publishedBy: string | null;
}

export interface QuestionnaireDetail extends QuestionnaireSummary {
  draft: QuestionnaireDefinition;
  draftRevision: number;
  /** What would stop publication, each where it is: the builder shows them in place. */
  issues: FieldIssue[];
  versions: QuestionnaireVersionSummary[];
}

export function draftOf(row: QuestionnaireRow): QuestionnaireDefinition {
  // Drafts are checked against the contract before every write.
  return ZQuestionnaireDefinition.parse(row.draft);
}

const sameDefinition = (a: QuestionnaireDefinition, b: QuestionnaireDefinition | undefined) =>
  b !== undefined && canonicalJson(a) === canonicalJson(b);

async function currentDefinitions(db: Db, rows: QuestionnaireRow[]) {
  const published = rows.filter((r) => r.currentVersion !== null);
  if (published.length === 0) return new Map<string, QuestionnaireDefinition>();
  const versions = await db
    .select({
      questionnaireId: questionnaireVersions.questionnaireId,
      version: questionnaireVersions.version,
      compiled: questionnaireVersions.compiled,
    })
    .from(questionnaireVersions)
    .where(
      inArray(
        questionnaireVersions.questionnaireId,
        published.map((r) => r.id),
      ),
    );
  const byId = new Map<string, QuestionnaireDefinition>();
  for (const row of published) {
    const version = versions.find((v) => v.questionnaireId === row.id && v.version === row.currentVersion);
    if (version) byId.set(row.id, (version.compiled as unknown as CompiledQuestionnaire).definition);
  }
  return byId;
}

export async function summariseQuestionnaires(
  db: Db,
  rows: QuestionnaireRow[],
): Promise<QuestionnaireSummary[]> {
  if (rows.length === 0) return [];
  const current = await currentDefinitions(db, rows);
  const usage = await db
    .select({ id: questionnaireVersions.questionnaireId, n: count() })
    .from(campaigns)
    .innerJoin(questionnaireVersions, eq(questionnaireVersions.id, campaigns.questionnaireVersionId))
    .where(
      inArray(
        questionnaireVersions.questionnaireId,
        rows.map((r) => r.id),
      ),
    )
    .groupBy(questionnaireVersions.questionnaireId);
  return rows.map((row) => {
    const draft = draftOf(row);
    return {
      id: row.id,
      evaluationId: row.evaluationId,
      title: row.title,
      languages: draft.languages,
      questionCount: allQuestions(draft).filter((q) => q.question.type !== "calculate").length,
      currentVersion: row.currentVersion,
      draftChanged: !sameDefinition(draft, current.get(row.id)),
      campaignCount: Number(usage.find((u) => u.id === row.id)?.n ?? 0),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}

export async function loadQuestionnaireDetail(db: Db, row: QuestionnaireRow): Promise<QuestionnaireDetail> {
  const [summary] = await summariseQuestionnaires(db, [row]);
  if (!summary) throw new Error("questionnaire summary missing");
  const versions = await db
    .select({
      id: questionnaireVersions.id,
      version: questionnaireVersions.version,
      contentHash: questionnaireVersions.contentHash,
      publishedAt: questionnaireVersions.publishedAt,
      publishedBy: users.name,
    })
    .from(questionnaireVersions)
    .leftJoin(users, eq(users.id, questionnaireVersions.publishedByUserId))
    .where(eq(questionnaireVersions.questionnaireId, row.id))
    .orderBy(desc(questionnaireVersions.version));
  const draft = draftOf(row);
  return {
    ...summary,
    draft,
    draftRevision: row.draftRevision,
    issues: validateQuestionnaire(draft),
    versions: versions.map((v) => ({ ...v, publishedAt: v.publishedAt.toISOString() })),
  };
}

export async function listQuestionnaireRows(db: Db, evaluationId: string): Promise<QuestionnaireRow[]> {
  return db
    .select()
    .from(questionnaires)
    .where(eq(questionnaires.evaluationId, evaluationId))
    .orderBy(asc(questionnaires.createdAt));
}

export async function findQuestionnaire(
  db: Db,
  evaluationId: string,
  questionnaireId: string,
): Promise<QuestionnaireRow | undefined> {
  const [row] = await db
    .select()
    .from(questionnaires)
    .where(and(eq(questionnaires.id, questionnaireId), eq(questionnaires.evaluationId, evaluationId)));
  return row;
}
