import {
  type Db,
  evaluationQuestions,
  evaluations,
  frameworkAdoptions,
  frameworkCriteria,
  frameworkIndicators,
  indicatorDefinitions,
  indicatorVersions,
  networkFrameworks,
} from "@ricochet/db";
import {
  type AdoptionPlan,
  AppError,
  isStrictDescendant,
  parseInput,
  planNetworkAdoption,
  type TAdoptNetworkFramework,
  ZAdoptNetworkFramework,
} from "@ricochet/domain";
import { and, eq, inArray, max } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { nowOf, type ServiceContext } from "../context.ts";
import { authorizeEvaluation, touchEvaluation } from "../evaluations/evaluation-access.ts";
import { nextCriterionPosition, nextIndicatorPosition } from "../frameworks/framework-items.ts";
import { type FrameworkView, loadFramework } from "../frameworks/framework-view.ts";
import { loadViewer, visibleTo } from "../indicators/indicator-visibility.ts";
import { newId } from "../new-id.ts";
import {
  loadAdoptingEvaluation,
  loadNetworkFramework,
  loadVersionContent,
} from "./network-framework-items.ts";

/** What an adoption (or an update to a newer version) did to the evaluation. */
export interface AdoptionReport {
  networkFrameworkId: string;
  name: string;
  network: string;
  /** The version the evaluation followed before; null on a first adoption. */
  fromVersion: number | null;
  toVersion: number;
  /** False when the evaluation already followed this version: nothing was written. */
  changed: boolean;
  added: { questions: number; criteria: number; indicators: string[] };
  /** Indicators the evaluation already had as its own, now shared (figures kept, version aligned). */
  linked: string[];
  repinned: Array<{ code: string; from: number; to: number }>;
  removed: { questions: number; criteria: number; indicators: string[] };
  /** Dropped by the network but carrying the member's work: kept, as the evaluation's own. */
  keptAsLocal: { questions: string[]; criteria: string[]; indicators: string[] };
}

export interface AdoptionResult {
  framework: FrameworkView;
  adoption: AdoptionReport;
}

/**
 * A member adopts a network framework in one of its evaluations, or brings it to the newest
 * version: the shared questions, criteria and indicators (pinned at the network's versions) are
 * copied and marked with their origin, its own items stay. Only an organisation below the
 * publisher may; the whole update is one transaction, and the same version twice changes nothing.
 */
export async function adoptNetworkFramework(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  input: TAdoptNetworkFramework,
): Promise<AdoptionResult> {
  const data = parseInput(ZAdoptNetworkFramework, input);
  return ctx.db.transaction(async (tx) => {
    const { organisation, evaluation } = await authorizeEvaluation(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      "evaluation.write",
    );
    // Two adoptions of the same evaluation at once would both add the same items.
    await tx
      .select({ id: evaluations.id })
      .from(evaluations)
      .where(eq(evaluations.id, evaluationId))
      .for("update");
    const { framework, publisher } = await loadNetworkFramework(tx, data.networkFrameworkId);
    if (!isStrictDescendant(organisation.path, publisher.path)) {
      throw new AppError("NETWORK_FRAMEWORK_NOT_MEMBER", {
        organisation: organisation.name,
        network: publisher.name,
      });
    }
    const [adopted] = await tx
      .select()
      .from(frameworkAdoptions)
      .where(
        and(
          eq(frameworkAdoptions.evaluationId, evaluationId),
          eq(frameworkAdoptions.networkFrameworkId, framework.id),
        ),
      );
    const report: AdoptionReport = {
      networkFrameworkId: framework.id,
      name: framework.name,
      network: publisher.name,
      fromVersion: adopted?.version ?? null,
      toVersion: framework.currentVersion,
      changed: false,
      added: { questions: 0, criteria: 0, indicators: [] },
      linked: [],
      repinned: [],
      removed: { questions: 0, criteria: 0, indicators: [] },
      keptAsLocal: { questions: [], criteria: [], indicators: [] },
    };
    if (adopted && adopted.version >= framework.currentVersion) {
      return { framework: await loadFramework(tx, organisationId, evaluationId), adoption: report };
    }

    const { content } = await loadVersionContent(tx, framework.id, framework.currentVersion);
    const plan = planNetworkAdoption(framework.id, content, await loadAdoptingEvaluation(tx, evaluationId));
    const [conflict] = plan.conflicts;
    if (conflict) {
      const [other] = await tx
        .select({ name: networkFrameworks.name })
        .from(networkFrameworks)
        .where(eq(networkFrameworks.id, conflict.networkFrameworkId));
      throw new AppError("NETWORK_FRAMEWORK_INDICATOR_CONFLICT", {
        code: conflict.code,
        framework: other?.name ?? "?",
      });
    }
    await assertPinsAvailable(tx, organisationId, plan, publisher.name);
    await applyAdoptionPlan(tx, { organisationId, evaluationId, networkFrameworkId: framework.id }, plan);

    const now = nowOf(ctx);
    if (adopted) {
      await tx
        .update(frameworkAdoptions)
        .set({ version: framework.currentVersion, updatedAt: now })
        .where(eq(frameworkAdoptions.id, adopted.id));
    } else {
      await tx.insert(frameworkAdoptions).values({
        id: newId(),
        evaluationId,
        organisationId,
        networkFrameworkId: framework.id,
        version: framework.currentVersion,
        adoptedAt: now,
        updatedAt: now,
      });
    }
    Object.assign(report, reportOf(plan));
    await touchEvaluation(tx, evaluationId, now);
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: adopted ? "framework.network_updated" : "framework.network_adopted",
      targetType: "evaluation",
      targetId: evaluationId,
      summary: {
        evaluation: evaluation.title,
        networkFramework: framework.name,
        network: publisher.name,
        from: report.fromVersion,
        to: report.toVersion,
        added: report.added.indicators,
        linked: report.linked,
        repinned: report.repinned,
        removed: report.removed.indicators,
        keptAsLocal: report.keptAsLocal,
      },
    });
    return { framework: await loadFramework(tx, organisationId, evaluationId), adoption: report };
  });
}

