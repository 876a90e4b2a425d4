import { type Db, organisations } from "@ricochet/db";
import {
  AppError,
  canBePlacedUnder,
  childPath,
  depthOf,
  ORGANISATION_KIND_LABELS,
  rootIdOf,
  wouldCreateCycle,
} from "@ricochet/domain";
import { eq, inArray, sql } from "drizzle-orm";
import type { OrganisationRow } from "../authorize.ts";
import { inSubtree } from "./tree-queries.ts";

/**
 * Re-parents `organisationId` and rewrites the path, root and depth of its whole subtree in
 * one statement. Both rows are locked and re-read first, so two crossing moves cannot build
 * a loop. Must run inside a transaction; authorization is the caller's job.
 */
export async function moveSubtree(
  tx: Db,
  organisationId: string,
  parentId: string | null,
): Promise<OrganisationRow> {
  const ids = parentId ? [organisationId, parentId].sort() : [organisationId];
  const locked = await tx
    .select()
    .from(organisations)
    .where(inArray(organisations.id, ids))
    .orderBy(organisations.id)
    .for("update");
  const node = locked.find((r) => r.id === organisationId);
  const parent = parentId ? locked.find((r) => r.id === parentId) : undefined;
  if (!node || (parentId && !parent)) throw new AppError("ORGANISATION_NOT_FOUND");
  if (parentId === organisationId || (parent && wouldCreateCycle(node.path, parent.path))) {
    throw new AppError("TREE_CYCLE", { parent: parent?.name ?? node.name, organisation: node.name });
  }
  if (!canBePlacedUnder(node.kind, parent?.kind ?? null)) {
    throw new AppError("TREE_KIND_MISMATCH", {
      childKind: ORGANISATION_KIND_LABELS[node.kind],
      parentKind: parent
        ? ORGANISATION_KIND_LABELS[parent.kind]
        : { fr: "aucun (racine)", en: "none (root)" },
    });
  }
  const oldPath = node.path;
  const newPath = childPath(parent?.path ?? null, node.id);
  if (oldPath !== newPath) {
    const depthDelta = depthOf(newPath) - depthOf(oldPath);
    await tx
      .update(organisations)
      .set({
        path: sql`${newPath} || substr(${organisations.path}, ${oldPath.length + 1})`,
        rootId: rootIdOf(newPath),
        depth: sql`${organisations.depth} + ${depthDelta}`,
      })
      .where(inSubtree(oldPath));
  }
  const [moved] = await tx
    .update(organisations)
    .set({ parentId, updatedAt: new Date() })
    .where(eq(organisations.id, organisationId))
    .returning();
  if (!moved) throw new AppError("ORGANISATION_NOT_FOUND");
  return moved;
}
