import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runSroiRequest } from "../src/index.ts";

const example = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../../../docs/examples/sroi-request.json"), "utf8"),
) as { model: unknown; monteCarlo: unknown };

describe("an SROI request (the CLI's and the API's file)", () => {
  it("runs the documented example: ratio, one-way, break-even and a reproducible Monte Carlo", () => {
    const first = runSroiRequest(example);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.report.sroi.ratio).toBeGreaterThan(1);
    expect(first.report.oneWay?.bars.length).toBeGreaterThan(0);
    expect(first.report.breakEven).not.toBeNull();
    expect(first.report.monteCarlo?.seed).toBe(2026);
    const again = runSroiRequest(example);
    expect(again.ok && again.report.monteCarlo?.percentiles).toEqual(first.report.monteCarlo?.percentiles);
  });

  it("accepts a bare impact map, and refuses a broken one with every problem and its path", () => {
    const bare = runSroiRequest(example.model);
    expect(bare.ok).toBe(true);
    if (bare.ok) expect(bare.report.monteCarlo).toBeNull();
    const broken = runSroiRequest({ model: { inputs: [], outcomes: [{ id: "x" }] } });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.issues.map((i) => i.path)).toContain("outcomes.0.quantity");
  });
});
