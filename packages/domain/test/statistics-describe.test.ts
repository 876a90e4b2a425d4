import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, formatPercent } from "../src/statistics/describe/format.ts";
import {
  type ComparisonContext,
  chiSquaredTest,
  cohensD,
  describeComparison,
  differenceInDifferences,
  fisherExactTest,
  formatPValue,
  mcnemarTest,
  pairedDz,
  pairedTTest,
  twoProportionsTest,
  welchTTest,
  wilcoxonRankSumTest,
  wilcoxonSignedRankTest,
} from "../src/statistics/index.ts";

/** Expected texts are written with "~" for the no-break space French typography requires. */
const nb = (text: string) => text.replaceAll("~", "\u00a0");

const confidence: ComparisonContext = {
  measure: {
    fr: "la part des entrepreneurs qui se disent confiants",
    en: "the share of entrepreneurs who say they feel confident",
  },
  design: "before-after",
  lead: { fr: "Après l'accompagnement", en: "After the support" },
};
// 120 entrepreneurs asked before and after: 49 then 76 say they feel confident.
const panel = mcnemarTest([
  [24, 52],
  [25, 19],
]);

const groups: ComparisonContext = {
  measure: { fr: "le score de bien-être", en: "the well-being score" },
  design: "two-groups",
  labels: {
    x: { fr: "chez les bénéficiaires", en: "among beneficiaries" },
    y: { fr: "dans le groupe témoin", en: "in the comparison group" },
  },
};

