import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useMatch, useNavigate } from "react-router";
import type { MyOrganisation } from "../api/types.ts";
import { rememberOrganisation } from "../lib/currentOrg.ts";

export function OrganisationSwitcher({ organisations }: { organisations: MyOrganisation[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const match = useMatch("/o/:orgId/*");
  const currentId = match?.params.orgId ?? null;
  if (organisations.length === 0) return null;
  const data = organisations
    .map((o) => ({ value: o.id, label: o.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <Select
      aria-label={t("shell.switchOrganisation")}
      placeholder={t("shell.chooseOrganisation")}
      data={data}
      value={data.some((d) => d.value === currentId) ? currentId : null}
      onChange={(value) => {
        if (!value) return;
        rememberOrganisation(value);
        navigate(`/o/${value}`);
      }}
      searchable={organisations.length > 8}
      allowDeselect={false}
      // On a phone the product name gives way to the switcher, which stays reachable.
      w={{ base: 150, sm: 280 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
