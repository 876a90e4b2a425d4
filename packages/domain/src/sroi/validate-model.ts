import type { z } from "zod";
import { zodIssuesToFieldIssues } from "../errors/validation.ts";
import { SROI_ISSUE_CODES, type SroiIssue, type SroiIssueCode, sroiWarning } from "./issues.ts";
import { type SroiModel, ZSroiModel } from "./model.ts";

export type SroiValidation =
  | { ok: true; model: SroiModel; issues: SroiIssue[] }
  | { ok: false; issues: SroiIssue[] };

function codeOf(issue: z.core.$ZodIssue): SroiIssueCode {
  const code = issue.code === "custom" ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
  return SROI_ISSUE_CODES.includes(code as SroiIssueCode) ? (code as SroiIssueCode) : "INVALID_VALUE";
}

/** Issues from any zod schema of this module, with their SROI codes and both languages. */
export function sroiIssuesFromZod(issues: readonly z.core.$ZodIssue[], prefix = ""): SroiIssue[] {
  const fields = zodIssuesToFieldIssues(issues);
  return issues.map((issue, index) => {
    const field = fields[index];
    const path = field?.path === "(body)" ? "" : (field?.path ?? "");
    return {
      severity: "error",
      code: codeOf(issue),
      path: prefix && path ? `${prefix}.${path}` : prefix || path,
      message: field?.message ?? { fr: issue.message, en: issue.message },
    };
  });
}

/** What is allowed but weakens a report: said next to the figures, never blocking them. */
function warningsOf(model: SroiModel): SroiIssue[] {
  const warnings: SroiIssue[] = [];
  if (model.outcomes.length === 0)
    warnings.push(
      sroiWarning("NO_OUTCOMES", "outcomes", {
        fr: "Le modèle ne contient aucun effet : la valeur créée est de 0 €.",
        en: "The model has no outcomes: the value created is €0.",
      }),
    );
  model.outcomes.forEach((o, index) => {
    if (o.proxy.source === "")
      warnings.push(
        sroiWarning("PROXY_WITHOUT_SOURCE", `outcomes.${index}.proxy.source`, {
          fr: `L'indicateur financier (proxy) de l'effet « ${o.outcome} » n'a pas de source : un financeur ou un auditeur demandera d'où vient sa valeur.`,
          en: `The financial proxy of outcome “${o.outcome}” has no source: a funder or an assurer will ask where its value comes from.`,
        }),
      );
  });
  return warnings;
}

/** Checks a model as received (from a form, an API body, a stored document). Never throws. */
export function validateSroiModel(input: unknown): SroiValidation {
  const parsed = ZSroiModel.safeParse(input);
  if (!parsed.success) return { ok: false, issues: sroiIssuesFromZod(parsed.error.issues) };
  return { ok: true, model: parsed.data, issues: warningsOf(parsed.data) };
}
