import { type Db, indicatorDefinitions, indicatorVersions, organisations } from "@ricochet/db";
import {
  AppError,
  contentWithoutCode,
  findCodeConflict,
  type IndicatorContent,
  type IndicatorScope,
} from "@ricochet/domain";
import { eq, or } from "drizzle-orm";
import { newId } from "../new-id.ts";
import { loadViewer, ownedBelow, visibleTo } from "./indicator-visibility.ts";

/** The columns of a version that search and filters use, next to the whole content. */
export function versionColumns(content: IndicatorContent) {
  const stored = contentWithoutCode(content);
  return {
    content: { ...stored, tagsText: content.tags.join(" ") },
    nameFr: content.name.fr,
    nameEn: content.name.en,
    sectors: content.sectors,
    impDimension: content.impDimension,
    type: content.type,
  };
}

/**
 * Refuses a code that the owner already sees, or — for a definition shared with the network —
 * that an organisation below already uses: one code, one indicator, wherever it is visible.
 */
export async function assertCodeFree(
  tx: Db,
  owner: { organisationId: string; path: string },
  code: string,
  scope: IndicatorScope,
  exceptId?: string,
): Promise<void> {
  const viewer = await loadViewer(tx, owner.organisationId);
  const candidates = await tx
    .select({
      id: indicatorDefinitions.id,
      code: indicatorDefinitions.code,
      scope: indicatorDefinitions.scope,
      organisationId: indicatorDefinitions.organisationId,
      ownerName: organisations.name,
    })
    .from(indicatorDefinitions)
    .leftJoin(organisations, eq(organisations.id, indicatorDefinitions.organisationId))
    .where(scope === "network" ? or(visibleTo(viewer), ownedBelow(owner.path)) : visibleTo(viewer));
  const clash = findCodeConflict(
    code,
    candidates.filter((c) => c.id !== exceptId),
  );
  if (clash) {
    const found = candidates.find((c) => c.code === clash.code);
    throw new AppError("INDICATOR_CODE_TAKEN", { code, owner: found?.ownerName ?? "Ricochet" });
  }
}

/** Inserts a definition and its version 1. */
export async function insertIndicator(
  tx: Db,
  input: {
    organisationId: string | null;
    scope: IndicatorScope;
    builtIn: boolean;
    content: IndicatorContent;
    userId: string | null;
    now: Date;
  },
): Promise<string> {
  const id = newId();
  await tx.insert(indicatorDefinitions).values({
    id,
    code: input.content.code,
    scope: input.scope,
    organisationId: input.organisationId,
    builtIn: input.builtIn,
    currentVersion: 1,
    createdAt: input.now,
    updatedAt: input.now,
  });
  await tx.insert(indicatorVersions).values({
    id: newId(),
    definitionId: id,
    version: 1,
    ...versionColumns(input.content),
    createdByUserId: input.userId,
    createdAt: input.now,
  });
  return id;
}
