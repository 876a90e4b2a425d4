import { describe, expect, it } from "vitest";
import {
  type Alternative,
  oneSampleTTest,
  pairedTTest,
  studentTTest,
  welchTTest,
} from "../src/statistics/index.ts";
import { ESTIMATE, expectClose, loadFixture, P_VALUE, type RValue } from "./fixtures/statistics/compare.ts";

interface TCase {
  kind: "welch" | "student" | "paired" | "one-sample";
  data: string;
  alternative: Alternative;
  level: number;
  mu: number;
  statistic?: RValue;
  df?: number;
  pValue?: RValue;
  confInt?: RValue[];
  estimate?: number[];
  stderr?: number;
  error?: string;
}

const fixture = loadFixture<TCase>("t-tests");
const data = (name: string) => {
  const d = fixture.datasets?.[name];
  if (!d) throw new Error(`no dataset ${name}`);
  return { x: d.x, y: d.y ?? [] };
};

function run(c: TCase) {
  const { x, y } = data(c.data);
  const options = { alternative: c.alternative, level: c.level, mu: c.mu };
  if (c.kind === "welch") return welchTTest(x, y, options);
  if (c.kind === "student") return studentTTest(x, y, options);
  if (c.kind === "paired") return pairedTTest(x, y, options);
  return oneSampleTTest(x, options);
}

describe("t-tests against R's t.test", () => {
  for (const kind of ["welch", "student", "paired", "one-sample"] as const) {
    it(`${kind}: statistic, df, p, interval, means and standard error`, () => {
      const cases = fixture.cases.filter((c) => c.kind === kind);
      expect(cases.length).toBeGreaterThan(10);
      for (const c of cases) {
        const label = `${kind} ${c.data} ${c.alternative} level=${c.level} mu=${c.mu}`;
        const result = run(c);
        if (c.error !== undefined) {
          expect(result.ok, `${label}: R stops with "${c.error}"`).toBe(false);
          continue;
        }
        if (typeof c.statistic !== "number") {
          // R lets zero variance with a zero mean through and prints NaN / Inf; we refuse.
          expect(result.ok ? null : result.reason, `${label}: R gives t = ${c.statistic}`).toBe(
            "NO_VARIATION",
          );
          continue;
        }
        const { x, y } = data(c.data);
        if (kind === "student" && (x.length < 2 || y.length < 2)) {
          // R pools the variance of the other group; one answer says nothing, so we refuse.
          expect(result.ok ? null : result.reason, label).toBe("TOO_FEW_ANSWERS");
          continue;
        }
        if (!result.ok) throw new Error(`${label}: ${result.reason}`);
        const family = `t-test ${kind}`;
        expectClose(result.statistic, c.statistic, ESTIMATE, `${family}: statistic, df, CI`, label);
        expectClose(result.df, c.df, ESTIMATE, `${family}: statistic, df, CI`, label);
        expectClose(result.pValue, c.pValue, P_VALUE, `${family}: p`, label);
        expectClose(
          result.confidenceInterval.lower,
          c.confInt?.[0],
          ESTIMATE,
          `${family}: statistic, df, CI`,
          label,
        );
        expectClose(
          result.confidenceInterval.upper,
          c.confInt?.[1],
          ESTIMATE,
          `${family}: statistic, df, CI`,
          label,
        );
        expectClose(result.standardError, c.stderr, ESTIMATE, `${family}: statistic, df, CI`, label);
        if (result.test === "paired") {
          expectClose(result.meanDifference, c.estimate?.[0], ESTIMATE, `${family}: means`, label);
        } else if (result.test === "one-sample") {
          expectClose(result.mean, c.estimate?.[0], ESTIMATE, `${family}: means`, label);
        } else {
          expectClose(result.x.mean, c.estimate?.[0], ESTIMATE, `${family}: means`, label);
          expectClose(result.y.mean, c.estimate?.[1], ESTIMATE, `${family}: means`, label);
        }
      }
    });
  }

  it("reports n, means and SDs per group", () => {
    const r = welchTTest([1, 2, 3, 4], [2, 4, 6]);
    if (!r.ok) throw new Error(r.reason);
    expect(r.x).toEqual({ n: 4, mean: 2.5, sd: Math.sqrt(5 / 3) });
    expect(r.y).toEqual({ n: 3, mean: 4, sd: 2 });
    expect(r.meanDifference).toBe(-1.5);
  });

  it("a one-sided test gives an interval open on one side", () => {
    const r = welchTTest([1, 2, 3, 4], [2, 4, 6], { alternative: "greater" });
    if (!r.ok) throw new Error(r.reason);
    expect(r.confidenceInterval.upper).toBeNull();
    expect(r.confidenceInterval.lower).toBeLessThan(r.meanDifference);
  });
});
