import type { Bilingual } from "../i18n/locale.ts";

export const ORGANISATION_KINDS = [
  "network",
  "regional_body",
  "structure",
  "establishment",
  "support_organisation",
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, Bilingual> = {
  network: { fr: "Réseau / tête de réseau", en: "Network" },
  regional_body: { fr: "Délégation régionale", en: "Regional body" },
  structure: { fr: "Structure", en: "Structure" },
  establishment: { fr: "Établissement", en: "Establishment" },
  support_organisation: { fr: "Structure d'accompagnement", en: "Support organisation" },
};

/**
 * Which kinds may sit directly under which. `null` means "at the root". A network can
 * federate networks; a structure may stand alone; an establishment always belongs to a structure.
 */
const ALLOWED_PARENTS: Record<OrganisationKind, ReadonlyArray<OrganisationKind | null>> = {
  network: [null, "network"],
  regional_body: ["network", "regional_body"],
  structure: [null, "network", "regional_body"],
  establishment: ["structure"],
  support_organisation: [null, "network", "regional_body"],
};

export function canBePlacedUnder(child: OrganisationKind, parent: OrganisationKind | null): boolean {
  return ALLOWED_PARENTS[child].includes(parent);
}

/** Kinds that cannot be parentless, for forms that must ask for a parent. */
export function requiresParent(kind: OrganisationKind): boolean {
  return !ALLOWED_PARENTS[kind].includes(null);
}
