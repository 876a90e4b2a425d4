import { Button, Group, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { ZUpdateOrganisation } from "@ricochet/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../api/endpoints.ts";
import type { Organisation } from "../api/types.ts";
import { useLocale } from "../lib/useLocale.ts";
import { type FieldErrors, serverFieldErrors, validate } from "../lib/validation.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { OrganisationFields, type OrganisationValues, toOrganisationBody } from "./OrganisationFields.tsx";

/** Edits name, kind, tags and territory of one organisation (PATCH /organisations/{id}). */
export function OrganisationEditForm({ org, onDone }: { org: Organisation; onDone: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<OrganisationValues>({
    name: org.name,
    kind: org.kind,
    sectorTags: org.sectorTags,
    territory: org.territory ?? "",
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = useMutation({
    mutationFn: (body: ReturnType<typeof toOrganisationBody>) => endpoints.updateOrganisation(org.id, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["organisation"] });
      await queryClient.invalidateQueries({ queryKey: ["me"] });
      notifications.show({ color: "teal", message: t("organisation.saved") });
      onDone();
    },
    onError: (error) => setErrors(serverFieldErrors(error)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = toOrganisationBody(values);
    const checked = validate(ZUpdateOrganisation, body, locale);
    setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) update.mutate(body);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={update.error} />
        <OrganisationFields values={values} onChange={setValues} errors={errors} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
