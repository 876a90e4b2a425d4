import { Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { ZCreateQuestionnaire } from "@ricochet/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { endpoints } from "../../api/endpoints.ts";
import { keys } from "../../lib/queries.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { type FieldErrors, serverFieldErrors, validate } from "../../lib/validation.ts";
import { ErrorAlert } from "../ErrorAlert.tsx";

/** A blank questionnaire: a title, then straight to the builder. */
export function NewQuestionnaireModal({
  orgId,
  evaluationId,
  onClose,
}: {
  orgId: string;
  evaluationId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation({
    mutationFn: () => endpoints.createQuestionnaire(orgId, evaluationId, { title }),
    onSuccess: (detail) => {
      void queryClient.invalidateQueries({ queryKey: keys.questionnaires(orgId, evaluationId) });
      navigate(`/o/${orgId}/evaluations/${evaluationId}/questionnaires/${detail.id}`);
    },
    onError: (error) => setErrors(serverFieldErrors(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(ZCreateQuestionnaire, { title }, locale);
    setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) create.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t("collection.newQuestionnaire")}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t("collection.newQuestionnaireHint")}</Text>
          <ErrorAlert error={Object.keys(serverFieldErrors(create.error)).length ? null : create.error} />
          <TextInput
            label={t("collection.questionnaireTitle")}
            placeholder={t("collection.questionnaireTitlePlaceholder")}
            required
            data-autofocus
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t("collection.createAndEdit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
