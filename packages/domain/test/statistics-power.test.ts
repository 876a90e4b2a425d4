import { describe, expect, it } from "vitest";
import {
  type PowerAlternative,
  proportionsPower,
  proportionsSampleSize,
  tTestPower,
  tTestSampleSize,
} from "../src/statistics/index.ts";
import { ESTIMATE, expectClose, loadFixture } from "./fixtures/statistics/compare.ts";

interface PowerCase {
  kind: "t-power" | "t-n" | "prop-power" | "prop-n";
  type?: "two.sample" | "one.sample" | "paired";
  alternative: PowerAlternative;
  delta?: number;
  sd?: number;
  p1?: number;
  p2?: number;
  sigLevel: number;
  n?: number;
  power?: number;
  error?: string;
}

const fixture = loadFixture<PowerCase>("power");
const TYPES = { "two.sample": "two-sample", "one.sample": "one-sample", paired: "paired" } as const;
const label = (c: PowerCase) => JSON.stringify(c);

describe("power and sample size against R's power.t.test and power.prop.test", () => {
  it("t-test power for a given n (noncentral t, strict = FALSE)", () => {
    for (const c of fixture.cases.filter((k) => k.kind === "t-power")) {
      const r = tTestPower(c.n ?? 0, {
        delta: c.delta ?? 0,
        sd: c.sd,
        sigLevel: c.sigLevel,
        type: TYPES[c.type ?? "two.sample"],
        alternative: c.alternative,
      });
      if (!r.ok) throw new Error(`${label(c)}: ${r.reason}`);
      expectClose(r.power, c.power, ESTIMATE, "power.t.test: power", label(c));
    }
  });

  it("t-test sample size for a given power (R's uniroot steps and tolerance)", () => {
    for (const c of fixture.cases.filter((k) => k.kind === "t-n")) {
      const r = tTestSampleSize(c.power ?? 0, {
        delta: c.delta ?? 0,
        sd: c.sd,
        sigLevel: c.sigLevel,
        type: TYPES[c.type ?? "two.sample"],
        alternative: c.alternative,
      });
      if (!r.ok) throw new Error(`${label(c)}: ${r.reason}`);
      if ((c.n ?? 0) < 2) {
        // R extrapolates below 2 answers; we stop at the smallest n a t-test can use.
        expect([r.n, r.atMinimum], label(c)).toEqual([2, true]);
        continue;
      }
      expectClose(r.n, c.n, ESTIMATE, "power.t.test: n", label(c));
      expect(r.nRequired).toBe(Math.ceil(c.n ?? 0));
      expect(r.powerAtRequired).toBeGreaterThanOrEqual((c.power ?? 0) - 1e-12);
    }
  });

  it("two-proportion power for a given n", () => {
    for (const c of fixture.cases.filter((k) => k.kind === "prop-power")) {
      const r = proportionsPower(c.n ?? 0, {
        p1: c.p1 ?? 0,
        p2: c.p2 ?? 0,
        sigLevel: c.sigLevel,
        alternative: c.alternative,
      });
      if (!r.ok) throw new Error(`${label(c)}: ${r.reason}`);
      expectClose(r.power, c.power, ESTIMATE, "power.prop.test: power", label(c));
    }
  });

  it("two-proportion sample size for a given power", () => {
    for (const c of fixture.cases.filter((k) => k.kind === "prop-n")) {
      const r = proportionsSampleSize(c.power ?? 0, {
        p1: c.p1 ?? 0,
        p2: c.p2 ?? 0,
        sigLevel: c.sigLevel,
        alternative: c.alternative,
      });
      if (!r.ok) throw new Error(`${label(c)}: ${r.reason}`);
      if ((c.n ?? 0) < 1) {
        expect([r.n, r.atMinimum], label(c)).toEqual([1, true]);
        continue;
      }
      expectClose(r.n, c.n, ESTIMATE, "power.prop.test: n", label(c));
    }
  });

  it("answers the classic example: 64 per group for d = 0.5, power 80 %", () => {
    const r = tTestSampleSize(0.8, { delta: 0.5 });
    if (!r.ok) throw new Error(r.reason);
    expect(r.nRequired).toBe(64);
    expect(r.n).toBeCloseTo(63.76576, 4);
  });

  it("refuses to size a study for a difference of zero", () => {
    const r = tTestSampleSize(0.8, { delta: 0 });
    expect(r.ok ? null : r.reason).toBe("NOTHING_TO_DETECT");
    const p = proportionsSampleSize(0.8, { p1: 0.3, p2: 0.3 });
    expect(p.ok ? null : p.reason).toBe("NOTHING_TO_DETECT");
  });
});
