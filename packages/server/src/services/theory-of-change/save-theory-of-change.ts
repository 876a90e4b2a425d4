import type { Db } from "@ricochet/db";
import { stakeholders, theoriesOfChange } from "@ricochet/db";
import {
  AppError,
  assertValidTocGraph,
  diffTocGraphs,
  parseInput,
  type TocGraph,
  type TSaveTheoryOfChange,
  ZSaveTheoryOfChange,
} from "@ricochet/domain";
import { eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { actorUserId, nowOf, type ServiceContext } from "../context.ts";
import { authorizeEvaluation, touchEvaluation } from "../evaluations/evaluation-access.ts";
import { markStepStarted } from "../evaluations/mark-step-started.ts";
import { loadTheoryOfChange, type TheoryOfChangeState } from "./load-theory-of-change.ts";

/** Stakeholder links must point at this evaluation's stakeholders. */
async function assertStakeholdersExist(tx: Db, evaluationId: string, graph: TocGraph): Promise<void> {
  const rows = await tx
    .select({ id: stakeholders.id })
    .from(stakeholders)
    .where(eq(stakeholders.evaluationId, evaluationId));
  const known = new Set(rows.map((r) => r.id));
  const node = graph.nodes.find((n) => n.stakeholderIds.some((id) => !known.has(id)));
  if (node) throw new AppError("TOC_UNKNOWN_STAKEHOLDER", { node: node.label });
}

/**
 * Writes the whole graph, checked first (no edge to a missing node, no unmarked cycle…): a graph
 * with an error is refused and nothing is written. Saving from a stale revision is refused too.
 */
export async function writeTheoryOfChange(
  tx: Db,
  ctx: ServiceContext,
  organisationId: string,
  evaluation: { id: string; title: string },
  graph: TocGraph,
  expectedRevision: number,
  extra: { templateKey?: string | null; action?: string } = {},
): Promise<TheoryOfChangeState> {
  assertValidTocGraph(graph);
  await assertStakeholdersExist(tx, evaluation.id, graph);
  // Lock the row so two saves from the same revision cannot both pass the check.
  const [locked] = await tx
    .select({ revision: theoriesOfChange.revision })
    .from(theoriesOfChange)
    .where(eq(theoriesOfChange.evaluationId, evaluation.id))
    .for("update");
  const current = locked?.revision ?? 0;
  if (current !== expectedRevision) throw new AppError("STALE_REVISION", { current });
  const before = await loadTheoryOfChange(tx, evaluation.id);
  const now = nowOf(ctx);
  const values = {
    graph,
    revision: current + 1,
    updatedByUserId: actorUserId(ctx.actor),
    updatedAt: now,
    ...(extra.templateKey !== undefined ? { templateKey: extra.templateKey } : {}),
  };
  if (locked)
    await tx.update(theoriesOfChange).set(values).where(eq(theoriesOfChange.evaluationId, evaluation.id));
  else await tx.insert(theoriesOfChange).values({ evaluationId: evaluation.id, organisationId, ...values });
  await touchEvaluation(tx, evaluation.id, now);
  await markStepStarted(tx, evaluation.id, "theory_of_change", now);
  const diff = diffTocGraphs(before.graph, graph);
  await recordAuditEvent(tx, ctx.actor, {
    organisationId,
    action: extra.action ?? "theory_of_change.saved",
    targetType: "evaluation",
    targetId: evaluation.id,
    summary: {
      evaluation: evaluation.title,
      changes: diff.summary.fr,
      changesEn: diff.summary.en,
      revision: current + 1,
    },
  });
  return loadTheoryOfChange(tx, evaluation.id);
}

export async function saveTheoryOfChange(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  input: TSaveTheoryOfChange,
): Promise<TheoryOfChangeState> {
  const data = parseInput(ZSaveTheoryOfChange, input);
  return ctx.db.transaction(async (tx) => {
    const { evaluation } = await authorizeEvaluation(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      "evaluation.write",
    );
    return writeTheoryOfChange(tx, ctx, organisationId, evaluation, data.graph, data.revision);
  });
}
