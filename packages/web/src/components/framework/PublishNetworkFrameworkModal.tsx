import { Button, Group, List, Modal, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { type TPublishNetworkFramework, ZPublishNetworkFramework } from "@ricochet/domain";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../api/endpoints.ts";
import type { NetworkFramework, PublishedNetworkFramework } from "../../api/types.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { type FieldErrors, serverFieldErrors, validate } from "../../lib/validation.ts";
import { ErrorAlert } from "../ErrorAlert.tsx";

/**
 * Publishes this evaluation's framework for the members: a first version (`previous` null) or
 * the next version of a network framework already published from it.
 */
export function PublishNetworkFrameworkModal({
  orgId,
  evaluationId,
  evaluationTitle,
  previous,
  onClose,
  onDone,
}: {
  orgId: string;
  evaluationId: string;
  evaluationTitle: string;
  previous: NetworkFramework | null;
  onClose: () => void;
  onDone: (published: PublishedNetworkFramework) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [v, setV] = useState({
    name: previous?.name ?? evaluationTitle,
    description: previous?.description ?? "",
    changeNote: "",
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const publish = useMutation({
    mutationFn: (body: TPublishNetworkFramework) =>
      endpoints.publishNetworkFramework(orgId, evaluationId, body),
    onSuccess: onDone,
    onError: (error) => setErrors(serverFieldErrors(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: TPublishNetworkFramework = {
      networkFrameworkId: previous?.id ?? null,
      name: v.name,
      description: v.description || null,
      changeNote: v.changeNote || null,
    };
    const checked = validate(ZPublishNetworkFramework, body, locale);
    setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) publish.mutate(body);
  };
  const title = previous
    ? t("networkFramework.publishNextTitle", { version: previous.currentVersion + 1 })
    : t("networkFramework.publishTitle");
  return (
    <Modal opened onClose={onClose} size="lg" title={title}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t("networkFramework.publishExplain")}</Text>
          <List size="sm" spacing={2}>
            <List.Item>{t("networkFramework.publishRule1")}</List.Item>
            <List.Item>{t("networkFramework.publishRule2")}</List.Item>
            <List.Item>{t("networkFramework.publishRule3")}</List.Item>
          </List>
          <ErrorAlert error={Object.keys(serverFieldErrors(publish.error)).length ? null : publish.error} />
          <TextInput
            label={t("networkFramework.name")}
            required
            value={v.name}
            onChange={(e) => setV({ ...v, name: e.currentTarget.value })}
            error={errors.name}
          />
          <Textarea
            label={t("networkFramework.description")}
            description={t("networkFramework.descriptionHint")}
            autosize
            minRows={2}
            value={v.description}
            onChange={(e) => setV({ ...v, description: e.currentTarget.value })}
            error={errors.description}
          />
          {previous ? (
            <Textarea
              label={t("networkFramework.changeNote")}
              description={t("networkFramework.changeNoteHint")}
              autosize
              minRows={2}
              value={v.changeNote}
              onChange={(e) => setV({ ...v, changeNote: e.currentTarget.value })}
              error={errors.changeNote}
            />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={publish.isPending}>
              {previous ? t("networkFramework.publishNext") : t("networkFramework.publish")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
