import { describe, expect, it } from "vitest";
import { cohensD, hedgesCorrection, hedgesG, pairedDz } from "../src/statistics/index.ts";
import { ESTIMATE, expectClose, loadFixture, type RValue } from "./fixtures/statistics/compare.ts";

interface EffectCase {
  kind: "two-sample" | "paired";
  data: string;
  level: number;
  d?: number;
  dConfInt?: RValue[];
  g?: number;
  gConfInt?: RValue[];
  j?: number;
  pooledSd?: number;
  dz?: number;
  dzConfInt?: RValue[];
  df?: number;
  error?: string;
}

const fixture = loadFixture<EffectCase>("effect-sizes");
const data = (name: string) => {
  const d = fixture.datasets?.[name];
  if (!d) throw new Error(`no dataset ${name}`);
  return { x: d.x, y: d.y ?? [] };
};

// ConfidenceInterval bounds come from a root search on the noncentral t at 1e-13 on both sides; bounds
// near 0 are compared absolutely.
const BOUND = { rel: 1e-9, abs: 1e-11 };

describe("effect sizes against the R definitions (noncentral t intervals)", () => {
  it("Cohen's d and Hedges' g with their intervals", () => {
    for (const c of fixture.cases.filter((k) => k.kind === "two-sample")) {
      const { x, y } = data(c.data);
      const label = `${c.data} level=${c.level}`;
      const d = cohensD(x, y, { level: c.level });
      const g = hedgesG(x, y, { level: c.level });
      if (c.error !== undefined) {
        expect(d.ok, label).toBe(false);
        expect(g.ok, label).toBe(false);
        continue;
      }
      if (!d.ok || !g.ok) throw new Error(`${label}: refused`);
      expectClose(d.estimate, c.d, ESTIMATE, "effect size d / g: estimate", label);
      expectClose(d.standardizer, c.pooledSd, ESTIMATE, "effect size d / g: estimate", label);
      expectClose(d.confidenceInterval.lower, c.dConfInt?.[0], BOUND, "effect size d / g: CI", label);
      expectClose(d.confidenceInterval.upper, c.dConfInt?.[1], BOUND, "effect size d / g: CI", label);
      expectClose(g.estimate, c.g, ESTIMATE, "effect size d / g: estimate", label);
      expectClose(g.correction, c.j, ESTIMATE, "effect size d / g: estimate", label);
      expectClose(g.confidenceInterval.lower, c.gConfInt?.[0], BOUND, "effect size d / g: CI", label);
      expectClose(g.confidenceInterval.upper, c.gConfInt?.[1], BOUND, "effect size d / g: CI", label);
      expect(d.intervalMethod).toBe("noncentral-t");
    }
  });

  it("paired d_z with its interval", () => {
    for (const c of fixture.cases.filter((k) => k.kind === "paired")) {
      const { x, y } = data(c.data);
      const label = `${c.data} level=${c.level}`;
      const dz = pairedDz(x, y, { level: c.level });
      if (c.error !== undefined) {
        expect(dz.ok, label).toBe(false);
        continue;
      }
      if (!dz.ok) throw new Error(`${label}: ${dz.reason}`);
      expectClose(dz.estimate, c.dz, ESTIMATE, "effect size d_z: estimate", label);
      expectClose(dz.confidenceInterval.lower, c.dzConfInt?.[0], BOUND, "effect size d_z: CI", label);
      expectClose(dz.confidenceInterval.upper, c.dzConfInt?.[1], BOUND, "effect size d_z: CI", label);
    }
  });

  it("labels sizes by Cohen's conventions and shrinks g towards 0", () => {
    const r = cohensD([5, 6, 7, 8, 9], [4, 5, 6, 7, 8]);
    if (!r.ok) throw new Error(r.reason);
    expect(r.estimate).toBeCloseTo(1 / Math.sqrt(2.5), 12);
    expect(r.magnitude).toBe("medium");
    expect(hedgesCorrection(8)).toBeLessThan(1);
    expect(hedgesCorrection(1e6)).toBeCloseTo(1, 5);
  });
});
