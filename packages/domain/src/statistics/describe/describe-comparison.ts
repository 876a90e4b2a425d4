import type { Bilingual } from "../../i18n/locale.ts";
import { frenchSpacing } from "../french-spacing.ts";
import type { CannotCompute } from "../stat-result.ts";
import { caveatSentences, responseRateSentence } from "./caveats.ts";
import type { ComparisonContext } from "./comparison-context.ts";
import { effectSentence, superioritySentence } from "./effect-sentence.ts";
import { intervalSentence } from "./interval-sentence.ts";
import { mainFinding } from "./main-finding.ts";
import type { Tested } from "./tested.ts";
import { bi } from "./words.ts";

export type { ComparisonContext } from "./comparison-context.ts";

// A standardized mean difference describes these; tables and regressions have their own measures.
const STANDARDIZABLE = new Set<Tested["test"]>([
  "welch",
  "student",
  "paired",
  "one-sample",
  "wilcoxon-rank-sum",
  "wilcoxon-signed-rank",
]);

/** Anything a comparison function returns: a result or the reason it could not be computed. */
export type ComparisonResult = (Tested & { readonly ok: true }) | CannotCompute;

export interface ComparisonDescription {
  readonly fr: string;
  readonly en: string;
  /** The same text, sentence by sentence, for layouts that list them. */
  readonly sentences: readonly Bilingual[];
  /** p < α; null when nothing could be computed. */
  readonly significant: boolean | null;
}

/**
 * Says in French and English what a comparison shows and what it does not: the finding with
 * its p-value, the size of the effect by Cohen's conventions (named as conventions), the
 * confidence interval, and the caveats of the design. Reads the numbers, never recomputes them.
 */
export function describeComparison(
  result: ComparisonResult,
  context: ComparisonContext,
): ComparisonDescription {
  const alpha = context.alpha ?? 0.05;
  if (!result.ok) {
    const sentences = [
      result.message,
      bi(
        `Aucune conclusion ne peut donc être tirée pour ${context.measure.fr}.`,
        `No conclusion can therefore be drawn for ${context.measure.en}.`,
      ),
    ];
    const rate = responseRateSentence(context);
    if (rate) sentences.push(rate);
    return assemble(sentences, null);
  }
  const significant = result.pValue < alpha;
  const effect = context.effectSize?.ok && STANDARDIZABLE.has(result.test) ? context.effectSize : null;
  const sentences = [
    mainFinding(result, context, significant, alpha),
    significant ? meaningOfSignificance(result) : null,
    intervalSentence(result, context, significant),
    effectSentence(result, effect),
    superioritySentence(result, context.labels),
    ...caveatSentences(result, context, significant),
  ].filter((s): s is Bilingual => s !== null);
  return assemble(sentences, significant);
}

function meaningOfSignificance(result: Tested): Bilingual {
  return result.test === "chi-squared" || result.test === "fisher-exact"
    ? bi(
        "Autrement dit, un lien aussi net serait peu probable si, en réalité, les deux variables étaient sans rapport.",
        "In other words, an association this clear would be unlikely if the two variables were in fact unrelated.",
      )
    : bi(
        "Autrement dit, un écart aussi net serait peu probable si, en réalité, il n'y avait aucune différence.",
        "In other words, a difference this clear would be unlikely if there were in fact no difference.",
      );
}

function assemble(raw: Bilingual[], significant: boolean | null): ComparisonDescription {
  const sentences = raw.map((s) => ({ fr: frenchSpacing(s.fr), en: s.en }));
  return {
    fr: sentences.map((s) => s.fr).join(" "),
    en: sentences.map((s) => s.en).join(" "),
    sentences,
    significant,
  };
}
