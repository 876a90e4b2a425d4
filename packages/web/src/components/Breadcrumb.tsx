import { Anchor, Breadcrumbs, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** The ancestors of an organisation, from the root, then the organisation itself. */
export function OrganisationBreadcrumb({
  ancestors,
  current,
  memberOf,
}: {
  ancestors: { id: string; name: string }[];
  current: string;
  memberOf: (id: string) => boolean;
}) {
  const { t } = useTranslation();
  if (ancestors.length === 0) return null;
  return (
    <nav aria-label={t("overview.breadcrumb")}>
      <Breadcrumbs separator="›">
        {ancestors.map((a) =>
          memberOf(a.id) ? (
            <Anchor key={a.id} component={Link} to={`/o/${a.id}`} size="sm">
              {a.name}
            </Anchor>
          ) : (
            <Text key={a.id} size="sm" c="dimmed">
              {a.name}
            </Text>
          ),
        )}
        <Text size="sm" aria-current="page">
          {current}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}