function reportOf(plan: AdoptionPlan): Partial<AdoptionReport> {
  return {
    changed: true,
    added: {
      questions: plan.questions.add.length,
      criteria: plan.criteria.add.length,
      indicators: plan.indicators.add.map((i) => i.code),
    },
    linked: plan.indicators.link.map((i) => i.code),
    repinned: [...plan.indicators.link, ...plan.indicators.update]
      .filter((i) => i.fromVersion !== i.version)
      .map((i) => ({ code: i.code, from: i.fromVersion, to: i.version })),
    removed: {
      questions: plan.questions.remove.length,
      criteria: plan.criteria.remove.length,
      indicators: plan.indicators.remove.map((i) => i.code),
    },
    keptAsLocal: {
      questions: plan.questions.unlink.map((q) => q.text),
      criteria: plan.criteria.unlink.map((c) => c.label),
      indicators: plan.indicators.unlink.map((i) => i.code),
    },
  };
}

/**
 * Every version the plan pins must still exist and be one the member sees: its owner may have
 * stopped sharing the definition since the network published.
 */
async function assertPinsAvailable(
  tx: Db,
  organisationId: string,
  plan: AdoptionPlan,
  network: string,
): Promise<void> {
  const wanted = [...plan.indicators.add, ...plan.indicators.link, ...plan.indicators.update];
  if (wanted.length === 0) return;
  const viewer = await loadViewer(tx, organisationId);
  const available = await tx
    .select({ id: indicatorVersions.id })
    .from(indicatorVersions)
    .innerJoin(indicatorDefinitions, eq(indicatorDefinitions.id, indicatorVersions.definitionId))
    .where(
      and(
        inArray(
          indicatorVersions.id,
          wanted.map((i) => i.indicatorVersionId),
        ),
        visibleTo(viewer),
      ),
    );
  const ids = new Set(available.map((row) => row.id));
  const missing = wanted.find((i) => !ids.has(i.indicatorVersionId));
  if (missing) throw new AppError("NETWORK_FRAMEWORK_INDICATOR_UNAVAILABLE", { code: missing.code, network });
}

