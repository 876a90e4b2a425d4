import { type Locale, renderTocSvg } from "@ricochet/domain";
import type { ServiceContext } from "../context.ts";
import { authorizeEvaluation } from "../evaluations/evaluation-access.ts";
import { getTocVersionGraph } from "./toc-versions.ts";

/** The theory of change as a standalone SVG picture (reports reuse it) or as JSON. */
export async function exportTheoryOfChange(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  options: { format: "svg" | "json"; version: string; locale: Locale },
): Promise<{ body: string; contentType: string; fileName: string }> {
  const { evaluation } = await authorizeEvaluation(
    ctx.db,
    ctx.actor,
    organisationId,
    evaluationId,
    "evaluation.read",
  );
  const { graph, label } = await getTocVersionGraph(ctx, organisationId, evaluationId, options.version);
  const stem = `theorie-du-changement-${evaluation.id.slice(0, 8)}${options.version === "current" ? "" : `-${label.split(" ")[0]}`}`;
  if (options.format === "json") {
    return {
      body: `${JSON.stringify({ format: "ricochet-theory-of-change", version: 1, evaluation: evaluation.title, label, graph }, null, 2)}\n`,
      contentType: "application/json; charset=utf-8",
      fileName: `${stem}.json`,
    };
  }
  return {
    body: renderTocSvg(graph, { locale: options.locale, title: evaluation.title }),
    contentType: "image/svg+xml; charset=utf-8",
    fileName: `${stem}.svg`,
  };
}
