import type { Role } from "@ricochet/domain";
import type { OrganisationRow } from "../authorize.ts";

export interface OrganisationView {
  id: string;
  name: string;
  slug: string;
  kind: OrganisationRow["kind"];
  parentId: string | null;
  rootId: string;
  depth: number;
  sectorTags: string[];
  territory: string | null;
  createdAt: string;
  updatedAt: string;
}

export function toOrganisationView(row: OrganisationRow): OrganisationView {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    kind: row.kind,
    parentId: row.parentId,
    rootId: row.rootId,
    depth: row.depth,
    sectorTags: row.sectorTags,
    territory: row.territory,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export interface OrganisationWithAccess extends OrganisationView {
  /** The caller's own role, if a member. */
  myRole: Role | null;
  /** The strongest role the caller holds in an ancestor, if any. */
  inheritedRole: Role | null;
}
