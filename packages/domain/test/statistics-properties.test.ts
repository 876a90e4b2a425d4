import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Alternative,
  chiSquaredTest,
  cohensD,
  differenceInDifferences,
  fisherExactTest,
  hedgesG,
  mcnemarTest,
  ols,
  oneSampleTTest,
  pairedDz,
  pairedTTest,
  proportionsPower,
  proportionsSampleSize,
  studentTQuantile,
  studentTTails,
  studentTTest,
  tTestPower,
  tTestSampleSize,
  twoProportionsTest,
  welchTTest,
  wilcoxonRankSumTest,
  wilcoxonSignedRankTest,
  wilsonInterval,
} from "../src/statistics/index.ts";

/** The path of the first NaN or ±Infinity in a result, or null. */
function nonFinitePath(value: unknown, path = "result"): string | null {
  if (typeof value === "number") return Number.isFinite(value) ? null : path;
  if (value === null || typeof value !== "object") return null;
  for (const [key, child] of Object.entries(value)) {
    const found = nonFinitePath(child, `${path}.${key}`);
    if (found) return found;
  }
  return null;
}

/** Every result is plain numbers, or a reason with a message in both languages. */
function wellFormed(result: { readonly ok: boolean }): void {
  expect(nonFinitePath(result)).toBeNull();
  const fields = result as {
    ok: boolean;
    reason?: unknown;
    message?: { fr: string; en: string };
    pValue?: number;
  };
  if (!fields.ok) {
    expect(typeof fields.reason).toBe("string");
    expect(fields.message?.fr.length).toBeGreaterThan(0);
    expect(fields.message?.en.length).toBeGreaterThan(0);
    return;
  }
  if (fields.pValue !== undefined) {
    expect(fields.pValue).toBeGreaterThanOrEqual(0);
    expect(fields.pValue).toBeLessThanOrEqual(1);
  }
}

/** An estimate lies inside its own interval (open bounds are null). */
function inside(estimate: number, ci: { lower: number | null; upper: number | null }): void {
  const slack = 1e-9 * Math.max(1, Math.abs(estimate));
  if (ci.lower !== null) expect(ci.lower).toBeLessThanOrEqual(estimate + slack);
  if (ci.upper !== null) expect(ci.upper).toBeGreaterThanOrEqual(estimate - slack);
}

