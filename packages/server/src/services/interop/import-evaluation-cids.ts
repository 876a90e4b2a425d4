import { frameworkIndicators, indicatorDefinitions } from "@ricochet/db";
import { type Bilingual, defaultIndicatorDetails, fromCids } from "@ricochet/domain";
import { and, eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorize } from "../authorize.ts";
import type { ServiceContext } from "../context.ts";
import { createEvaluation } from "../evaluations/create-evaluation.ts";
import { updateEvaluationScope } from "../evaluations/update-evaluation-scope.ts";
import { createIndicator } from "../indicators/create-indicator.ts";
import { selectCurrentIndicators } from "../indicators/indicator-view.ts";
import { loadViewer, visibleTo } from "../indicators/indicator-visibility.ts";
import { newId } from "../new-id.ts";
import { saveTheoryOfChange } from "../theory-of-change/save-theory-of-change.ts";
import { saveActivity } from "../value-chain/save-activity.ts";
import { saveContribution } from "../value-chain/save-contribution.ts";
import { saveStakeholder } from "../value-chain/save-stakeholder.ts";

export interface CidsImportCounts {
  stakeholders: number;
  activities: number;
  contributions: number;
  tocNodes: number;
  tocLinks: number;
  indicators: number;
  /** Indicators found in the library the organisation sees, by code. */
  indicatorsMatched: number;
  /** Indicators the file defines and the library lacked: created private to the organisation. */
  indicatorsCreated: number;
}

export interface CidsImportResult {
  evaluationId: string;
  title: string;
  counts: CidsImportCounts;
  warnings: Bilingual[];
}

/** Finds an item just saved by its name: names are unique per evaluation, ignoring case. */
function idByName(items: Array<{ id: string; name: string }>, name: string): string {
  const found = items.find((item) => item.name.toLowerCase() === name.toLowerCase());
  if (!found) throw new Error(`saved item "${name}" not found after its insert`);
  return found.id;
}

/**
 * Creates a new evaluation from a CIDS JSON-LD file: scope, stakeholders, value chain, theory of
 * change, and the framework's indicators — matched by code in the library the organisation sees,
 * created privately when unknown, then pinned. All in one transaction: the existing services run
 * inside it (their own transactions become savepoints), so they check and audit each part as they
 * always do, and a failure anywhere leaves nothing behind.
 */
