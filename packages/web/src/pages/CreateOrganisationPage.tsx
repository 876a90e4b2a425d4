import { Button, Container, Group, Paper, Select, Stack, Text, Title } from "@mantine/core";
import {
  canBePlacedUnder,
  ORGANISATION_KIND_LABELS,
  requiresParent,
  ZCreateOrganisation,
} from "@ricochet/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { endpoints } from "../api/endpoints.ts";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import {
  emptyOrganisation,
  OrganisationFields,
  type OrganisationValues,
  toOrganisationBody,
} from "../components/OrganisationFields.tsx";
import { rememberOrganisation } from "../lib/currentOrg.ts";
import { allowed } from "../lib/grants.ts";
import { keys, useMe } from "../lib/queries.ts";
import { useLocale } from "../lib/useLocale.ts";
import { type FieldErrors, serverFieldErrors, validate } from "../lib/validation.ts";

export function CreateOrganisationPage() {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const me = useMe();
  const [values, setValues] = useState<OrganisationValues>(emptyOrganisation);
  const [parentId, setParentId] = useState<string | null>(params.get("parent"));
  const [errors, setErrors] = useState<FieldErrors>({});

  const parents = (me.data?.organisations ?? []).filter((o) =>
    allowed({ myRole: o.myRole, inheritedRole: null }, "tree.manage"),
  );
  const parent = parents.find((p) => p.id === parentId) ?? null;
  const parentFits = canBePlacedUnder(values.kind, parent?.kind ?? null);

  const create = useMutation({
    mutationFn: endpoints.createOrganisation,
    onSuccess: async (org) => {
      rememberOrganisation(org.id);
      await queryClient.invalidateQueries({ queryKey: keys.me });
      navigate(`/o/${org.id}`);
    },
    onError: (error) => setErrors(serverFieldErrors(error)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { ...toOrganisationBody(values), parentId: parent?.id ?? null };
    const checked = validate(ZCreateOrganisation, body, locale);
    const fieldErrors: FieldErrors = checked.ok ? {} : checked.errors;
    if (!parentFits) {
      fieldErrors.parentId = parent
        ? t("organisation.kindNotUnder", {
            kind: pick(ORGANISATION_KIND_LABELS[values.kind]),
            parentKind: pick(ORGANISATION_KIND_LABELS[parent.kind]),
          })
        : t("organisation.parentRequired");
    }
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length === 0) create.mutate(body);
  };

  return (
    <Container size="sm" py="md">
      <Stack>
        <div>
          <Title order={1}>{t("create.title")}</Title>
          <Text c="dimmed">{t("create.subtitle")}</Text>
        </div>
        <Paper withBorder p="lg" radius="md" bg="white">
          <form onSubmit={submit} noValidate>
            <Stack>
              <ErrorAlert error={create.error} />
              <OrganisationFields values={values} onChange={setValues} errors={errors} />
              {parents.length > 0 ? (
                <Select
                  label={t("create.parent")}
                  description={
                    requiresParent(values.kind) ? t("create.parentRequiredHelp") : t("create.parentHelp")
                  }
                  placeholder={t("create.noParent")}
                  data={parents.map((p) => ({
                    value: p.id,
                    label: `${p.name} — ${pick(ORGANISATION_KIND_LABELS[p.kind])}`,
                    disabled: !canBePlacedUnder(values.kind, p.kind),
                  }))}
                  value={parentId}
                  onChange={setParentId}
                  clearable
                  error={errors.parentId}
                />
              ) : errors.parentId ? (
                <Text c="red.8" size="sm" role="alert">
                  {errors.parentId}
                </Text>
              ) : null}
              <Group justify="flex-end">
                <Button variant="default" onClick={() => navigate(-1)}>
                  {t("common.cancel")}
                </Button>
                <Button type="submit" loading={create.isPending}>
                  {t("create.submit")}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Container>
  );
}
