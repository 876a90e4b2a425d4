import { type SroiIssue, sroiError } from "./issues.ts";

/** The path of the first number that is NaN or ±Infinity in a result tree, or null. */
export function firstNonFinitePath(value: unknown, path = ""): string | null {
  if (typeof value === "number") return Number.isFinite(value) ? null : path || "(result)";
  if (value === null || typeof value !== "object") return null;
  for (const [key, child] of Object.entries(value)) {
    const found = firstNonFinitePath(child, path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The last line of defence behind the model's bounds: a result that would carry NaN or
 * Infinity is replaced by an error naming where it appeared, so it can never reach a report.
 */
export function nonFiniteIssue(result: unknown): SroiIssue | null {
  const path = firstNonFinitePath(result);
  if (path === null) return null;
  return sroiError("NOT_FINITE", path, {
    fr: `Le calcul a produit une valeur non finie (${path}) ; vérifiez les ordres de grandeur du modèle.`,
    en: `The calculation produced a non-finite value (${path}); check the model's orders of magnitude.`,
  });
}
