import type { Db } from "@ricochet/db";
import { theoryOfChangeVersions, users } from "@ricochet/db";
import {
  AppError,
  diffTocGraphs,
  parseInput,
  type TocGraph,
  type TocGraphDiff,
  type TSaveTocVersion,
  ZSaveTocVersion,
  ZTocGraph,
} from "@ricochet/domain";
import { and, desc, eq, max } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { actorUserId, nowOf, type ServiceContext } from "../context.ts";
import { authorizeEvaluation } from "../evaluations/evaluation-access.ts";
import { newId } from "../new-id.ts";
import { loadTheoryOfChange } from "./load-theory-of-change.ts";

export interface TocVersionSummary {
  id: string;
  number: number;
  label: string;
  createdAt: string;
  createdBy: string | null;
  nodes: number;
  edges: number;
}

const summary = (
  row: typeof theoryOfChangeVersions.$inferSelect,
  createdBy: string | null,
): TocVersionSummary => ({
  id: row.id,
  number: row.number,
  label: row.label,
  createdAt: row.createdAt.toISOString(),
  createdBy,
  nodes: row.graph.nodes.length,
  edges: row.graph.edges.length,
});

/** Freezes the working graph as a numbered version (for reports, and to compare later). */
export async function saveTocVersion(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  input: TSaveTocVersion,
): Promise<TocVersionSummary> {
  const data = parseInput(ZSaveTocVersion, input);
  return ctx.db.transaction(async (tx) => {
    const { evaluation } = await authorizeEvaluation(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      "evaluation.write",
    );
    const { graph } = await loadTheoryOfChange(tx, evaluationId);
    const [last] = await tx
      .select({ n: max(theoryOfChangeVersions.number) })
      .from(theoryOfChangeVersions)
      .where(eq(theoryOfChangeVersions.evaluationId, evaluationId));
    const number = (last?.n ?? 0) + 1;
    const [row] = await tx
      .insert(theoryOfChangeVersions)
      .values({
        id: newId(),
        evaluationId,
        organisationId,
        number,
        label: data.label,
        graph,
        createdByUserId: actorUserId(ctx.actor),
        createdAt: nowOf(ctx),
      })
      .returning();
    if (!row) throw new Error("version insert returned no row");
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "theory_of_change.version_saved",
      targetType: "evaluation",
      targetId: evaluationId,
      summary: { evaluation: evaluation.title, version: number, label: data.label },
    });
    return summary(row, ctx.actor.type === "user" ? ctx.actor.name : null);
  });
}

export async function listTocVersions(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
): Promise<TocVersionSummary[]> {
  await authorizeEvaluation(ctx.db, ctx.actor, organisationId, evaluationId, "evaluation.read");
  const rows = await ctx.db
    .select({ version: theoryOfChangeVersions, createdBy: users.name })
    .from(theoryOfChangeVersions)
    .leftJoin(users, eq(users.id, theoryOfChangeVersions.createdByUserId))
    .where(eq(theoryOfChangeVersions.evaluationId, evaluationId))
    .orderBy(desc(theoryOfChangeVersions.number));
  return rows.map((r) => summary(r.version, r.createdBy));
}

/** A saved version's graph, or the working graph for "current". */
async function graphOf(
  db: Db,
  evaluationId: string,
  versionId: string,
): Promise<{ graph: TocGraph; label: string }> {
  if (versionId === "current")
    return { graph: (await loadTheoryOfChange(db, evaluationId)).graph, label: "current" };
  const [row] = await db
    .select()
    .from(theoryOfChangeVersions)
    .where(
      and(eq(theoryOfChangeVersions.id, versionId), eq(theoryOfChangeVersions.evaluationId, evaluationId)),
    );
  if (!row) throw new AppError("EVALUATION_ITEM_NOT_FOUND", { item: versionId });
  return { graph: ZTocGraph.parse(row.graph), label: `v${row.number} — ${row.label}` };
}

export async function getTocVersionGraph(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  versionId: string,
): Promise<{ graph: TocGraph; label: string }> {
  await authorizeEvaluation(ctx.db, ctx.actor, organisationId, evaluationId, "evaluation.read");
  return graphOf(ctx.db, evaluationId, versionId);
}

/** What changed between two versions (or a version and the working graph). */
export async function diffTocVersions(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  fromId: string,
  toId: string,
): Promise<TocGraphDiff & { from: string; to: string }> {
  await authorizeEvaluation(ctx.db, ctx.actor, organisationId, evaluationId, "evaluation.read");
  const from = await graphOf(ctx.db, evaluationId, fromId);
  const to = await graphOf(ctx.db, evaluationId, toId);
  return { ...diffTocGraphs(from.graph, to.graph), from: from.label, to: to.label };
}
