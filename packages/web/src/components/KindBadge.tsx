import { Badge } from "@mantine/core";
import { ORGANISATION_KIND_LABELS, type OrganisationKind } from "@ricochet/domain";
import { useLocale } from "../lib/useLocale.ts";

const COLOURS: Record<OrganisationKind, string> = {
  network: "indigo",
  regional_body: "violet",
  structure: "teal",
  establishment: "cyan",
  // Orange 9 on orange 0 stays under 4.5:1; grape passes.
  support_organisation: "grape",
};

export function KindBadge({ kind }: { kind: string }) {
  const { pick } = useLocale();
  const known = kind in ORGANISATION_KIND_LABELS ? (kind as OrganisationKind) : null;
  return (
    <Badge variant="light" color={known ? COLOURS[known] : "gray"} radius="sm" tt="none">
      {known ? pick(ORGANISATION_KIND_LABELS[known]) : kind}
    </Badge>
  );
}