/** Writes the plan: additions first (criteria need their question, indicators their criterion), removals last. */
async function applyAdoptionPlan(
  tx: Db,
  target: { organisationId: string; evaluationId: string; networkFrameworkId: string },
  plan: AdoptionPlan,
): Promise<void> {
  const { organisationId, evaluationId, networkFrameworkId } = target;
  const origin = (sourceKey: string) => ({ networkFrameworkId, sourceKey });
  const local = { networkFrameworkId: null, sourceKey: null };
  const current = await loadAdoptingEvaluationKeys(tx, evaluationId, networkFrameworkId);

  const questionIds = current.questions;
  const [last] = await tx
    .select({ position: max(evaluationQuestions.position) })
    .from(evaluationQuestions)
    .where(eq(evaluationQuestions.evaluationId, evaluationId));
  let position = (last?.position ?? -1) + 1;
  for (const question of plan.questions.add) {
    const id = newId();
    await tx.insert(evaluationQuestions).values({
      id,
      evaluationId,
      organisationId,
      position: position++,
      text: question.text,
      ...origin(question.key),
    });
    questionIds.set(question.key, id);
  }
  for (const question of plan.questions.reword) {
    await tx
      .update(evaluationQuestions)
      .set({ text: question.text })
      .where(eq(evaluationQuestions.id, question.id));
  }
  const questionId = (key: string) => {
    const id = questionIds.get(key);
    if (!id) throw new Error(`adoption: question ${key} missing`);
    return id;
  };

  const criterionIds = current.criteria;
  for (const criterion of plan.criteria.add) {
    const id = newId();
    const parent = questionId(criterion.questionKey);
    await tx.insert(frameworkCriteria).values({
      id,
      evaluationId,
      organisationId,
      questionId: parent,
      kind: criterion.kind,
      label: criterion.label,
      position: await nextCriterionPosition(tx, parent),
      ...origin(criterion.key),
    });
    criterionIds.set(criterion.key, id);
  }
  for (const criterion of plan.criteria.update) {
    const parent = questionId(criterion.questionKey);
    const [row] = await tx
      .select({ questionId: frameworkCriteria.questionId })
      .from(frameworkCriteria)
      .where(eq(frameworkCriteria.id, criterion.id));
    await tx
      .update(frameworkCriteria)
      .set({
        questionId: parent,
        kind: criterion.kind,
        label: criterion.label,
        ...(row?.questionId !== parent ? { position: await nextCriterionPosition(tx, parent) } : {}),
      })
      .where(eq(frameworkCriteria.id, criterion.id));
  }
  const criterionId = (key: string) => {
    const id = criterionIds.get(key);
    if (!id) throw new Error(`adoption: criterion ${key} missing`);
    return id;
  };

  for (const indicator of plan.indicators.add) {
    await tx.insert(frameworkIndicators).values({
      id: newId(),
      evaluationId,
      organisationId,
      criterionId: criterionId(indicator.criterionKey),
      indicatorVersionId: indicator.indicatorVersionId,
      position: await nextIndicatorPosition(tx, evaluationId),
      ...origin(indicator.definitionId),
    });
  }
  for (const indicator of [...plan.indicators.link, ...plan.indicators.update]) {
    // Baseline, target and outcome links stay: they are the member's own.
    await tx
      .update(frameworkIndicators)
      .set({
        criterionId: criterionId(indicator.criterionKey),
        indicatorVersionId: indicator.indicatorVersionId,
        ...origin(indicator.definitionId),
      })
      .where(eq(frameworkIndicators.id, indicator.id));
  }

  const ids = <T extends { id: string }>(items: T[]) => items.map((item) => item.id);
  if (plan.indicators.remove.length > 0)
    await tx.delete(frameworkIndicators).where(inArray(frameworkIndicators.id, ids(plan.indicators.remove)));
  if (plan.indicators.unlink.length > 0)
    await tx
      .update(frameworkIndicators)
      .set(local)
      .where(inArray(frameworkIndicators.id, ids(plan.indicators.unlink)));
  if (plan.criteria.remove.length > 0)
    await tx.delete(frameworkCriteria).where(inArray(frameworkCriteria.id, ids(plan.criteria.remove)));
  if (plan.criteria.unlink.length > 0)
    await tx
      .update(frameworkCriteria)
      .set(local)
      .where(inArray(frameworkCriteria.id, ids(plan.criteria.unlink)));
  if (plan.questions.remove.length > 0)
    await tx.delete(evaluationQuestions).where(inArray(evaluationQuestions.id, ids(plan.questions.remove)));
  if (plan.questions.unlink.length > 0)
    await tx
      .update(evaluationQuestions)
      .set(local)
      .where(inArray(evaluationQuestions.id, ids(plan.questions.unlink)));
}

/** The ids of the evaluation's items that already come from this network framework, by key. */
async function loadAdoptingEvaluationKeys(tx: Db, evaluationId: string, networkFrameworkId: string) {
  const questions = await tx
    .select({ id: evaluationQuestions.id, key: evaluationQuestions.sourceKey })
    .from(evaluationQuestions)
    .where(
      and(
        eq(evaluationQuestions.evaluationId, evaluationId),
        eq(evaluationQuestions.networkFrameworkId, networkFrameworkId),
      ),
    );
  const criteria = await tx
    .select({ id: frameworkCriteria.id, key: frameworkCriteria.sourceKey })
    .from(frameworkCriteria)
    .where(
      and(
        eq(frameworkCriteria.evaluationId, evaluationId),
        eq(frameworkCriteria.networkFrameworkId, networkFrameworkId),
      ),
    );
  const byKey = (rows: Array<{ id: string; key: string | null }>) =>
    new Map(rows.flatMap((row) => (row.key ? [[row.key, row.id] as const] : [])));
  return { questions: byKey(questions), criteria: byKey(criteria) };
}
