import { Radio, Stack, TagsInput, Text, TextInput } from "@mantine/core";
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS, type OrganisationKind } from "@ricochet/domain";
import { useTranslation } from "react-i18next";
import { useLocale } from "../lib/useLocale.ts";
import type { FieldErrors } from "../lib/validation.ts";

export interface OrganisationValues {
  name: string;
  kind: OrganisationKind;
  sectorTags: string[];
  territory: string;
}

export const emptyOrganisation: OrganisationValues = {
  name: "",
  kind: "structure",
  sectorTags: [],
  territory: "",
};

interface Props {
  values: OrganisationValues;
  onChange: (values: OrganisationValues) => void;
  errors: FieldErrors;
  /** Kinds that cannot be chosen here (e.g. not allowed under the chosen parent). */
  isKindDisabled?: (kind: OrganisationKind) => boolean;
}

/** Name, kind (with a one-line explanation of each), sector tags and territory. */
export function OrganisationFields({ values, onChange, errors, isKindDisabled }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const set = <K extends keyof OrganisationValues>(key: K, value: OrganisationValues[K]) =>
    onChange({ ...values, [key]: value });

  return (
    <Stack gap="md">
      <TextInput
        label={t("organisation.name")}
        description={t("organisation.nameHelp")}
        required
        value={values.name}
        onChange={(e) => set("name", e.currentTarget.value)}
        error={errors.name}
        maxLength={120}
      />
      <Radio.Group
        label={t("organisation.kind")}
        description={t("organisation.kindHelp")}
        value={values.kind}
        onChange={(value) => set("kind", value as OrganisationKind)}
        error={errors.kind}
        required
      >
        <Stack gap="xs" mt="xs">
          {ORGANISATION_KINDS.map((kind) => (
            <Radio
              key={kind}
              value={kind}
              disabled={isKindDisabled?.(kind)}
              label={
                <Text fw={600} size="sm">
                  {pick(ORGANISATION_KIND_LABELS[kind])}
                </Text>
              }
              description={t(`kinds.${kind}`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      <TagsInput
        label={t("organisation.sectorTags")}
        description={t("organisation.sectorTagsHelp")}
        placeholder={values.sectorTags.length ? undefined : t("organisation.sectorTagsPlaceholder")}
        value={values.sectorTags}
        onChange={(tags) => set("sectorTags", tags)}
        error={errors.sectorTags}
        maxTags={20}
        clearable
      />
      <TextInput
        label={t("organisation.territory")}
        description={t("organisation.territoryHelp")}
        value={values.territory}
        onChange={(e) => set("territory", e.currentTarget.value)}
        error={errors.territory}
        maxLength={120}
      />
    </Stack>
  );
}

/** The values as the API expects them (empty territory becomes null, tags trimmed). */
export function toOrganisationBody(values: OrganisationValues) {
  return {
    name: values.name.trim(),
    kind: values.kind,
    sectorTags: values.sectorTags.map((tag) => tag.trim()).filter(Boolean),
    territory: values.territory.trim() || null,
  };
}
