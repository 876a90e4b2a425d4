import { describe, expect, it } from "vitest";
import { type Alternative, wilcoxonRankSumTest, wilcoxonSignedRankTest } from "../src/statistics/index.ts";
import { ESTIMATE, expectClose, loadFixture, P_VALUE, type RValue } from "./fixtures/statistics/compare.ts";

interface RankCase {
  kind: "rank-sum" | "signed-rank";
  data: string;
  alternative: Alternative;
  correct: boolean;
  mu: number;
  statistic?: RValue;
  pValue?: RValue;
  method?: string;
  error?: string;
}

const fixture = loadFixture<RankCase>("rank-tests");
const DEGENERATE = new Set(["all tied", "all zero differences"]);
const data = (name: string) => {
  const d = fixture.datasets?.[name];
  if (!d) throw new Error(`no dataset ${name}`);
  return { x: d.x, y: d.y ?? [] };
};

// R's method strings, as our `method` field names them.
function methodOf(r: string): string {
  if (r.includes("exact")) return "exact";
  return r.includes("continuity correction")
    ? "normal approximation, continuity corrected"
    : "normal approximation";
}

describe("Wilcoxon tests against R's wilcox.test (exact = NULL)", () => {
  for (const kind of ["rank-sum", "signed-rank"] as const) {
    it(`${kind}: W / V, p-value and the method R chose`, () => {
      const cases = fixture.cases.filter((c) => c.kind === kind);
      expect(cases.length).toBeGreaterThan(20);
      for (const c of cases) {
        const { x, y } = data(c.data);
        const label = `${kind} ${c.data} ${c.alternative} correct=${c.correct} mu=${c.mu}`;
        const options = { alternative: c.alternative, correct: c.correct, mu: c.mu };
        const r =
          kind === "rank-sum" ? wilcoxonRankSumTest(x, y, options) : wilcoxonSignedRankTest(x, y, options);
        if (DEGENERATE.has(c.data) && c.mu === 0) {
          // The variance of the statistic is 0: R prints NaN, or 1 when the correction makes z
          // = −0.5 / 0 = −∞. Neither is an answer.
          expect(r.ok ? null : r.reason, `${label}: R gives ${c.error ?? c.pValue}`).toMatch(
            /ALL_TIED|NO_CHANGE/,
          );
          continue;
        }
        if (!r.ok) throw new Error(`${label}: ${r.reason}`);
        expectClose(r.statistic, c.statistic, ESTIMATE, `Wilcoxon ${kind}: W / V`, label);
        expectClose(r.pValue, c.pValue, P_VALUE, `Wilcoxon ${kind}: p`, label);
        expect(r.method, label).toBe(methodOf(c.method ?? ""));
      }
    });
  }

  it("drops zero differences and says why the exact distribution was not used", () => {
    const r = wilcoxonSignedRankTest([5, 3, 4, 4, 2, 5, 3, 4], [4, 3, 2, 4, 1, 3, 3, 5]);
    if (!r.ok) throw new Error(r.reason);
    expect([r.n, r.zeros, r.approximationReason]).toEqual([5, 3, "zeros"]);
    const s = wilcoxonRankSumTest([1, 2, 3], [4, 5, 6, 7]);
    if (!s.ok) throw new Error(s.reason);
    expect([s.method, s.statistic, s.probabilityOfSuperiority]).toEqual(["exact", 0, 0]);
  });
});
