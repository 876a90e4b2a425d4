import { organisations } from "@ricochet/db";
import { ancestorIds } from "@ricochet/domain";
import { asc, inArray } from "drizzle-orm";
import { authorize } from "../authorize.ts";
import type { ServiceContext } from "../context.ts";
import { type OrganisationView, toOrganisationView } from "./organisation-view.ts";
import { inSubtree } from "./tree-queries.ts";

export interface OrganisationTree {
  /** From the root down to the parent: a breadcrumb (names and kinds only). */
  ancestors: Pick<OrganisationView, "id" | "name" | "kind">[];
  /** The organisation and all its descendants, flat, in tree order; `parentId` nests them. */
  nodes: OrganisationView[];
}

export async function getOrganisationTree(
  ctx: ServiceContext,
  organisationId: string,
): Promise<OrganisationTree> {
  const { organisation } = await authorize(ctx.db, ctx.actor, organisationId, "organisation.read");
  const [nodes, ancestors] = await Promise.all([
    ctx.db.select().from(organisations).where(inSubtree(organisation.path)).orderBy(asc(organisations.path)),
    ancestorIds(organisation.path).length
      ? ctx.db
          .select({
            id: organisations.id,
            name: organisations.name,
            kind: organisations.kind,
            depth: organisations.depth,
          })
          .from(organisations)
          .where(inArray(organisations.id, ancestorIds(organisation.path)))
      : Promise.resolve([]),
  ]);
  return {
    ancestors: ancestors.sort((a, b) => a.depth - b.depth).map(({ id, name, kind }) => ({ id, name, kind })),
    nodes: nodes.map(toOrganisationView),
  };
}