export async function importEvaluationCids(
  ctx: ServiceContext,
  organisationId: string,
  document: unknown,
): Promise<CidsImportResult> {
  return ctx.db.transaction(async (tx) => {
    // Authorized before the file is read: an outsider learns nothing, not even that it is invalid.
    await authorize(tx, ctx.actor, organisationId, "evaluation.write");
    const { model, warnings: readWarnings } = fromCids(document);
    const warnings = [...readWarnings];
    const inner: ServiceContext = { ...ctx, db: tx };
    const ev = model.evaluation;

    const created = await createEvaluation(inner, organisationId, {
      title: ev.title,
      subject: ev.subject,
      subjectKind: ev.subjectKind,
    });
    const evaluationId = created.id;
    await updateEvaluationScope(inner, organisationId, evaluationId, {
      purposes: ev.purposes,
      audiences: ev.audiences,
      periodStart: ev.periodStart,
      periodEnd: ev.periodEnd,
      territory: ev.territory,
      questions: ev.questions.map((text) => ({ text })),
    });

    const stakeholderIds = new Map<string, string>();
    for (const s of model.stakeholders) {
      const chain = await saveStakeholder(inner, organisationId, evaluationId, {
        name: s.name,
        category: s.category,
        estimatedSize: s.estimatedSize,
        involvement: s.involvement,
        expectedChanges: s.expectedChanges,
      });
      stakeholderIds.set(s.id, idByName(chain.stakeholders, s.name));
    }
    const activityIds = new Map<string, string>();
    for (const a of model.activities) {
      const chain = await saveActivity(inner, organisationId, evaluationId, {
        name: a.name,
        description: a.description,
      });
      activityIds.set(a.id, idByName(chain.activities, a.name));
    }
    const mapped = (ids: Map<string, string>, id: string) => {
      const found = ids.get(id);
      // fromCids resolves every reference before returning; a miss here is a bug, not bad input.
      if (!found) throw new Error(`imported reference ${id} was not created`);
      return found;
    };
    for (const c of model.contributions) {
      await saveContribution(inner, organisationId, evaluationId, {
        stakeholderId: mapped(stakeholderIds, c.stakeholderId),
        activityId: mapped(activityIds, c.activityId),
        kind: c.kind,
        amount: c.amount,
        hours: c.hours,
        hourlyValue: c.hourlyValue,
        description: c.description,
        valueSource: c.valueSource,
      });
    }

    const { nodes, edges } = model.theoryOfChange;
    if (nodes.length > 0) {
      await saveTheoryOfChange(inner, organisationId, evaluationId, {
        revision: 0,
        graph: {
          nodes: nodes.map((n) => ({
            ...n,
            stakeholderIds: n.stakeholderIds.map((id) => mapped(stakeholderIds, id)),
            comments: [],
          })),
          edges,
        },
      });
    }

    const viewer = await loadViewer(tx, organisationId);
    const pinnedDefinitions = new Set<string>();
    let matched = 0;
    let createdIndicators = 0;
    let position = 0;
    for (const indicator of model.indicators) {
      const [known] = await selectCurrentIndicators(
        tx,
        and(eq(indicatorDefinitions.code, indicator.code), visibleTo(viewer)),
      );
      let definitionId: string;
      let versionId: string;
      if (known) {
        definitionId = known.definition.id;
        versionId = known.version.id;
        matched++;
      } else {
        if (!indicator.details) {
          warnings.push({
            fr: `L'indicateur ${indicator.code} a été créé dans votre bibliothèque ; le fichier ne disait ni son sens de progression, ni sa source, ni sa méthode de collecte, ni sa fréquence : des valeurs par défaut ont été mises, vérifiez-les.`,
            en: `The indicator ${indicator.code} was created in your library; the file gave neither its direction, source, collection method nor frequency: defaults were set, check them.`,
          });
        }
        const view = await createIndicator(inner, organisationId, {
          code: indicator.code,
          name: indicator.name,
          definition: indicator.definition,
          unit: indicator.unit,
          type: indicator.type,
          ...(indicator.details ?? defaultIndicatorDetails()),
          scope: "private",
        });
        definitionId = view.id;
        versionId = view.versionId;
        createdIndicators++;
      }
      // One definition once per framework, as the framework editor allows.
      if (pinnedDefinitions.has(definitionId)) {
        warnings.push({
          fr: `L'indicateur ${indicator.code} figure deux fois dans le fichier : il n'est ajouté qu'une fois au référentiel.`,
          en: `The indicator ${indicator.code} appears twice in the file: it is added to the framework once.`,
        });
        continue;
      }
      pinnedDefinitions.add(definitionId);
      await tx.insert(frameworkIndicators).values({
        id: newId(),
        evaluationId,
        organisationId,
        criterionId: null,
        indicatorVersionId: versionId,
        baselineValue: indicator.baseline.value,
        baselineDate: indicator.baseline.date,
        baselineNote: indicator.baseline.note,
        targetValue: indicator.target.value,
        targetDate: indicator.target.date,
        outcomeNodeIds: indicator.outcomeNodeIds,
        position: position++,
      });
    }

    const counts: CidsImportCounts = {
      stakeholders: model.stakeholders.length,
      activities: model.activities.length,
      contributions: model.contributions.length,
      tocNodes: nodes.length,
      tocLinks: edges.length,
      indicators: pinnedDefinitions.size,
      indicatorsMatched: matched,
      indicatorsCreated: createdIndicators,
    };
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "evaluation.cids_imported",
      targetType: "evaluation",
      targetId: evaluationId,
      summary: { evaluation: ev.title, from: model.organisation.name || null, ...counts },
    });
    return { evaluationId, title: created.title, counts, warnings };
  });
}
