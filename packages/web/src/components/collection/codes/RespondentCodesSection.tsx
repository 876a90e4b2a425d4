import { Alert, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { endpoints } from "../../../api/endpoints.ts";
import type { GeneratedCodes } from "../../../api/types.ts";
import { keys } from "../../../lib/queries.ts";
import { EmptyHint } from "../../EmptyHint.tsx";
import { ErrorAlert } from "../../ErrorAlert.tsx";
import { PageLoader } from "../../PageLoader.tsx";
import { CodeList } from "./CodeList.tsx";
import { GenerateCodesForm } from "./GenerateCodesForm.tsx";

/** Pseudonymous codes: what they are for, a new batch, the list, the cards to print. */
export function RespondentCodesSection({
  orgId,
  evaluationId,
  canWrite,
}: {
  orgId: string;
  evaluationId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const [batch, setBatch] = useState("");
  const [generated, setGenerated] = useState<GeneratedCodes | null>(null);
  const list = useQuery({
    queryKey: keys.respondentCodes(orgId, evaluationId),
    queryFn: () => endpoints.respondentCodes(orgId, evaluationId),
  });
  const sheet = (b: string) =>
    `/o/${orgId}/evaluations/${evaluationId}/codes/print${b ? `?batch=${encodeURIComponent(b)}` : ""}`;

  return (
    <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="codes-title">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="codes-title">
            {t("codes.title")}
          </Title>
          <Text size="sm" maw={760}>
            {t("codes.intro")}
          </Text>
          <Text size="sm" c="dimmed" maw={760} mt={4}>
            {t("codes.privacy")}
          </Text>
        </div>
        {canWrite ? (
          <section aria-labelledby="codes-generate">
            <Title order={3} size="h5" id="codes-generate" mb={4}>
              {t("codes.generate.title")}
            </Title>
            <GenerateCodesForm
              orgId={orgId}
              evaluationId={evaluationId}
              onGenerated={(b) => {
                setGenerated(b);
                setBatch(String(b.batch));
              }}
            />
          </section>
        ) : null}
        {generated ? (
          <Alert
            color="teal"
            title={t("codes.generate.batchTitle", { batch: generated.batch })}
            role="status"
          >
            <Stack gap="xs">
              <Text size="sm" ff="monospace">
                {generated.codes.slice(0, 10).join(" · ")}
                {generated.codes.length > 10 ? " …" : ""}
              </Text>
              <Group>
                <Button component={Link} to={sheet(String(generated.batch))} variant="light">
                  {t("codes.sheet.openBatch", { batch: generated.batch })}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        <section aria-labelledby="codes-list">
          <Group justify="space-between" align="flex-end" mb={4}>
            <Title order={3} size="h5" id="codes-list">
              {t("codes.list.title")}
            </Title>
            {list.data && list.data.length > 0 && (!generated || batch !== String(generated.batch)) ? (
              <Button component={Link} to={sheet(batch)} variant="default" size="sm">
                {batch ? t("codes.sheet.openBatch", { batch }) : t("codes.sheet.openAll")}
              </Button>
            ) : null}
          </Group>
          {list.isPending ? <PageLoader /> : null}
          <ErrorAlert error={list.error} />
          {list.data?.length === 0 ? (
            <EmptyHint title={t("codes.list.emptyTitle")}>{t("codes.list.emptyText")}</EmptyHint>
          ) : null}
          {list.data && list.data.length > 0 ? (
            <CodeList codes={list.data} batch={batch} onBatch={setBatch} />
          ) : null}
        </section>
      </Stack>
    </Paper>
  );
}
