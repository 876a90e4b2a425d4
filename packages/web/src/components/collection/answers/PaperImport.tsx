import { Alert, Button, FileInput, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.ts";
import { endpoints } from "../../../api/endpoints.ts";
import type { Campaign } from "../../../api/types.ts";
import { keys } from "../../../lib/queries.ts";
import { downloadText, fileSlug, readTextFile } from "../../../lib/textFiles.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { ErrorAlert } from "../../ErrorAlert.tsx";
import { textIn } from "./answerText.ts";
import { ImportCheckReport } from "./ImportCheckReport.tsx";
import { templateColumns, templateCsv } from "./paperTemplate.ts";
import { TemplateGuide } from "./TemplateGuide.tsx";
import { useCampaignQuestionnaire } from "./useCampaignQuestionnaire.ts";

/** Paper questionnaires typed into a spreadsheet: template, check every row, then import. */
export function PaperImport({
  orgId,
  evaluationId,
  campaign,
}: {
  orgId: string;
  evaluationId: string;
  campaign: Campaign;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const { definition } = useCampaignQuestionnaire(orgId, evaluationId, campaign.id);
  const [file, setFile] = useState<File | null>(null);
  const [content, setContent] = useState<string | null>(null);
  const columns = definition
    ? templateColumns(definition, campaign.respondentCodes !== "none", textIn(definition, locale))
    : [];
  const send = (fileName: string, text: string, dryRun: boolean) =>
    endpoints.importPaperAnswers(orgId, evaluationId, campaign.id, { fileName, content: text, dryRun });
  const check = useMutation({
    mutationFn: (picked: { name: string; text: string }) => send(picked.name, picked.text, true),
  });
  const store = useMutation({
    mutationFn: () => send(file?.name ?? "reponses.csv", content ?? "", false),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.campaigns(orgId, evaluationId) });
    },
  });
  const pick = async (picked: File | null) => {
    setFile(picked);
    setContent(null);
    check.reset();
    store.reset();
    if (!picked) return;
    const text = await readTextFile(picked);
    setContent(text);
    check.mutate({ name: picked.name, text });
  };
  const refused = check.error instanceof ApiError && check.error.code === "PAPER_IMPORT_INVALID";

  return (
    <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="paper-import">
      <Stack gap="md">
        <div>
          <Title order={3} size="h4" id="paper-import">
            {t("answers.paper.title")}
          </Title>
          <Text size="sm" maw={760}>
            {t("answers.paper.intro")}
          </Text>
        </div>
        {!campaign.acceptingAnswers ? <Alert color="yellow">{t("answers.paper.notAccepting")}</Alert> : null}
        <List type="ordered" spacing="xs" size="sm">
          <List.Item>{t("answers.paper.step1")}</List.Item>
          <List.Item>{t("answers.paper.step2")}</List.Item>
          <List.Item>{t("answers.paper.step3")}</List.Item>
        </List>
        <Group>
          <Button
            variant="light"
            disabled={!definition}
            onClick={() => downloadText(`modele-${fileSlug(campaign.name)}.csv`, templateCsv(columns))}
          >
            {t("answers.paper.template")}
          </Button>
        </Group>
        {definition ? <TemplateGuide columns={columns} /> : null}
        <FileInput
          label={t("answers.paper.file")}
          description={t("answers.paper.fileHint")}
          placeholder={t("answers.paper.filePlaceholder")}
          accept=".csv,text/csv,text/plain"
          value={file}
          onChange={(f) => void pick(f)}
          clearable
          clearButtonProps={{ "aria-label": t("answers.paper.clearFile") }}
          maw={480}
          disabled={!campaign.acceptingAnswers}
        />
        {check.isPending ? <Text size="sm">{t("answers.paper.checking")}</Text> : null}
        {refused && file ? (
          <ImportCheckReport errors={(check.error as ApiError).errors} fileName={file.name} />
        ) : null}
        {check.error && !refused ? <ErrorAlert error={check.error} /> : null}
        {check.data && !store.data ? (
          <Alert color="teal" title={t("answers.paper.readyTitle")}>
            <Stack gap="xs">
              <Text size="sm">
                {t("answers.paper.ready", { count: check.data.rows, file: file?.name ?? "" })}
              </Text>
              <Group>
                <Button onClick={() => store.mutate()} loading={store.isPending}>
                  {t("answers.paper.import", { count: check.data.rows })}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        <ErrorAlert error={store.error} />
        {store.data ? (
          <Alert color="teal" title={t("answers.paper.doneTitle")} role="status">
            <Text size="sm">
              {t("answers.paper.imported", { count: store.data.imported })}
              {store.data.duplicates > 0
                ? ` ${t("answers.paper.duplicates", { count: store.data.duplicates })}`
                : ""}
            </Text>
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
