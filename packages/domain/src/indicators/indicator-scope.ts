import type { IndicatorScope } from "./indicator-contract.ts";

export interface ScopedDefinition {
  code: string;
  scope: IndicatorScope;
  /** Owner organisation; null for built-in public definitions. */
  organisationId: string | null;
}

/**
 * Whether an organisation sees a definition: public ones are seen by all; a private one by its
 * owner only; a network one by its owner and every organisation below it in the tree.
 * `ancestorIds` are the viewer's ancestors, nearest last (from its materialised path).
 */
export function isIndicatorVisible(
  definition: Pick<ScopedDefinition, "scope" | "organisationId">,
  viewer: { organisationId: string; ancestorIds: readonly string[] },
): boolean {
  if (definition.scope === "public") return true;
  if (definition.organisationId === viewer.organisationId) return true;
  return (
    definition.scope === "network" &&
    definition.organisationId !== null &&
    viewer.ancestorIds.includes(definition.organisationId)
  );
}

/**
 * A new code must not collide with any definition its owner sees (public ones, its own, those
 * its ancestors share): within a scope, a code names one indicator. Returns the clash, if any.
 */
export function findCodeConflict(
  code: string,
  visible: readonly ScopedDefinition[],
): ScopedDefinition | undefined {
  const wanted = code.toUpperCase();
  return visible.find((d) => d.code.toUpperCase() === wanted);
}
