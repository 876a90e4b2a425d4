import {
  activities,
  contributions,
  type Db,
  evaluationQuestions,
  evaluationSteps,
  networkFrameworks,
  organisations,
  stakeholders,
} from "@ricochet/db";
import { EVALUATION_STEPS, type EvaluationStep, type StepStatus, summariseProgress } from "@ricochet/domain";
import { asc, count, eq, inArray } from "drizzle-orm";
import type { EvaluationRow } from "./evaluation-access.ts";

export interface StepView {
  step: EvaluationStep;
  status: StepStatus;
  checked: string[];
  completedAt: string | null;
  reopenedAt: string | null;
  updatedAt: string | null;
}

export interface EvaluationSummary {
  id: string;
  organisationId: string;
  title: string;
  subject: string | null;
  subjectKind: EvaluationRow["subjectKind"];
  periodStart: string | null;
  periodEnd: string | null;
  currentStep: EvaluationStep;
  doneCount: number;
  steps: Array<{ step: EvaluationStep; status: StepStatus }>;
  createdAt: string;
  updatedAt: string;
}

export interface EvaluationDetail extends Omit<EvaluationSummary, "steps"> {
  purposes: string[];
  audiences: string[];
  territory: string | null;
  steeringCommittee: Array<{ name: string; role: string | null }>;
  /** `network` names the network whose shared framework the question comes from (locked), else null. */
  questions: Array<{ id: string; text: string; network: string | null }>;
  steps: StepView[];
  counts: { stakeholders: number; activities: number; contributions: number };
}

async function stepsOf(db: Db, evaluationIds: string[]) {
  if (evaluationIds.length === 0) return new Map<string, StepView[]>();
  const rows = await db
    .select()
    .from(evaluationSteps)
    .where(inArray(evaluationSteps.evaluationId, evaluationIds));
  const map = new Map<string, StepView[]>();
  for (const id of evaluationIds) {
    const own = rows.filter((r) => r.evaluationId === id);
    map.set(
      id,
      EVALUATION_STEPS.map((step) => {
        const row = own.find((r) => r.step === step);
        return {
          step,
          status: row?.status ?? "not_started",
          checked: row?.checked ?? [],
          completedAt: row?.completedAt?.toISOString() ?? null,
          reopenedAt: row?.reopenedAt?.toISOString() ?? null,
          updatedAt: row?.updatedAt?.toISOString() ?? null,
        };
      }),
    );
  }
  return map;
}

function summaryOf(row: EvaluationRow, steps: StepView[]): EvaluationSummary {
  const progress = summariseProgress(steps);
  return {
    id: row.id,
    organisationId: row.organisationId,
    title: row.title,
    subject: row.subject,
    subjectKind: row.subjectKind,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    currentStep: progress.currentStep,
    doneCount: progress.doneCount,
    steps: steps.map(({ step, status }) => ({ step, status })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function summariseEvaluations(db: Db, rows: EvaluationRow[]): Promise<EvaluationSummary[]> {
  const steps = await stepsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => summaryOf(row, steps.get(row.id) ?? []));
}

export async function loadEvaluationDetail(db: Db, row: EvaluationRow): Promise<EvaluationDetail> {
  const steps = (await stepsOf(db, [row.id])).get(row.id) ?? [];
  const questions = await db
    .select({ id: evaluationQuestions.id, text: evaluationQuestions.text, network: organisations.name })
    .from(evaluationQuestions)
    .leftJoin(networkFrameworks, eq(networkFrameworks.id, evaluationQuestions.networkFrameworkId))
    .leftJoin(organisations, eq(organisations.id, networkFrameworks.organisationId))
    .where(eq(evaluationQuestions.evaluationId, row.id))
    .orderBy(asc(evaluationQuestions.position));
  const countOf = async (table: typeof stakeholders | typeof activities | typeof contributions) => {
    const [result] = await db.select({ n: count() }).from(table).where(eq(table.evaluationId, row.id));
    return Number(result?.n ?? 0);
  };
  return {
    ...summaryOf(row, steps),
    purposes: row.purposes,
    audiences: row.audiences,
    territory: row.territory,
    steeringCommittee: row.steeringCommittee.map((m) => ({ name: m.name, role: m.role ?? null })),
    questions,
    steps,
    counts: {
      stakeholders: await countOf(stakeholders),
      activities: await countOf(activities),
      contributions: await countOf(contributions),
    },
  };
}
