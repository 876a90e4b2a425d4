import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { hasValidCheckCharacter } from "@ricochet/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../../api/endpoints.ts";
import type { ErasedRespondent, RespondentData } from "../../../api/types.ts";
import { keys } from "../../../lib/queries.ts";
import { ErrorAlert } from "../../ErrorAlert.tsx";
import { EraseRespondentModal } from "./EraseRespondentModal.tsx";
import { RespondentDataView } from "./RespondentDataView.tsx";

/** GDPR requests by code: see what is held, hand over a copy, erase it all. */
export function RightsPanel({ orgId, evaluationId }: { orgId: string; evaluationId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [code, setCode] = useState("");
  const [erasing, setErasing] = useState(false);
  const [erased, setErased] = useState<ErasedRespondent | null>(null);
  const look = useMutation({
    mutationFn: (wanted: string) => endpoints.respondentData(orgId, evaluationId, wanted),
  });
  const typed = code.trim().toUpperCase();
  const looksMistyped = /-[2-9A-Z]{4}-[2-9A-Z]{4}$/.test(typed) && !hasValidCheckCharacter(typed);
  const data: RespondentData | undefined = look.data;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErased(null);
    if (typed.length >= 3) look.mutate(typed);
  };
  const done = (result: ErasedRespondent) => {
    setErasing(false);
    setErased(result);
    look.reset();
    setCode("");
    for (const key of [
      keys.respondentCodes(orgId, evaluationId),
      keys.campaigns(orgId, evaluationId),
      keys.interviews(orgId, evaluationId),
    ])
      void queryClient.invalidateQueries({ queryKey: key });
    notifications.show({ color: "teal", message: t("codes.erase.done", { code: result.code }) });
  };
  const holds = data ? data.submissions.length + data.interviews.length > 0 : false;

  return (
    <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="rights-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id="rights-title">
            {t("codes.rights.title")}
          </Title>
          <Text size="sm" maw={760}>
            {t("codes.rights.intro")}
          </Text>
        </div>
        <form onSubmit={submit} aria-label={t("codes.rights.searchLabel")}>
          <Group align="flex-end" gap="xs">
            <TextInput
              label={t("codes.rights.code")}
              description={t("codes.rights.codeHint")}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              w={280}
              autoComplete="off"
            />
            <Button type="submit" loading={look.isPending} disabled={typed.length < 3}>
              {t("codes.rights.search")}
            </Button>
          </Group>
        </form>
        {looksMistyped ? <Alert color="yellow">{t("codes.rights.mistyped")}</Alert> : null}
        <ErrorAlert error={look.error} />
        {erased ? (
          <Alert color="teal" role="status" title={t("codes.erase.doneTitle")}>
            {t("codes.erase.result", {
              code: erased.code,
              answers: t("codes.rights.answers", { count: erased.submissions }),
              interviews: t("codes.rights.interviews", { count: erased.interviews }),
            })}
          </Alert>
        ) : null}
        {data && !holds ? (
          <Alert color="gray" role="status">
            {t("codes.rights.nothing", { code: data.code })}
          </Alert>
        ) : null}
        {data && holds ? (
          <>
            <RespondentDataView data={data} />
            <Group gap="xs">
              <Button
                component="a"
                href={endpoints.respondentDownloadUrl(orgId, evaluationId, data.code)}
                download={`repondant-${data.code}.json`}
                variant="light"
              >
                {t("codes.rights.download")}
              </Button>
              <Button color="red" variant="outline" onClick={() => setErasing(true)}>
                {t("codes.rights.erase")}
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              {t("codes.rights.audited")}
            </Text>
          </>
        ) : null}
      </Stack>
      {erasing && data ? (
        <EraseRespondentModal
          orgId={orgId}
          evaluationId={evaluationId}
          data={data}
          onClose={() => setErasing(false)}
          onErased={done}
        />
      ) : null}
    </Paper>
  );
}
