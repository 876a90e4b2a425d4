import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../../api/endpoints.ts";
import type { SubmissionDetail } from "../../../api/types.ts";
import { ErrorAlert } from "../../ErrorAlert.tsx";
import type { SubmissionRef } from "./CorrectionForm.tsx";

/** Puts an answer in the trash (it stops counting, and can come back) or restores it. */
export function TrashButton({
  target,
  deleted,
  confirming,
  setConfirming,
  onDone,
}: {
  target: SubmissionRef;
  deleted: boolean;
  confirming: boolean;
  setConfirming: (open: boolean) => void;
  onDone: (saved: SubmissionDetail) => void;
}) {
  const { t } = useTranslation();
  const change = useMutation({
    mutationFn: (toTrash: boolean) =>
      endpoints.setSubmissionDeleted(
        target.orgId,
        target.evaluationId,
        target.campaignId,
        target.submissionId,
        toTrash,
      ),
    onSuccess: (saved) => {
      setConfirming(false);
      onDone(saved);
    },
  });
  if (deleted)
    return (
      <Stack gap={4}>
        <Group>
          <Button
            variant="light"
            color="teal"
            onClick={() => change.mutate(false)}
            loading={change.isPending}
          >
            {t("answers.trash.restore")}
          </Button>
        </Group>
        <ErrorAlert error={change.error} />
      </Stack>
    );
  return (
    <>
      <Group>
        <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>
          {t("answers.trash.delete")}
        </Button>
      </Group>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t("answers.trash.confirmTitle")}>
        <Stack gap="sm">
          <Text size="sm">{t("answers.trash.confirmText")}</Text>
          <ErrorAlert error={change.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t("common.cancel")}
            </Button>
            <Button color="red" onClick={() => change.mutate(true)} loading={change.isPending}>
              {t("answers.trash.confirm")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
