import type { Db } from "@ricochet/db";

/**
 * A question that carries framework criteria cannot be removed silently. The framework is
 * not stored yet, so every question is removable; the check lives here so that the scope
 * form and the framework share one rule when it is.
 */
export async function assertQuestionsRemovable(
  _tx: Db,
  _removed: ReadonlyArray<{ id: string; text: string }>,
): Promise<void> {}
