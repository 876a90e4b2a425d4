/** Roles from the most to the least powerful. */
export const ROLES = ["owner", "admin", "evaluator", "contributor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { fr: string; en: string }> = {
  owner: { fr: "Propriétaire", en: "Owner" },
  admin: { fr: "Administrateur·rice", en: "Administrator" },
  evaluator: { fr: "Évaluateur·rice", en: "Evaluator" },
  contributor: { fr: "Contributeur·rice", en: "Contributor" },
  viewer: { fr: "Lecteur·rice", en: "Viewer" },
};

/** True when `role` is at least as powerful as `minimum`. */
export function roleAtLeast(role: Role, minimum: Role): boolean {
  return ROLES.indexOf(role) <= ROLES.indexOf(minimum);
}

export function strongestRole(roles: Role[]): Role | undefined {
  return [...roles].sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b))[0];
}
