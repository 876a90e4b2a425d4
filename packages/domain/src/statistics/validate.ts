import { ALTERNATIVES, type Alternative, type CannotCompute, cannotCompute } from "./stat-result.ts";

// Each check returns the reason to refuse, or null; callers chain them with `??`.

export function checkSample(values: readonly number[], name: string): CannotCompute | null {
  if (!Array.isArray(values)) return cannotCompute("NOT_A_NUMBER", { name });
  for (const v of values)
    if (typeof v !== "number" || !Number.isFinite(v)) return cannotCompute("NOT_A_NUMBER", { name });
  return null;
}

export function checkSameLength(x: readonly number[], y: readonly number[]): CannotCompute | null {
  return x.length === y.length ? null : cannotCompute("LENGTH_MISMATCH", { sizes: [x.length, y.length] });
}

export function checkLevel(level: number): CannotCompute | null {
  return typeof level === "number" && level > 0 && level < 1
    ? null
    : cannotCompute("INVALID_OPTION", { name: "level" });
}

export function checkAlternative(alternative: Alternative): CannotCompute | null {
  return ALTERNATIVES.includes(alternative) ? null : cannotCompute("INVALID_OPTION", { name: "alternative" });
}

export function checkFinite(value: number, name: string): CannotCompute | null {
  return typeof value === "number" && Number.isFinite(value)
    ? null
    : cannotCompute("INVALID_OPTION", { name });
}

export function checkProbability(value: number, name: string): CannotCompute | null {
  return typeof value === "number" && value > 0 && value < 1
    ? null
    : cannotCompute("INVALID_OPTION", { name });
}

export function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/** A table of counts with at least 2 rows and 2 columns, all rows the same length. */
export function checkTable(
  table: readonly (readonly number[])[],
  shape: "2x2" | "rxc",
): CannotCompute | null {
  if (!Array.isArray(table) || table.length < 2) return cannotCompute("INVALID_TABLE", { shape });
  const width = table[0]?.length ?? 0;
  if (width < 2) return cannotCompute("INVALID_TABLE", { shape });
  if (shape === "2x2" && (table.length !== 2 || width !== 2))
    return cannotCompute("INVALID_TABLE", { shape });
  for (const row of table) {
    if (!Array.isArray(row) || row.length !== width) return cannotCompute("INVALID_TABLE", { shape });
    for (const cell of row) if (!isCount(cell)) return cannotCompute("INVALID_COUNT");
  }
  return null;
}
