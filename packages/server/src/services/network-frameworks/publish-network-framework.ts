import { networkFrameworks, networkFrameworkVersions } from "@ricochet/db";
import {
  AppError,
  ancestorIds,
  canPublishNetworkFramework,
  contentIndicators,
  diffNetworkFrameworkContents,
  isShareableWithMembers,
  type NetworkFrameworkChanges,
  ORGANISATION_KIND_LABELS,
  parseInput,
  snapshotNetworkFramework,
  type TPublishNetworkFramework,
  ZPublishNetworkFramework,
} from "@ricochet/domain";
import { eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { actorUserId, nowOf, type ServiceContext } from "../context.ts";
import { authorizeEvaluation } from "../evaluations/evaluation-access.ts";
import { newId } from "../new-id.ts";
import {
  loadFrameworkSource,
  loadOwnNetworkFramework,
  loadVersionContent,
} from "./network-framework-items.ts";
import { loadNetworkFrameworkViews, type NetworkFrameworkView } from "./network-framework-view.ts";

export interface PublishedNetworkFramework {
  networkFramework: NetworkFrameworkView;
  /** What this version changes from the previous one (everything is added for a first version). */
  changes: NetworkFrameworkChanges;
}

/**
 * A network or regional body publishes the framework of one of its own evaluations for its
 * members: a frozen snapshot of questions, criteria and pinned indicators, as version 1 of a new
 * network framework or version n+1 of one it published. Every indicator must be one its members
 * see; otherwise nothing is written.
 */
export async function publishNetworkFramework(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  input: TPublishNetworkFramework,
): Promise<PublishedNetworkFramework> {
  const data = parseInput(ZPublishNetworkFramework, input);
  return ctx.db.transaction(async (tx) => {
    const { organisation, evaluation } = await authorizeEvaluation(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      "framework.publish",
    );
    if (!canPublishNetworkFramework(organisation.kind)) {
      throw new AppError("NETWORK_FRAMEWORK_NOT_PUBLISHER", {
        organisation: organisation.name,
        kind: ORGANISATION_KIND_LABELS[organisation.kind],
      });
    }
    const existing = data.networkFrameworkId
      ? await loadOwnNetworkFramework(tx, organisationId, data.networkFrameworkId)
      : null;
    const source = await loadFrameworkSource(tx, evaluationId);
    const publisher = {
      organisationId,
      ancestorIds: ancestorIds(organisation.path).filter((id) => id !== organisationId),
    };
    const hidden = source.indicators.find(
      (i) => i.criterionId !== null && !isShareableWithMembers(i, publisher),
    );
    if (hidden) throw new AppError("NETWORK_FRAMEWORK_PRIVATE_INDICATOR", { code: hidden.code });
    const content = snapshotNetworkFramework(source);
    if (contentIndicators(content).length === 0) throw new AppError("NETWORK_FRAMEWORK_EMPTY");
    const previous = existing ? await loadVersionContent(tx, existing.id, existing.currentVersion) : null;
    const changes = diffNetworkFrameworkContents(previous?.content ?? null, content);
    if (existing && changes.unchanged) {
      throw new AppError("NETWORK_FRAMEWORK_UNCHANGED", {
        name: existing.name,
        version: existing.currentVersion,
      });
    }

    const now = nowOf(ctx);
    const networkFrameworkId = existing?.id ?? newId();
    const version = existing ? existing.currentVersion + 1 : 1;
    if (existing) {
      await tx
        .update(networkFrameworks)
        .set({
          name: data.name,
          description: data.description,
          currentVersion: version,
          sourceEvaluationId: evaluationId,
          updatedAt: now,
        })
        .where(eq(networkFrameworks.id, networkFrameworkId));
    } else {
      await tx.insert(networkFrameworks).values({
        id: networkFrameworkId,
        organisationId,
        name: data.name,
        description: data.description,
        currentVersion: version,
        sourceEvaluationId: evaluationId,
        createdAt: now,
        updatedAt: now,
      });
    }
    await tx.insert(networkFrameworkVersions).values({
      id: newId(),
      networkFrameworkId,
      organisationId,
      version,
      content,
      changeNote: data.changeNote,
      publishedByUserId: actorUserId(ctx.actor),
      publishedAt: now,
    });
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "network_framework.published",
      targetType: "network_framework",
      targetId: networkFrameworkId,
      summary: {
        name: data.name,
        version,
        evaluation: evaluation.title,
        changeNote: data.changeNote,
        indicatorsAdded: changes.indicatorsAdded,
        indicatorsRemoved: changes.indicatorsRemoved,
        indicatorsRepinned: changes.indicatorsRepinned,
      },
    });
    const [view] = await loadNetworkFrameworkViews(
      tx,
      [organisationId],
      { organisationId, path: organisation.path },
      networkFrameworkId,
    );
    if (!view) throw new Error("published network framework not found");
    return { networkFramework: view, changes };
  });
}
