import { Alert, Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../../api/endpoints.ts";
import type { ErasedRespondent, RespondentData } from "../../../api/types.ts";
import { ErrorAlert } from "../../ErrorAlert.tsx";

/** Erasure for good, after typing the code: what goes, and that it cannot be undone. */
export function EraseRespondentModal({
  orgId,
  evaluationId,
  data,
  onClose,
  onErased,
}: {
  orgId: string;
  evaluationId: string;
  data: RespondentData;
  onClose: () => void;
  onErased: (result: ErasedRespondent) => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState("");
  const matches = typed.trim().toUpperCase() === data.code.toUpperCase();
  const erase = useMutation({
    mutationFn: () => endpoints.eraseRespondent(orgId, evaluationId, data.code),
    onSuccess: onErased,
  });
  return (
    <Modal opened onClose={onClose} title={t("codes.erase.title", { code: data.code })} size="lg">
      <Stack gap="sm">
        <Alert color="red" title={t("codes.erase.warningTitle")}>
          <Text size="sm">
            {t("codes.erase.what", {
              answers: t("codes.rights.answers", { count: data.submissions.length }),
              interviews: t("codes.rights.interviews", { count: data.interviews.length }),
              code: data.code,
            })}
          </Text>
          <Text size="sm" fw={700} mt={6}>
            {t("codes.erase.forGood")}
          </Text>
        </Alert>
        <Text size="sm">{t("codes.erase.before")}</Text>
        <TextInput
          label={t("codes.erase.typeCode", { code: data.code })}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          autoComplete="off"
          data-autofocus
        />
        <ErrorAlert error={erase.error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button color="red" disabled={!matches} loading={erase.isPending} onClick={() => erase.mutate()}>
            {t("codes.erase.confirm")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