// Survey-like answers: Likert points, scores, incomes; some exactly tied, some extreme.
const answer = fc.oneof(
  fc.integer({ min: 1, max: 5 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, 1e-300, -1e-300, 1e15, 1e200),
);
const sample = fc.array(answer, { minLength: 0, maxLength: 30 });
const alternative = fc.constantFrom<Alternative>("two.sided", "less", "greater");
const level = fc.constantFrom(0.8, 0.9, 0.95, 0.99);
const count = fc.integer({ min: 0, max: 60 });
const table = (rows: number, cols: number) =>
  fc.array(fc.array(count, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
const runs = { numRuns: 150 };

describe("no NaN or Infinity for any input, p in [0, 1], estimates inside their intervals", () => {
  it("t-tests", () => {
    fc.assert(
      fc.property(sample, sample, alternative, level, (x, y, alt, lvl) => {
        for (const r of [
          welchTTest(x, y, { alternative: alt, level: lvl }),
          studentTTest(x, y, { alternative: alt, level: lvl }),
          oneSampleTTest(x, { alternative: alt, level: lvl, mu: 2 }),
        ]) {
          wellFormed(r);
          if (r.ok) inside(r.test === "one-sample" ? r.mean : r.meanDifference, r.confidenceInterval);
        }
        const n = Math.min(x.length, y.length);
        const paired = pairedTTest(x.slice(0, n), y.slice(0, n), { alternative: alt, level: lvl });
        wellFormed(paired);
        if (paired.ok) inside(paired.meanDifference, paired.confidenceInterval);
      }),
      runs,
    );
  });

  it("effect sizes", () => {
    fc.assert(
      fc.property(sample, sample, level, (x, y, lvl) => {
        for (const r of [cohensD(x, y, { level: lvl }), hedgesG(x, y, { level: lvl })]) {
          wellFormed(r);
          if (r.ok) inside(r.estimate, r.confidenceInterval);
        }
        const n = Math.min(x.length, y.length);
        const dz = pairedDz(x.slice(0, n), y.slice(0, n), { level: lvl });
        wellFormed(dz);
        if (dz.ok) inside(dz.estimate, dz.confidenceInterval);
      }),
      { numRuns: 60 },
    );
  });

  it("proportions", () => {
    fc.assert(
      fc.property(
        count,
        count,
        count,
        count,
        alternative,
        level,
        fc.boolean(),
        (a, b, c, d, alt, lvl, correct) => {
          const w = wilsonInterval(Math.min(a, b), Math.max(a, b), { level: lvl, correct });
          wellFormed(w);
          if (w.ok) {
            inside(w.estimate, w.confidenceInterval);
            expect(w.confidenceInterval.lower).toBeGreaterThanOrEqual(0);
            expect(w.confidenceInterval.upper).toBeLessThanOrEqual(1);
          }
          const r = twoProportionsTest(
            { x: Math.min(a, b), n: Math.max(a, b) },
            { x: Math.min(c, d), n: Math.max(c, d) },
            { alternative: alt, level: lvl, correct },
          );
          wellFormed(r);
          if (r.ok) {
            const { lower, upper } = r.confidenceInterval;
            expect(lower ?? -1).toBeGreaterThanOrEqual(-1);
            expect(upper ?? 1).toBeLessThanOrEqual(1);
          }
        },
      ),
      runs,
    );
  });

  it("contingency tables", () => {
    const anyTable = fc
      .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 2, max: 4 }))
      .chain(([rows, cols]) => table(rows, cols));
    fc.assert(
      fc.property(anyTable, fc.boolean(), (t, correct) => wellFormed(chiSquaredTest(t, { correct }))),
      runs,
    );
    fc.assert(
      fc.property(table(2, 2), alternative, level, fc.boolean(), (t, alt, lvl, correct) => {
        const f = fisherExactTest(t, { alternative: alt, level: lvl });
        wellFormed(f);
        if (f.ok && f.oddsRatio !== null) inside(f.oddsRatio, f.confidenceInterval);
        wellFormed(mcnemarTest(t, { correct }));
      }),
      runs,
    );
  });

  it("rank tests", () => {
    fc.assert(
      fc.property(sample, sample, alternative, fc.boolean(), (x, y, alt, correct) => {
        wellFormed(wilcoxonRankSumTest(x, y, { alternative: alt, correct }));
        const n = Math.min(x.length, y.length);
        wellFormed(wilcoxonSignedRankTest(x.slice(0, n), y.slice(0, n), { alternative: alt, correct }));
      }),
      runs,
    );
  });

  it("regression and difference-in-differences", () => {
    const row = fc.tuple(answer, answer, fc.boolean(), fc.boolean());
    fc.assert(
      fc.property(fc.array(row, { minLength: 0, maxLength: 25 }), level, (rows, lvl) => {
        const y = rows.map((r) => r[0]);
        const fit = ols(y, [{ name: "x", values: rows.map((r) => r[1]) }], { level: lvl });
        wellFormed(fit);
        if (fit.ok) for (const c of fit.coefficients) inside(c.estimate, c.confidenceInterval);
        const did = differenceInDifferences(
          { outcome: y, treated: rows.map((r) => r[2]), post: rows.map((r) => r[3]) },
          { level: lvl },
        );
        wellFormed(did);
        if (did.ok) inside(did.estimate, did.confidenceInterval);
      }),
      runs,
    );
  });

  it("power and sample size", () => {
    const type = fc.constantFrom("two-sample" as const, "one-sample" as const, "paired" as const);
    const sided = fc.constantFrom("two.sided" as const, "one.sided" as const);
    const delta = fc.double({ min: -5, max: 5, noNaN: true });
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 2000 }),
        delta,
        type,
        sided,
        fc.constantFrom(0.01, 0.05, 0.1),
        (n, d, t, s, alpha) => {
          const options = { delta: d, sd: 1.5, sigLevel: alpha, type: t, alternative: s };
          const p = tTestPower(n, options);
          wellFormed(p);
          if (p.ok) expect(p.power).toBeLessThanOrEqual(1);
          const size = tTestSampleSize(0.8, options);
          wellFormed(size);
          if (size.ok) expect(size.powerAtRequired).toBeGreaterThanOrEqual(0.8 - 1e-9);
        },
      ),
      { numRuns: 60 },
    );
    const prob = fc.double({ min: 0.01, max: 0.99, noNaN: true });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), prob, prob, sided, (n, p1, p2, s) => {
        wellFormed(proportionsPower(n, { p1, p2, alternative: s }));
        const size = proportionsSampleSize(0.9, { p1, p2, alternative: s });
        wellFormed(size);
        if (size.ok) expect(size.powerAtRequired).toBeGreaterThanOrEqual(0.9 - 1e-9);
      }),
      runs,
    );
  });
});

const moderate = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 2, maxLength: 25 });

