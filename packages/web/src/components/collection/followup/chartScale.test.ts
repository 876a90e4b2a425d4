import { describe, expect, it } from "vitest";
import { niceMax, plot, stepPath, yTicks } from "./chartScale.ts";

describe("cumulative chart scale", () => {
  it("rounds the top of the axis up to a readable value", () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(7);
    expect(niceMax(7.35)).toBe(8);
    expect(niceMax(130)).toBe(150);
    expect(niceMax(120)).toBe(120);
    expect(niceMax(121)).toBe(150);
    expect(niceMax(24)).toBe(25);
    expect(niceMax(1)).toBe(1);
    expect(niceMax(3)).toBe(3);
    expect(niceMax(1.05)).toBe(2);
    expect(niceMax(12.6)).toBe(15);
    expect(yTicks(150)).toEqual([0, 75, 150]);
    expect(yTicks(25)).toEqual([0, 25]);
  });

  it("places days in proportion to time and draws a staircase from zero", () => {
    const plotted = plot(
      [
        { date: "2026-01-01", cumulative: 2 },
        { date: "2026-01-03", cumulative: 5 },
        { date: "2026-01-05", cumulative: 10 },
      ],
      100,
      50,
      10,
    );
    expect(plotted.map((p) => p.x)).toEqual([0, 50, 100]);
    expect(plotted.map((p) => p.y)).toEqual([40, 25, 0]);
    expect(stepPath(plotted, 50)).toBe("M 0.0 50 V 40.0 H 50.0 V 25.0 H 100.0 V 0.0");
    expect(plot([{ date: "2026-01-01", cumulative: 1 }], 100, 50, 2)[0]?.x).toBe(50);
    expect(stepPath([], 50)).toBe("");
  });
});
