import { describe, expect, it } from "vitest";
import {
  breakEven,
  computeSroi,
  type SroiAssumption,
  type SroiModelInput,
  type SroiOutcomeInput,
} from "../src/sroi/index.ts";
import { percentile } from "../src/sroi/percentiles.ts";
import { SeededRandom } from "../src/sroi/prng.ts";

/**
 * Reference values computed by an independent tool (METHODS.md): the Python script at the end
 * of this file, with exact rational arithmetic for present values and ratios, SciPy's brentq
 * for the break-even values that need a root, NumPy's percentile (method "linear") and the
 * xoshiro128** authors' algorithm. Regenerate by saving the script and running it; paste its
 * JSON output below.
 */
const REFERENCE = {
  pv: {
    A: 15221.500780800527,
    "A-no-first-year-discount": 15754.253308128544,
    "A-drop-off-from-year-1": 13699.350702720474,
    "A-start-2": 14706.764039420797,
    B: 56389.24006631276,
    "B-r-0": 60752.25,
    "B-r-0.06-no-first-year-discount": 56786.91319958821,
  },
  ratio: {
    A: 1.5221500780800525,
    "A-no-first-year-discount": 1.5754253308128545,
    "A-drop-off-from-year-1": 1.3699350702720474,
    "A-start-2": 1.4706764039420799,
    B: 2.359530517242202,
    "B-r-0": 2.54209469213549,
    "B-r-0.06-no-first-year-discount": 2.376170604832446,
    D: 1.2530942236958391,
    C: 1.0872500557714662,
  },
  breakEven: {
    "D:diet:Q": 23.628128595910873,
    "D:diet:P": 265.8164467039973,
    "D:isolation:DW": 0.642764767757523,
    "D:isolation:DS": 0.4896639539393185,
    "D:diet:AT": 0.46836710659200537,
    "D:home-help:AT": 1.6884774437422676,
    "D:r": 0.1512282980063646,
    "D:diet:DO": 0.6829284806867687,
    "D:isolation:DO": null,
    "D:diet:L": 1.5177576942618292,
    "C:a:L": 2.7213375,
    "C:r": 0.0817731082363177,
  },
  percentiles: {
    "5": 0.6,
    "25": 1.025,
    "50": 1.9,
    "75": 2.8,
    "95": 4.45,
  },
  xoshiro128ss: {
    "0": [3809008728, 1133695204, 53579671, 2891528803, 139681546],
    "42": [2837322924, 544945897, 479756282, 3500138142, 339756180],
    "4294967295": [835879718, 1921286648, 2356205009, 1885780724, 980451116],
  },
} as const;

const fraction = (value: number) => ({ value, justification: "reference" });

interface Row {
  id: string;
  Q: number;
  P: number;
  DW: number;
  DS: number;
  AT: number;
  DO: number;
  L: number;
  start: 1 | 2;
}

function outcome(o: Row): SroiOutcomeInput {
  return {
    id: o.id,
    stakeholder: "s",
    outcome: o.id,
    indicator: { label: o.id },
    quantity: o.Q,
    duration: o.L,
    start: o.start,
    proxy: { value: o.P, year: 2024, source: "reference" },
    deadweight: fraction(o.DW),
    displacement: fraction(o.DS),
    attribution: fraction(o.AT),
    dropOff: fraction(o.DO),
  };
}

const rowA: Row = { id: "a", Q: 10, P: 1000, DW: 0.2, DS: 0, AT: 0.25, DO: 0.1, L: 3, start: 1 };
const rowsB: Row[] = [
  { id: "diet", Q: 40, P: 450, DW: 0.25, DS: 0, AT: 0.1, DO: 0.2, L: 3, start: 1 },
  { id: "isolation", Q: 25, P: 1200, DW: 0.3, DS: 0, AT: 0.2, DO: 0.5, L: 2, start: 2 },
  { id: "home-help", Q: 10, P: 800, DW: 0.5, DS: 0.1, AT: 0.4, DO: 0.25, L: 4, start: 2 },
];
const inputs = (...values: string[]) =>
  values.map((value, i) => ({ label: `i${i}`, stakeholder: "f", value }));

