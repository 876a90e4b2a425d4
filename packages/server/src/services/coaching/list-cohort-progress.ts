import {
  accompaniments,
  evaluations,
  frameworkIndicators,
  organisations,
  theoriesOfChange,
  theoryOfChangeVersions,
} from "@ricochet/db";
import { analyseFrameworkCoverage, type EvaluationStep, ZTocGraph } from "@ricochet/domain";
import { and, asc, eq, inArray, max } from "drizzle-orm";
import { authorize } from "../authorize.ts";
import type { ServiceContext } from "../context.ts";
import { summariseEvaluations } from "../evaluations/evaluation-view.ts";

export interface CohortEvaluation {
  id: string;
  title: string;
  currentStep: EvaluationStep;
  doneCount: number;
  steps: Array<{ step: EvaluationStep; status: "not_started" | "in_progress" | "done" }>;
  updatedAt: string;
  deliverables: {
    theoryOfChange: { nodes: number; edges: number; versions: number; updatedAt: string | null };
    framework: { indicators: number; outcomesWithoutIndicator: number };
  };
}

export interface CohortStructure {
  organisationId: string;
  name: string;
  territory: string | null;
  cohort: string | null;
  startsOn: string | null;
  endsOn: string | null;
  evaluations: CohortEvaluation[];
}

/**
 * What a support organisation follows: for each structure of its cohort that consented (an
 * active accompaniment), its evaluations' progress along the seven steps and the state of their
 * deliverables. Counts and statuses only: no answer, no stakeholder detail, no person.
 */
export async function listCohortProgress(
  ctx: ServiceContext,
  supportOrganisationId: string,
): Promise<CohortStructure[]> {
  await authorize(ctx.db, ctx.actor, supportOrganisationId, "cohort.read");
  const followed = await ctx.db
    .select({
      organisationId: organisations.id,
      name: organisations.name,
      territory: organisations.territory,
      cohort: accompaniments.cohort,
      startsOn: accompaniments.startsOn,
      endsOn: accompaniments.endsOn,
    })
    .from(accompaniments)
    .innerJoin(organisations, eq(organisations.id, accompaniments.organisationId))
    .where(
      and(
        eq(accompaniments.supportOrganisationId, supportOrganisationId),
        eq(accompaniments.status, "active"),
      ),
    )
    .orderBy(asc(accompaniments.cohort), asc(organisations.name));
  if (followed.length === 0) return [];
  const rows = await ctx.db
    .select()
    .from(evaluations)
    .where(
      inArray(
        evaluations.organisationId,
        followed.map((f) => f.organisationId),
      ),
    )
    .orderBy(asc(evaluations.createdAt));
  const ids = rows.map((r) => r.id);
  const summaries = await summariseEvaluations(ctx.db, rows);
  const graphs = ids.length
    ? await ctx.db.select().from(theoriesOfChange).where(inArray(theoriesOfChange.evaluationId, ids))
    : [];
  const versions = ids.length
    ? await ctx.db
        .select({ evaluationId: theoryOfChangeVersions.evaluationId, n: max(theoryOfChangeVersions.number) })
        .from(theoryOfChangeVersions)
        .where(inArray(theoryOfChangeVersions.evaluationId, ids))
        .groupBy(theoryOfChangeVersions.evaluationId)
    : [];
  const pins = ids.length
    ? await ctx.db
        .select({
          id: frameworkIndicators.id,
          evaluationId: frameworkIndicators.evaluationId,
          outcomeNodeIds: frameworkIndicators.outcomeNodeIds,
        })
        .from(frameworkIndicators)
        .where(inArray(frameworkIndicators.evaluationId, ids))
    : [];
  const deliverables = (evaluationId: string): CohortEvaluation["deliverables"] => {
    const stored = graphs.find((g) => g.evaluationId === evaluationId);
    const graph = stored ? ZTocGraph.parse(stored.graph) : { nodes: [], edges: [] };
    const own = pins.filter((p) => p.evaluationId === evaluationId);
    const coverage = analyseFrameworkCoverage({ nodes: graph.nodes, frameworkIndicators: own });
    return {
      theoryOfChange: {
        nodes: graph.nodes.length,
        edges: graph.edges.length,
        versions: Number(versions.find((v) => v.evaluationId === evaluationId)?.n ?? 0),
        updatedAt: stored?.updatedAt.toISOString() ?? null,
      },
      framework: {
        indicators: own.length,
        outcomesWithoutIndicator: coverage.outcomesWithoutIndicator.length,
      },
    };
  };
  return followed.map((f) => ({
    ...f,
    evaluations: summaries
      .filter((s) => s.organisationId === f.organisationId)
      .map((s) => ({
        id: s.id,
        title: s.title,
        currentStep: s.currentStep,
        doneCount: s.doneCount,
        steps: s.steps,
        updatedAt: s.updatedAt,
        deliverables: deliverables(s.id),
      })),
  }));
}
