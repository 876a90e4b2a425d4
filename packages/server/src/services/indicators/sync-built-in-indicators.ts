import { type Db, indicatorDefinitions, indicatorVersions } from "@ricochet/db";
import { BUILT_IN_INDICATORS, type IndicatorContent } from "@ricochet/domain";
import { and, eq, isNull } from "drizzle-orm";
import { newId } from "../new-id.ts";
import { insertIndicator, versionColumns } from "./write-indicator.ts";

/** Key order does not matter when comparing two stored contents. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Brings the public built-in library in line with the code: new definitions are added, changed
 * ones get a new version (evaluations keep theirs and are offered the upgrade). Idempotent; run
 * at every start after the migrations.
 */
export async function syncBuiltInIndicators(
  db: Db,
  builtIns: readonly IndicatorContent[] = BUILT_IN_INDICATORS,
) {
  return db.transaction(async (tx) => {
    const existing = await tx
      .select({ definition: indicatorDefinitions, version: indicatorVersions })
      .from(indicatorDefinitions)
      .innerJoin(
        indicatorVersions,
        and(
          eq(indicatorVersions.definitionId, indicatorDefinitions.id),
          eq(indicatorVersions.version, indicatorDefinitions.currentVersion),
        ),
      )
      .where(and(eq(indicatorDefinitions.builtIn, true), isNull(indicatorDefinitions.organisationId)));
    const byCode = new Map(existing.map((row) => [row.definition.code, row]));
    const now = new Date();
    let added = 0;
    let updated = 0;
    for (const content of builtIns) {
      const row = byCode.get(content.code);
      if (!row) {
        await insertIndicator(tx, {
          organisationId: null,
          scope: "public",
          builtIn: true,
          content,
          userId: null,
          now,
        });
        added++;
        continue;
      }
      const columns = versionColumns(content);
      if (canonical(columns.content) === canonical(row.version.content)) continue;
      const version = row.definition.currentVersion + 1;
      await tx.insert(indicatorVersions).values({
        id: newId(),
        definitionId: row.definition.id,
        version,
        ...columns,
        changeNote: "Mise à jour de la bibliothèque Ricochet / Ricochet library update",
        createdAt: now,
      });
      await tx
        .update(indicatorDefinitions)
        .set({ currentVersion: version, updatedAt: now })
        .where(eq(indicatorDefinitions.id, row.definition.id));
      updated++;
    }
    return { added, updated };
  });
}