const A: SroiModelInput = { inputs: inputs("10000"), outcomes: [outcome(rowA)], discountRate: 0.035 };
const B: SroiModelInput = {
  inputs: inputs("15000.00", "7500.50", "1398.00"),
  outcomes: rowsB.map(outcome),
  discountRate: 0.035,
};
const C: SroiModelInput = { ...A, inputs: inputs("14000") };
const D: SroiModelInput = { ...B, inputs: inputs("45000.00") };

const MODELS: Record<keyof typeof REFERENCE.pv, SroiModelInput> = {
  A,
  "A-no-first-year-discount": { ...A, conventions: { discountFirstYear: false } },
  "A-drop-off-from-year-1": { ...A, conventions: { dropOffStartsYear: 1 } },
  "A-start-2": { ...A, outcomes: [outcome({ ...rowA, start: 2 })] },
  B,
  "B-r-0": { ...B, discountRate: 0 },
  "B-r-0.06-no-first-year-discount": { ...B, discountRate: 0.06, conventions: { discountFirstYear: false } },
};

const relative = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe("SROI against the independent reference", () => {
  for (const [name, model] of Object.entries(MODELS)) {
    it(`${name}: PV and ratio to 1e-12 relative`, () => {
      const output = computeSroi(model);
      if (!output.ok) throw new Error(JSON.stringify(output.issues));
      const key = name as keyof typeof REFERENCE.pv;
      expect(relative(output.result.presentValue, REFERENCE.pv[key])).toBeLessThan(1e-12);
      expect(relative(output.result.ratio ?? 0, REFERENCE.ratio[key])).toBeLessThan(1e-12);
    });
  }

  const PARAMETERS = {
    Q: "quantity",
    P: "proxy",
    DW: "deadweight",
    DS: "displacement",
    AT: "attribution",
    DO: "dropOff",
    L: "duration",
  } as const;
  const cases: Array<[string, SroiModelInput, SroiAssumption, number | null]> = [
    ...Object.entries(REFERENCE.breakEven).map(
      ([key, expected]): [string, SroiModelInput, SroiAssumption, number | null] => {
        const [modelName, outcomeId, parameter] = key.split(":") as [string, string, string | undefined];
        const model = modelName === "C" ? C : D;
        const assumption: SroiAssumption =
          outcomeId === "r"
            ? { parameter: "discountRate" }
            : { parameter: PARAMETERS[parameter as keyof typeof PARAMETERS], outcomeId };
        return [key, model, assumption, expected];
      },
    ),
  ];
  for (const [key, model, assumption, expected] of cases) {
    it(`break-even ${key}`, () => {
      const output = breakEven(model, { assumptions: [assumption] });
      if (!output.ok) throw new Error(JSON.stringify(output.issues));
      const [entry] = output.result.entries;
      const inDomain =
        expected !== null && expected >= (entry?.domain.min ?? 0) && expected <= (entry?.domain.max ?? 0);
      if (!inDomain) {
        expect(entry?.status).toBe("unreachable");
        return;
      }
      expect(entry?.status).toBe("found");
      expect(relative(entry?.value ?? 0, expected)).toBeLessThan(1e-9);
    });
  }

  it("percentiles match NumPy's linear method", () => {
    const sample = Float64Array.from([3.2, 0.7, 1.9, 2.4, 1.1, 0.95, 5.0, 2.2, 1.4, 3.9, 0.5]).sort();
    for (const [p, expected] of Object.entries(REFERENCE.percentiles))
      expect(percentile(sample, Number(p))).toBeCloseTo(expected, 12);
  });

  it("xoshiro128** matches the reference algorithm for the same seeds", () => {
    for (const [seed, expected] of Object.entries(REFERENCE.xoshiro128ss)) {
      const rng = new SeededRandom(Number(seed));
      expect(Array.from({ length: 5 }, () => rng.nextUint32())).toEqual(expected);
    }
  });

  it("fill() continues the same sequence as next(), as Monte Carlo uses it", () => {
    const one = new SeededRandom(42);
    const block = new SeededRandom(42);
    const out = new Float64Array(3);
    block.fill(out);
    const expected = REFERENCE.xoshiro128ss["42"].map((x) => x / 2 ** 32);
    expect([...out]).toEqual(expected.slice(0, 3));
    expect([one.next(), one.next(), one.next(), one.next()]).toEqual(expected.slice(0, 4));
    expect(block.next()).toBe(expected[3]);
  });
});

// REFERENCE was produced by fixtures/sroi/reference.py (Python 3, NumPy, SciPy), independent of the engine.