describe("symmetries and identities", () => {
  it("swapping the groups flips t, the difference and the interval, and keeps p", () => {
    fc.assert(
      fc.property(moderate, moderate, (x, y) => {
        for (const test of [welchTTest, studentTTest]) {
          const a = test(x, y);
          const b = test(y, x);
          expect(a.ok).toBe(b.ok);
          if (!a.ok || !b.ok) continue;
          expect(a.statistic).toBeCloseTo(-b.statistic, 9);
          expect(a.pValue).toBeCloseTo(b.pValue, 12);
          expect(a.confidenceInterval.lower ?? 0).toBeCloseTo(-(b.confidenceInterval.upper ?? 0), 9);
        }
        const d1 = cohensD(x, y);
        const d2 = cohensD(y, x);
        if (d1.ok && d2.ok) {
          expect(d1.estimate).toBeCloseTo(-d2.estimate, 12);
          expect(d1.confidenceInterval.lower ?? 0).toBeCloseTo(-(d2.confidenceInterval.upper ?? 0), 8);
        }
      }),
      { numRuns: 80 },
    );
  });

  it("one-sided p-values of a t-test add up to 1", () => {
    fc.assert(
      fc.property(moderate, moderate, (x, y) => {
        const less = welchTTest(x, y, { alternative: "less" });
        const greater = welchTTest(x, y, { alternative: "greater" });
        if (less.ok && greater.ok) expect(less.pValue + greater.pValue).toBeCloseTo(1, 12);
      }),
    );
  });

  it("a paired test is the one-sample test of the differences", () => {
    fc.assert(
      fc.property(moderate, moderate, (x, y) => {
        const n = Math.min(x.length, y.length);
        const paired = pairedTTest(x.slice(0, n), y.slice(0, n));
        const one = oneSampleTTest(x.slice(0, n).map((v, i) => v - (y[i] ?? 0)));
        expect(paired.ok).toBe(one.ok);
        if (paired.ok && one.ok) {
          expect(paired.statistic).toBe(one.statistic);
          expect(paired.pValue).toBe(one.pValue);
        }
      }),
    );
  });

  it("W(x, y) + W(y, x) = nx·ny with the same two-sided p", () => {
    fc.assert(
      fc.property(moderate, moderate, (x, y) => {
        const a = wilcoxonRankSumTest(x, y);
        const b = wilcoxonRankSumTest(y, x);
        if (!a.ok || !b.ok) return;
        expect(a.statistic + b.statistic).toBe(x.length * y.length);
        expect(a.pValue).toBeCloseTo(b.pValue, 12);
      }),
    );
  });

  it("tables: transposing keeps χ², swapping Fisher's rows inverts the odds ratio", () => {
    fc.assert(
      fc.property(table(2, 3), (t) => {
        const transposed = [0, 1, 2].map((j) => t.map((row) => row[j] ?? 0));
        const a = chiSquaredTest(t);
        const b = chiSquaredTest(transposed);
        expect(a.ok).toBe(b.ok);
        if (a.ok && b.ok) expect(a.statistic).toBeCloseTo(b.statistic, 9);
      }),
    );
    fc.assert(
      fc.property(table(2, 2), (t) => {
        const a = fisherExactTest(t);
        const b = fisherExactTest([t[1] ?? [], t[0] ?? []]);
        if (!a.ok || !b.ok) return;
        expect(a.pValue).toBeCloseTo(b.pValue, 12);
        if (a.oddsRatio !== null && b.oddsRatio !== null && a.oddsRatio > 0) {
          // R's root tolerance (≈ 1e-4) bounds how exactly the two estimates invert.
          expect(Math.abs(a.oddsRatio * b.oddsRatio - 1)).toBeLessThan(1e-3);
        }
      }),
    );
  });

  it("two proportions: swapping the groups negates the difference", () => {
    fc.assert(
      fc.property(count, count, count, count, (a, b, c, d) => {
        const g1 = { x: Math.min(a, b), n: Math.max(a, b) };
        const g2 = { x: Math.min(c, d), n: Math.max(c, d) };
        const r = twoProportionsTest(g1, g2);
        const s = twoProportionsTest(g2, g1);
        if (!r.ok || !s.ok) return;
        expect(r.statistic).toBeCloseTo(s.statistic, 12);
        expect(r.difference + s.difference).toBe(0);
      }),
    );
  });

  it("Student t quantiles invert the distribution", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-10, max: 1 - 1e-10, noNaN: true }),
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        (p, df) => {
          const q = studentTQuantile(p, df);
          const back = studentTTails(q, df).lower;
          // The incomplete beta loses about 1e-16·df relative at large df (≈ 1e-11 at 1e5).
          expect(Math.abs(back - p)).toBeLessThanOrEqual(1e-10 * Math.min(p, 1 - p));
        },
      ),
    );
  });

  it("power grows with the number of answers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 500 }), fc.double({ min: 0.05, max: 2, noNaN: true }), (n, d) => {
        const a = tTestPower(n, { delta: d });
        const b = tTestPower(n + 1, { delta: d });
        if (a.ok && b.ok) expect(b.power).toBeGreaterThanOrEqual(a.power - 1e-12);
      }),
    );
  });
});
