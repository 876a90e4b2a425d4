import { describe, expect, it } from "vitest";
import {
  type Alternative,
  chiSquaredTest,
  fisherExactTest,
  mcnemarTest,
  mcnemarTestFromPairs,
} from "../src/statistics/index.ts";
import { ESTIMATE, expectClose, loadFixture, P_VALUE, type RValue } from "./fixtures/statistics/compare.ts";

interface ChiCase {
  table: number[][];
  correct: boolean;
  statistic?: RValue;
  df?: number;
  pValue?: RValue;
  expected?: RValue[][];
  residuals?: RValue[][];
  stdres?: RValue[][];
  cramersV?: RValue;
  warnings: string[];
  error?: string;
}

interface FisherCase {
  table: number[][];
  alternative: Alternative;
  level: number;
  pValue: number;
  oddsRatio: RValue;
  confInt: RValue[];
}

interface McNemarCase {
  table: number[][];
  correct: boolean;
  statistic: RValue;
  df: number;
  pValue: RValue;
}

describe("chi-squared test of independence against R's chisq.test", () => {
  const fixture = loadFixture<ChiCase>("chi-squared");

  it("statistic, df, p, expected counts, residuals, standardized residuals, Cramér's V", () => {
    for (const c of fixture.cases) {
      const label = `${JSON.stringify(c.table)} correct=${c.correct}`;
      const r = chiSquaredTest(c.table, { correct: c.correct });
      if (c.error !== undefined || typeof c.statistic !== "number") {
        expect(r.ok ? null : r.reason, `${label}: R gives ${c.error ?? c.statistic}`).toBe("EMPTY_CATEGORY");
        continue;
      }
      if (!r.ok) throw new Error(`${label}: ${r.reason}`);
      expectClose(r.statistic, c.statistic, ESTIMATE, "chi-squared: statistic, cells, V", label);
      expect(r.df).toBe(c.df);
      expectClose(r.pValue, c.pValue, P_VALUE, "chi-squared: p", label);
      expectClose(r.cramersV, c.cramersV, ESTIMATE, "chi-squared: statistic, cells, V", label);
      for (const [name, ours, theirs] of [
        ["expected", r.expected, c.expected],
        ["residuals", r.residuals, c.residuals],
        ["stdres", r.standardizedResiduals, c.stdres],
      ] as const) {
        ours.forEach((row, i) => {
          row.forEach((v, j) => {
            const at = `${label} ${name}[${i}][${j}]`;
            expectClose(v, theirs?.[i]?.[j], ESTIMATE, "chi-squared: statistic, cells, V", at);
          });
        });
      }
      expect(r.lowExpectedCounts, label).toBe(
        c.warnings.some((w) => w.includes("approximation may be incorrect")),
      );
    }
  });
});

describe("Fisher's exact test against R's fisher.test", () => {
  const fixture = loadFixture<FisherCase>("fisher");

  it("p-value, conditional MLE of the odds ratio and its interval", () => {
    for (const c of fixture.cases) {
      const label = `${JSON.stringify(c.table)} ${c.alternative} level=${c.level}`;
      const r = fisherExactTest(c.table, { alternative: c.alternative, level: c.level });
      const margins = [
        c.table[0]![0]! + c.table[0]![1]!,
        c.table[1]![0]! + c.table[1]![1]!,
        c.table[0]![0]! + c.table[1]![0]!,
        c.table[0]![1]! + c.table[1]![1]!,
      ];
      if (margins.includes(0)) {
        // R answers p = 1 with an interval [0, Inf]: nothing can be said, so we say so.
        expect(r.ok ? null : r.reason, label).toBe("EMPTY_CATEGORY");
        continue;
      }
      if (!r.ok) throw new Error(`${label}: ${r.reason}`);
      expectClose(r.pValue, Math.min(1, c.pValue), P_VALUE, "Fisher: p", label);
      expectClose(r.oddsRatio, c.oddsRatio, ESTIMATE, "Fisher: odds ratio and CI", label);
      expectClose(r.confidenceInterval.lower, c.confInt[0], ESTIMATE, "Fisher: odds ratio and CI", label);
      expectClose(r.confidenceInterval.upper, c.confInt[1], ESTIMATE, "Fisher: odds ratio and CI", label);
      expect(r.oddsRatioMethod).toBe("conditional-mle");
    }
  });

  it("includes tables exactly as likely as the observed one (R's 1e-7 relative fuzz)", () => {
    // Symmetric margins: the table and its mirror have equal probabilities.
    const r = fisherExactTest([
      [3, 1],
      [1, 3],
    ]);
    if (!r.ok) throw new Error(r.reason);
    expect(r.pValue).toBeCloseTo(34 / 70, 14);
  });
});

describe("McNemar's test against R's mcnemar.test", () => {
  const fixture = loadFixture<McNemarCase>("mcnemar");

  it("statistic and p, with and without the continuity correction", () => {
    for (const c of fixture.cases) {
      const label = `${JSON.stringify(c.table)} correct=${c.correct}`;
      const r = mcnemarTest(c.table, { correct: c.correct });
      if (typeof c.statistic !== "number") {
        expect(r.ok ? null : r.reason, `${label}: R gives ${c.statistic}`).toBe("NO_DISCORDANT_PAIRS");
        continue;
      }
      if (!r.ok) throw new Error(`${label}: ${r.reason}`);
      expectClose(r.statistic, c.statistic, ESTIMATE, "McNemar: statistic", label);
      expectClose(r.pValue, c.pValue, P_VALUE, "McNemar: p", label);
    }
  });

  it("builds its table from paired answers (rows: x, columns: y)", () => {
    const after = [true, true, true, false, true, false];
    const before = [false, true, false, false, false, true];
    const r = mcnemarTestFromPairs(after, before);
    if (!r.ok) throw new Error(r.reason);
    expect([r.yesToNo, r.noToYes, r.pairs]).toEqual([3, 1, 6]);
    expect(r.proportionX).toBeCloseTo(4 / 6, 15);
    expect(r.proportionY).toBeCloseTo(2 / 6, 15);
  });
});
