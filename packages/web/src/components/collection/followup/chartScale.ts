// The arithmetic of the cumulative answers chart, kept apart from the drawing to be tested.

const DAY = 86_400_000;

const STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** A round top for the vertical axis, at least the largest value and not much above it. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  // Small counts: whole numbers only.
  if (value <= 10) return Math.ceil(value);
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of STEPS) if (step * magnitude >= value) return Math.round(step * magnitude * 1e6) / 1e6;
  return 10 * magnitude;
}

/** Ticks of the vertical axis: 0, the middle and the top (whole numbers only). */
export function yTicks(max: number): number[] {
  const middle = max / 2;
  return Number.isInteger(middle) ? [0, middle, max] : [0, max];
}

export interface ChartPoint {
  date: string;
  cumulative: number;
}

export interface Plotted {
  x: number;
  y: number;
  point: ChartPoint;
}

/**
 * Points placed on a `width` × `height` drawing area: dates proportional to time, the first day
 * on the left, the last on the right (a single day in the middle).
 */
export function plot(points: readonly ChartPoint[], width: number, height: number, max: number): Plotted[] {
  if (points.length === 0) return [];
  const times = points.map((p) => Date.parse(`${p.date}T12:00:00Z`));
  const first = times[0] ?? 0;
  const span = Math.max((times.at(-1) ?? first) - first, DAY);
  return points.map((point, i) => ({
    x: points.length === 1 ? width / 2 : (((times[i] ?? first) - first) / span) * width,
    y: height - (point.cumulative / max) * height,
    point,
  }));
}

/** A staircase through the points (the total only changes on the days answers arrive), from 0. */
export function stepPath(plotted: readonly Plotted[], height: number): string {
  const [start, ...rest] = plotted;
  if (!start) return "";
  let d = `M ${start.x.toFixed(1)} ${height} V ${start.y.toFixed(1)}`;
  for (const p of rest) d += ` H ${p.x.toFixed(1)} V ${p.y.toFixed(1)}`;
  return d;
}
