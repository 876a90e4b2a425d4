import {
  AppError,
  instantiateTemplate,
  parseInput,
  type TApplyTocTemplate,
  TOC_TEMPLATES,
  ZApplyTocTemplate,
} from "@ricochet/domain";
import type { ServiceContext } from "../context.ts";
import { authorizeEvaluation } from "../evaluations/evaluation-access.ts";
import type { TheoryOfChangeState } from "./load-theory-of-change.ts";
import { loadTheoryOfChange } from "./load-theory-of-change.ts";
import { writeTheoryOfChange } from "./save-theory-of-change.ts";

/**
 * Starts the theory of change from a template, in the user's language. The indicators the
 * template suggests for each outcome come back with it, for the user to add to the framework.
 */
export async function applyTocTemplate(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  input: TApplyTocTemplate,
): Promise<TheoryOfChangeState & { suggestedIndicators: Record<string, string[]> }> {
  const data = parseInput(ZApplyTocTemplate, input);
  const template = TOC_TEMPLATES.find((t) => t.key === data.templateKey);
  if (!template) throw new AppError("TOC_TEMPLATE_NOT_FOUND", { key: data.templateKey });
  return ctx.db.transaction(async (tx) => {
    const { evaluation } = await authorizeEvaluation(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      "evaluation.write",
    );
    const current = await loadTheoryOfChange(tx, evaluationId);
    const count = current.graph.nodes.length;
    if (count > 0 && !data.replace) throw new AppError("TOC_NOT_EMPTY", { count });
    const { graph, indicatorCodesByNode } = instantiateTemplate(template, data.locale);
    const saved = await writeTheoryOfChange(tx, ctx, organisationId, evaluation, graph, data.revision, {
      templateKey: template.key,
      action: "theory_of_change.template_applied",
    });
    return { ...saved, suggestedIndicators: indicatorCodesByNode };
  });
}
