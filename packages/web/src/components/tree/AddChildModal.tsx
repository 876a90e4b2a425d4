import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { canBePlacedUnder, ORGANISATION_KINDS, ZCreateOrganisation } from "@ricochet/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../api/endpoints.ts";
import type { Organisation } from "../../api/types.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { type FieldErrors, serverFieldErrors, validate } from "../../lib/validation.ts";
import { ErrorAlert } from "../ErrorAlert.tsx";
import { OrganisationFields, type OrganisationValues, toOrganisationBody } from "../OrganisationFields.tsx";

/** Creates a member organisation under `parent` (POST /organisations with parentId). */
export function AddChildModal({ parent, onClose }: { parent: Organisation | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ "aria-label": t("common.close") }}
      opened={parent !== null}
      onClose={onClose}
      title={parent ? t("tree.addChildTitle", { name: parent.name }) : ""}
      size="lg"
    >
      {parent ? <AddChildForm parent={parent} onClose={onClose} /> : null}
    </Modal>
  );
}

function AddChildForm({ parent, onClose }: { parent: Organisation; onClose: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const firstKind = ORGANISATION_KINDS.find((k) => canBePlacedUnder(k, parent.kind)) ?? "structure";
  const [values, setValues] = useState<OrganisationValues>({
    name: "",
    kind: firstKind,
    sectorTags: [],
    territory: "",
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation({
    mutationFn: endpoints.createOrganisation,
    onSuccess: async (org) => {
      await queryClient.invalidateQueries({ queryKey: ["organisation"] });
      notifications.show({ color: "teal", message: t("tree.created", { name: org.name }) });
      onClose();
    },
    onError: (error) => setErrors(serverFieldErrors(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { ...toOrganisationBody(values), parentId: parent.id };
    const checked = validate(ZCreateOrganisation, body, locale);
    setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) create.mutate(body);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t("tree.addChildHelp")}
        </Text>
        <ErrorAlert error={create.error} />
        <OrganisationFields
          values={values}
          onChange={setValues}
          errors={errors}
          isKindDisabled={(kind) => !canBePlacedUnder(kind, parent.kind)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t("tree.addChildSubmit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
