import type { Bilingual } from "../../i18n/locale.ts";
import type { EffectSize } from "../effect-size.ts";
import type { StatResult } from "../stat-result.ts";

/**
 * What the numbers are about, so that the sentences can name it. Texts are fragments that the
 * sentences embed as they are, in both languages.
 */
export interface ComparisonContext {
  /**
   * The measure, as a noun phrase that can open a sentence and follow « pour » / "for":
   * { fr: "la part des entrepreneurs qui se disent confiants", en: "the share of entrepreneurs who
   * say they feel confident" }.
   */
  readonly measure: Bilingual;
  /**
   * "before-after": x is the later measure and y the earlier one (R's order: t.test(after,
   * before, paired = TRUE), rows = after in McNemar's table); "two-groups": x and y are groups.
   */
  readonly design: "before-after" | "two-groups" | "one-group";
  /**
   * Where each value applies, as phrases placed right after it: { fr: "chez les bénéficiaires",
   * en: "among beneficiaries" }. For a difference-in-differences, x is the treated group.
   */
  readonly labels?: { readonly x: Bilingual; readonly y: Bilingual };
  /** An opening clause: { fr: "Après l'accompagnement", en: "After the support" }. */
  readonly lead?: Bilingual;
  /** The level at which results are called significant, default 0.05. */
  readonly alpha?: number;
  /** Unit written after means and differences, e.g. { fr: "€", en: "€" }. */
  readonly unit?: Bilingual;
  /** Decimals of means and differences, default 1. */
  readonly decimals?: number;
  /** A standardized effect size to state with the result (cohensD, hedgesG or pairedDz). */
  readonly effectSize?: StatResult<EffectSize>;
  readonly caveats?: {
    /** No comparison group: a change over time cannot be attributed to the action. */
    readonly noControlGroup?: boolean;
    /** Groups not formed by drawing lots: they may have differed from the start. */
    readonly groupsNotRandomised?: boolean;
    /** Share of the people asked who answered (0–1); a caveat is added below 70 %. */
    readonly responseRate?: number;
  };
}