describe("describeComparison", () => {
  it("says the brief's example sentence, in French and in English", () => {
    const d = describeComparison(panel, confidence);
    expect(d.significant).toBe(true);
    expect(d.sentences[0]?.fr).toBe(
      nb(
        "Après l'accompagnement, la part des entrepreneurs qui se disent confiants passe de 41~% à 63~% (n~=~120 appariés)~; l'écart est statistiquement significatif (p~=~0,003).",
      ),
    );
    expect(d.sentences[0]?.en).toBe(
      nb(
        "After the support, the share of entrepreneurs who say they feel confident goes from 41% to 63% (n~=~120 matched pairs); the difference is statistically significant (p~=~0.003).",
      ),
    );
    expect(d.fr.startsWith(d.sentences[0]?.fr ?? "?")).toBe(true);
  });

  it("states the caveats it is given: no control group, low response, paired answers", () => {
    const d = describeComparison(panel, {
      ...confidence,
      caveats: { noControlGroup: true, responseRate: 0.45 },
    });
    expect(d.fr).toContain("ne peut pas être attribué à l'action");
    expect(d.en).toContain("cannot be attributed to the action");
    expect(d.fr).toContain(nb("Seulement 45~% des personnes sollicitées ont répondu"));
    expect(d.en).toContain("Only 45% of the people asked answered");
    expect(d.fr).toContain("réponses appariées");
    const enough = describeComparison(panel, { ...confidence, caveats: { responseRate: 0.8 } });
    expect(enough.fr).not.toContain("sollicitées");
  });

  it("does not turn 'not significant' into 'no difference'", () => {
    const r = twoProportionsTest({ x: 30, n: 60 }, { x: 22, n: 58 });
    const d = describeComparison(r, {
      ...groups,
      measure: { fr: "la part des personnes en emploi", en: "the share of people in work" },
    });
    expect(d.significant).toBe(false);
    expect(d.fr).toContain(nb("l'écart de +12~points n'est pas statistiquement significatif (p~=~0,26)"));
    expect(d.fr).toContain("Cela ne prouve pas qu'il n'y a aucune différence");
    expect(d.en).toContain("This does not prove there is no difference");
    expect(d.fr).toContain(nb("entre −7 et +32~points (intervalle de confiance à 95~%)"));
  });

  it("says 'too few answers to conclude' when nothing can be computed", () => {
    const d = describeComparison(welchTTest([3], [2, 4, 3]), groups);
    expect(d.significant).toBeNull();
    expect(d.fr).toBe(
      nb(
        "Trop peu de réponses pour conclure~: il en faut au moins 2 par groupe. Aucune conclusion ne peut donc être tirée pour le score de bien-être.",
      ),
    );
    expect(d.en).toContain("Too few answers to conclude");
  });

  it("gives the size of the effect as Cohen's conventions, with its interval", () => {
    const x = [3, 4, 5, 4, 3, 5, 4, 4, 2, 5, 4, 3, 5, 4];
    const y = [3, 2, 4, 3, 3, 2, 4, 3, 2, 3, 3, 4];
    const d = describeComparison(welchTTest(x, y), {
      ...groups,
      effectSize: cohensD(x, y),
      caveats: { groupsNotRandomised: true },
    });
    expect(d.fr).toContain(
      nb("est en moyenne de 3,9 chez les bénéficiaires contre 3,0 dans le groupe témoin (n~=~14 et 12)"),
    );
    expect(d.fr).toContain(
      "Selon les conventions de Cohen (des repères usuels, pas des règles), c'est un effet de grande taille",
    );
    expect(d.fr).toContain(nb("d de Cohen~=~1,11~; IC à 95~%~: de 0,26 à 1,93"));
    expect(d.en).toContain(
      "By Cohen's conventions (customary benchmarks, not rules), this is a large effect",
    );
    expect(d.fr).toContain("n'ont pas été constitués par tirage au sort");
  });

  it("describes paired means with units, one-sided tests and another significance level", () => {
    const before = [10, 12, 9, 14, 11, 13, 10, 12];
    const after = [12, 13, 10, 15, 11, 15, 12, 13];
    const context: ComparisonContext = {
      measure: { fr: "le revenu mensuel", en: "monthly income" },
      design: "before-after",
      unit: { fr: "k€", en: "k€" },
      alpha: 0.01,
      effectSize: pairedDz(after, before),
    };
    const d = describeComparison(pairedTTest(after, before, { alternative: "greater" }), context);
    expect(d.fr).toContain(nb("Le revenu mensuel passe en moyenne de 11,4~k€ à 12,6~k€ (n~=~8 appariés)"));
    expect(d.fr).toContain("au seuil de 1");
    expect(d.fr).toContain("test unilatéral");
    expect(d.en).toContain("one-sided test");
    expect(d.fr).toContain(nb("dz~=~1,77"));
  });

  it("names the rank tests and gives the common-language effect", () => {
    const d = describeComparison(wilcoxonRankSumTest([3, 4, 5, 4, 5, 5], [2, 3, 3, 2, 4, 1]), groups);
    expect(d.fr).toContain("test de Wilcoxon-Mann-Whitney");
    expect(d.fr).toContain(
      "Une réponse tirée au hasard chez les bénéficiaires dépasse une réponse tirée au hasard dans le groupe témoin",
    );
    const s = describeComparison(wilcoxonSignedRankTest([5, 3, 4, 4, 2, 5, 3, 4], [4, 3, 2, 4, 1, 3, 3, 5]), {
      ...confidence,
      measure: { fr: "le score", en: "the score" },
    });
    expect(s.fr).toContain("dont 3 sans changement, écartés du test");
  });

  it("describes tables, Fisher's odds ratio and a difference-in-differences", () => {
    const chi = describeComparison(
      chiSquaredTest([
        [12, 5, 7],
        [16, 20, 9],
      ]),
      groups,
    );
    expect(chi.fr).toContain("mais l'écart n'est pas statistiquement significatif");
    const fisher = describeComparison(
      fisherExactTest([
        [8, 2],
        [1, 9],
      ]),
      groups,
    );
    expect(fisher.fr).toContain("estimation conditionnelle du maximum de vraisemblance");
    const did = describeComparison(
      differenceInDifferences({
        outcome: [1, 2, 3, 2, 5, 6, 7, 6, 1, 2, 1, 2, 2, 3, 2, 3],
        treated: [1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
        post: [0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1],
      }),
      groups,
    );
    expect(did.fr).toContain(
      nb("la double différence est de +3,0~; cet écart est statistiquement significatif"),
    );
    expect(did.fr).toContain("auraient évolué de la même façon");
  });

  it("never prints NaN, Infinity or undefined, and puts French punctuation right", () => {
    const sample = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 0, maxLength: 15 });
    fc.assert(
      fc.property(sample, sample, (x, y) => {
        const n = Math.min(x.length, y.length);
        for (const r of [
          welchTTest(x, y),
          wilcoxonRankSumTest(x, y),
          pairedTTest(x.slice(0, n), y.slice(0, n)),
        ]) {
          const d = describeComparison(r, {
            ...groups,
            caveats: { responseRate: 0.5, groupsNotRandomised: true },
          });
          for (const text of [d.fr, d.en]) expect(text).not.toMatch(/NaN|Infinity|undefined|null/);
          expect(d.fr).not.toMatch(/ [:;!?»]/);
          for (const s of d.sentences) expect(s.fr.endsWith(".")).toBe(true);
        }
      }),
    );
  });
});

describe("number formatting for reports", () => {
  it("writes numbers the French way in French", () => {
    expect(formatNumber(1234567.891, 2)).toEqual({ fr: nb("1~234~567,89"), en: "1,234,567.89" });
    expect(formatNumber(-0.5, 1)).toEqual({ fr: "−0,5", en: "−0.5" });
    expect(formatNumber(-0.04, 1)).toEqual({ fr: "0,0", en: "0.0" });
    expect(formatPercent(0.41)).toEqual({ fr: nb("41~%"), en: "41%" });
  });

  it("rounds p-values without crossing the significance level", () => {
    expect(formatPValue(0.003)).toEqual({ fr: nb("p~=~0,003"), en: nb("p~=~0.003") });
    expect(formatPValue(0.00004)).toEqual({ fr: nb("p~<~0,001"), en: nb("p~<~0.001") });
    expect(formatPValue(0.2634)).toEqual({ fr: nb("p~=~0,26"), en: nb("p~=~0.26") });
    expect(formatPValue(0.0496).fr).toBe(nb("p~=~0,0496"));
    expect(formatPValue(0.05).fr).toBe(nb("p~=~0,050"));
  });
});
