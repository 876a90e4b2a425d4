import { AppError } from "@ricochet/domain";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorize } from "../authorize.ts";
import type { ServiceContext } from "../context.ts";
import { moveSubtree } from "./move-subtree.ts";
import { type OrganisationView, toOrganisationView } from "./organisation-view.ts";
import { countSubtree } from "./tree-queries.ts";

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
    const summary = { name: moved.name, from: previousParentId, to: parentId, subtreeSize };
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
