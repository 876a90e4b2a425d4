import { z } from "@hono/zod-openapi";
import {
  CONTRIBUTION_KINDS,
  EVALUATION_STEPS,
  EVALUATION_SUBJECT_KINDS,
  STEP_STATUSES,
} from "@ricochet/domain";

// Response contracts of evaluations and their value chain.

const step = z.enum(EVALUATION_STEPS);
const status = z.enum(STEP_STATUSES);
const money = z.string().openapi({ description: 'Decimal in euros with two places, e.g. "1250.00"' });

export const ZEvaluationSummary = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    title: z.string(),
    subject: z.string().nullable(),
    subjectKind: z.enum(EVALUATION_SUBJECT_KINDS),
    periodStart: z.string().nullable(),
    periodEnd: z.string().nullable(),
    currentStep: step,
    doneCount: z.number().int(),
    steps: z.array(z.object({ step, status })),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("EvaluationSummary");

export const ZEvaluationDetail = ZEvaluationSummary.omit({ steps: true })
  .extend({
    purposes: z.array(z.string()),
    audiences: z.array(z.string()),
    territory: z.string().nullable(),
    steeringCommittee: z.array(z.object({ name: z.string(), role: z.string().nullable() })),
    questions: z.array(
      z.object({
        id: z.string(),
        text: z.string(),
        network: z.string().nullable().openapi({
          description:
            "The network whose shared framework the question comes from: it cannot be reworded or removed",
        }),
      }),
    ),
    steps: z.array(
      z.object({
        step,
        status,
        checked: z.array(z.string()),
        completedAt: z.string().nullable(),
        reopenedAt: z.string().nullable(),
        updatedAt: z.string().nullable(),
      }),
    ),
    counts: z.object({
      stakeholders: z.number().int(),
      activities: z.number().int(),
      contributions: z.number().int(),
    }),
  })
  .openapi("EvaluationDetail");

const byKind = z.object(
  Object.fromEntries(CONTRIBUTION_KINDS.map((k) => [k, money])) as Record<
    (typeof CONTRIBUTION_KINDS)[number],
    typeof money
  >,
);

export const ZValueChain = z
  .object({
    stakeholders: z.array(
      z.object({
        id: z.string(),
        evaluationId: z.string(),
        organisationId: z.string(),
        name: z.string(),
        category: z.string(),
        estimatedSize: z.number().int().nullable(),
        involvement: z.string(),
        expectedChanges: z.string().nullable(),
        position: z.number().int(),
        createdAt: z.string(),
      }),
    ),
    activities: z.array(
      z.object({
        id: z.string(),
        evaluationId: z.string(),
        organisationId: z.string(),
        name: z.string(),
        description: z.string().nullable(),
        position: z.number().int(),
        createdAt: z.string(),
      }),
    ),
    contributions: z.array(
      z.object({
        id: z.string(),
        evaluationId: z.string(),
        organisationId: z.string(),
        stakeholderId: z.string(),
        activityId: z.string(),
        kind: z.enum(CONTRIBUTION_KINDS),
        amount: money.nullable(),
        hours: money.nullable(),
        hourlyValue: money.nullable(),
        description: z.string().nullable(),
        valueSource: z.string().nullable(),
        value: money,
        createdAt: z.string(),
      }),
    ),
    chain: z.object({
      cells: z.array(
        z.object({
          stakeholderId: z.string(),
          activityId: z.string(),
          value: money,
          hours: money,
          byKind,
          contributionIds: z.array(z.string()),
        }),
      ),
      byStakeholder: z.array(z.object({ stakeholderId: z.string(), value: money, hours: money, byKind })),
      byActivity: z.array(z.object({ activityId: z.string(), value: money, hours: money, byKind })),
      byKind,
      hours: money,
      total: money,
    }),
  })
  .openapi("ValueChain");
