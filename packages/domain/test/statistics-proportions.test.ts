import { describe, expect, it } from "vitest";
import { type Alternative, twoProportionsTest, wilsonInterval } from "../src/statistics/index.ts";
import { ESTIMATE, expectClose, loadFixture, P_VALUE, type RValue } from "./fixtures/statistics/compare.ts";

interface WilsonCase {
  x: number;
  n: number;
  level: number;
  correct: boolean;
  formula?: "closed form";
  confInt: RValue[];
}

interface TwoPropCase {
  x1: number;
  n1: number;
  x2: number;
  n2: number;
  alternative: Alternative;
  correct: boolean;
  level: number;
  statistic?: RValue;
  pValue?: RValue;
  estimate?: number[];
  confInt?: RValue[];
  warnings: string[];
}

describe("Wilson score interval against R", () => {
  const fixture = loadFixture<WilsonCase>("wilson");

  it("matches prop.test(x, n, correct)$conf.int and the closed form, clamped to [0, 1]", () => {
    for (const c of fixture.cases) {
      const label = `${c.x}/${c.n} level=${c.level} correct=${c.correct} ${c.formula ?? "prop.test"}`;
      const r = wilsonInterval(c.x, c.n, { level: c.level, correct: c.correct });
      if (!r.ok) throw new Error(`${label}: ${r.reason}`);
      const family = c.correct ? "Wilson, continuity corrected" : "Wilson";
      expectClose(r.confidenceInterval.lower, c.confInt[0], ESTIMATE, family, label);
      expectClose(r.confidenceInterval.upper, c.confInt[1], ESTIMATE, family, label);
      expect(r.confidenceInterval.lower).toBeGreaterThanOrEqual(0);
      expect(r.confidenceInterval.upper).toBeLessThanOrEqual(1);
    }
  });

  it("follows prop.test's cap of the correction at |x − n/2| (no correction at x = n/2)", () => {
    const plain = wilsonInterval(10, 20);
    const corrected = wilsonInterval(10, 20, { correct: true });
    if (!plain.ok || !corrected.ok) throw new Error("refused");
    expect(corrected.confidenceInterval).toEqual(plain.confidenceInterval);
  });
});

describe("two proportions against R's prop.test", () => {
  const fixture = loadFixture<TwoPropCase>("two-proportions");

  it("statistic, p, proportions and the interval of the difference", () => {
    for (const c of fixture.cases) {
      const label = `${c.x1}/${c.n1} vs ${c.x2}/${c.n2} ${c.alternative} correct=${c.correct} level=${c.level}`;
      const r = twoProportionsTest({ x: c.x1, n: c.n1 }, { x: c.x2, n: c.n2 }, c);
      if (typeof c.statistic !== "number") {
        // All "yes" or all "no" in both groups: R divides 0 by 0.
        expect(r.ok ? null : r.reason, `${label}: R gives ${c.statistic}`).toBe("SAME_ANSWER_EVERYWHERE");
        continue;
      }
      if (!r.ok) throw new Error(`${label}: ${r.reason}`);
      expectClose(r.statistic, c.statistic, ESTIMATE, "two proportions: statistic, CI", label);
      expectClose(r.pValue, c.pValue, P_VALUE, "two proportions: p", label);
      expectClose(r.p1, c.estimate?.[0], ESTIMATE, "two proportions: statistic, CI", label);
      expectClose(r.p2, c.estimate?.[1], ESTIMATE, "two proportions: statistic, CI", label);
      expectClose(
        r.confidenceInterval.lower,
        c.confInt?.[0],
        ESTIMATE,
        "two proportions: statistic, CI",
        label,
      );
      expectClose(
        r.confidenceInterval.upper,
        c.confInt?.[1],
        ESTIMATE,
        "two proportions: statistic, CI",
        label,
      );
      expect(r.lowExpectedCounts, label).toBe(
        c.warnings.some((w) => w.includes("approximation may be incorrect")),
      );
    }
  });
});
