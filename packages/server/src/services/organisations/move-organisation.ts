import { AppError } from "@ricochet/domain";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorize } from "../authorize.ts";
import type { ServiceContext } from "../context.ts";
import { moveSubtree } from "./move-subtree.ts";
import { type OrganisationView, toOrganisationView } from "./organisation-view.ts";
import { countSubtree, organisationNames } from "./tree-queries.ts";

/**
 * Moves an organisation, with everything below it, under another parent (or to the root).
 * The actor must administer the tree at both ends: the organisation and its new parent.
 */
export async function moveOrganisation(
  ctx: ServiceContext,
  organisationId: string,
  parentId: string | null,
): Promise<OrganisationView> {
  return ctx.db.transaction(async (tx) => {
    const { organisation } = await authorize(tx, ctx.actor, organisationId, "tree.manage");
    if (parentId) {
      if (parentId === organisationId) {
        throw new AppError("TREE_CYCLE", { parent: organisation.name, organisation: organisation.name });
      }
      await authorize(tx, ctx.actor, parentId, "tree.manage");
    }
    const previousParentId = organisation.parentId;
    const moved = await moveSubtree(tx, organisationId, parentId);
    const subtreeSize = await countSubtree(tx, moved.path);
    const names = await organisationNames(tx, [previousParentId, parentId]);
    const summary = {
      name: moved.name,
      from: previousParentId,
      fromName: previousParentId ? (names.get(previousParentId) ?? null) : null,
      to: parentId,
      toName: parentId ? (names.get(parentId) ?? null) : null,
      subtreeSize,
    };
    for (const orgId of new Set([organisationId, previousParentId, parentId])) {
      if (!orgId) continue;
      await recordAuditEvent(tx, ctx.actor, {
        organisationId: orgId,
        action: "organisation.moved",
        targetType: "organisation",
        targetId: organisationId,
        summary,
      });
    }
    return toOrganisationView(moved);
  });
}
