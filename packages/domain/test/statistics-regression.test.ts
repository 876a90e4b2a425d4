import { describe, expect, it } from "vitest";
import { differenceInDifferences, type OlsFit, ols } from "../src/statistics/index.ts";
import { ESTIMATE, expectClose, loadFixture, P_VALUE } from "./fixtures/statistics/compare.ts";

interface LmOutput {
  names?: string[];
  estimate?: number[];
  stdError?: number[];
  tValue?: number[];
  pValue?: number[];
  confLower?: number[];
  confUpper?: number[];
  rSquared?: number;
  adjRSquared?: number;
  sigma?: number;
  dfResidual?: number;
  fStatistic?: { value: number; numdf: number; dendf: number; pValue: number };
  error?: string;
  warnings: string[];
}

interface OlsCase extends LmOutput {
  kind: "ols";
  name: string;
  y: number[];
  columns: { name: string; values: number[] }[];
  intercept: boolean;
  level: number;
}

interface DidCase extends LmOutput {
  kind: "did";
  name: string;
  y: number[];
  treated: number[];
  post: number[];
  level: number;
}

const fixture = loadFixture<OlsCase | DidCase>("regression");

function compareFit(fit: OlsFit, c: LmOutput, label: string) {
  const f = fit;
  expect(
    fit.coefficients.map((k) => k.name),
    label,
  ).toEqual(c.names);
  fit.coefficients.forEach((k, i) => {
    const at = `${label} ${k.name}`;
    expectClose(k.estimate, c.estimate?.[i], ESTIMATE, "OLS: coefficients, SE, t, CI", at);
    expectClose(k.standardError, c.stdError?.[i], ESTIMATE, "OLS: coefficients, SE, t, CI", at);
    expectClose(k.statistic, c.tValue?.[i], ESTIMATE, "OLS: coefficients, SE, t, CI", at);
    expectClose(k.pValue, c.pValue?.[i], P_VALUE, "OLS: p (t and F)", at);
    expectClose(k.confidenceInterval.lower, c.confLower?.[i], ESTIMATE, "OLS: coefficients, SE, t, CI", at);
    expectClose(k.confidenceInterval.upper, c.confUpper?.[i], ESTIMATE, "OLS: coefficients, SE, t, CI", at);
  });
  expectClose(f.rSquared, c.rSquared, ESTIMATE, "OLS: R², adjusted R², sigma, F", label);
  expectClose(f.adjustedRSquared, c.adjRSquared, ESTIMATE, "OLS: R², adjusted R², sigma, F", label);
  expectClose(f.residualStandardError, c.sigma, ESTIMATE, "OLS: R², adjusted R², sigma, F", label);
  expect(f.dfResidual).toBe(c.dfResidual);
  if (c.fStatistic) {
    expectClose(f.fStatistic?.value, c.fStatistic.value, ESTIMATE, "OLS: R², adjusted R², sigma, F", label);
    expect([f.fStatistic?.numeratorDf, f.fStatistic?.denominatorDf]).toEqual([
      c.fStatistic.numdf,
      c.fStatistic.dendf,
    ]);
    expectClose(f.fStatistic?.pValue, c.fStatistic.pValue, P_VALUE, "OLS: p (t and F)", label);
  } else {
    expect(f.fStatistic, label).toBeNull();
  }
}

describe("OLS against R's summary(lm(…))", () => {
  it("coefficients, standard errors, t, p, intervals, R², adjusted R², sigma and F", () => {
    for (const c of fixture.cases.filter((k): k is OlsCase => k.kind === "ols")) {
      const label = `${c.name} intercept=${c.intercept} level=${c.level}`;
      const r = ols(c.y, c.columns, { intercept: c.intercept, level: c.level });
      if (c.error !== undefined) {
        expect(r.ok ? null : r.reason, `${label}: R: ${c.error}`).toBe("REDUNDANT_VARIABLE");
        continue;
      }
      if (c.warnings.some((w) => w.includes("perfect fit"))) {
        expect(r.ok ? null : r.reason, `${label}: R warns of a perfect fit`).toBe("PERFECT_FIT");
        continue;
      }
      if (!r.ok) throw new Error(`${label}: ${r.reason}`);
      compareFit(r, c, label);
    }
  });

  it("names the redundant variable", () => {
    const r = ols(
      [1, 3, 2, 5, 4, 6],
      [
        { name: "x1", values: [1, 2, 3, 4, 5, 6] },
        { name: "x2", values: [2, 4, 6, 8, 10, 12] },
      ],
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.fr).toContain("«\u00a0x2\u00a0»");
  });
});

describe("difference-in-differences against lm(y ~ treated + post + treated:post)", () => {
  it("the interaction estimate with its SE, p and interval, and the whole model", () => {
    for (const c of fixture.cases.filter((k): k is DidCase => k.kind === "did")) {
      const label = `${c.name} level=${c.level}`;
      const r = differenceInDifferences(
        { outcome: c.y, treated: c.treated.map((v) => v === 1), post: c.post.map((v) => v === 1) },
        { level: c.level },
      );
      if (c.error !== undefined) {
        expect(r.ok ? null : r.reason, `${label}: R: ${c.error}`).toBe("EMPTY_DID_GROUP");
        continue;
      }
      if (!r.ok) throw new Error(`${label}: ${r.reason}`);
      compareFit(r.model, c, label);
      expectClose(r.estimate, c.estimate?.[3], ESTIMATE, "DiD: interaction and CI", label);
      expectClose(r.confidenceInterval.lower, c.confLower?.[3], ESTIMATE, "DiD: interaction and CI", label);
      expectClose(r.confidenceInterval.upper, c.confUpper?.[3], ESTIMATE, "DiD: interaction and CI", label);
      expectClose(r.pValue, c.pValue?.[3], P_VALUE, "DiD: p", label);
      const { treatedAfter, treatedBefore, controlAfter, controlBefore } = r.cells;
      const fromMeans = treatedAfter.mean - treatedBefore.mean - (controlAfter.mean - controlBefore.mean);
      expectClose(
        fromMeans,
        c.estimate?.[3],
        ESTIMATE,
        "DiD: interaction and CI",
        `${label} from cell means`,
      );
    }
  });
});
