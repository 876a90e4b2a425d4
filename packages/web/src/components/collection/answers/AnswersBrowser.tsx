import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../../api/endpoints.ts";
import type { Campaign, SubmissionFilters, SubmissionSource } from "../../../api/types.ts";
import { keys } from "../../../lib/queries.ts";
import { ErrorAlert } from "../../ErrorAlert.tsx";
import { PageLoader } from "../../PageLoader.tsx";
import { AnswersFilters, type TrashView } from "./AnswersFilters.tsx";
import { ExportButtons } from "./ExportButtons.tsx";
import { SubmissionDrawer } from "./SubmissionDrawer.tsx";
import { SubmissionTable } from "./SubmissionTable.tsx";
import { useCampaignQuestionnaire } from "./useCampaignQuestionnaire.ts";

const PAGE = 25;

/** The campaign's submissions, newest first, filtered and paged; one opens in a drawer. */
export function AnswersBrowser({
  orgId,
  evaluationId,
  campaign,
  canManage,
}: {
  orgId: string;
  evaluationId: string;
  campaign: Campaign;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState("");
  const [debouncedCode] = useDebouncedValue(code.trim(), 300);
  const [source, setSource] = useState("");
  const [trash, setTrash] = useState<TrashView>("exclude");
  const [offset, setOffset] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  const { query: form, definition } = useCampaignQuestionnaire(orgId, evaluationId, campaign.id);
  const filters: SubmissionFilters = {
    ...(debouncedCode ? { code: debouncedCode } : {}),
    ...(source ? { source: source as SubmissionSource } : {}),
    deleted: trash,
    offset,
    limit: PAGE,
  };
  const list = useQuery({
    queryKey: [...keys.submissions(orgId, evaluationId, campaign.id), filters],
    queryFn: () => endpoints.submissions(orgId, evaluationId, campaign.id, filters),
    placeholderData: keepPreviousData,
  });
  const reset =
    <T,>(set: (v: T) => void) =>
    (value: T) => {
      set(value);
      setOffset(0);
    };
  const total = list.data?.total ?? 0;
  const items = list.data?.items ?? [];

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md" bg="white">
        <ExportButtons orgId={orgId} evaluationId={evaluationId} campaignId={campaign.id} />
      </Paper>
      <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="answers-list">
        <Title order={3} size="h4" id="answers-list" mb={4}>
          {t("answers.browser.title")}
        </Title>
        <Text size="sm" c="dimmed" mb="sm" maw={760}>
          {t("answers.browser.intro")}
        </Text>
        <AnswersFilters
          code={code}
          onCode={reset(setCode)}
          source={source}
          onSource={reset(setSource)}
          trash={trash}
          onTrash={reset(setTrash)}
        />
        <div style={{ marginTop: 16 }}>
          <ErrorAlert error={list.error ?? form.error} />
          {list.isPending ? <PageLoader /> : null}
          <Text size="sm" role="status" mb="xs">
            {list.data
              ? total === 0
                ? t("answers.browser.none")
                : total <= PAGE
                  ? t("answers.browser.count", { count: total })
                  : t("answers.browser.range", {
                      from: offset + 1,
                      to: offset + items.length,
                      count: total,
                    })
              : ""}
          </Text>
          {items.length > 0 ? <SubmissionTable items={items} onOpen={setOpenId} /> : null}
          {total > PAGE ? (
            <Group justify="space-between" mt="sm">
              <Button
                variant="default"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - PAGE))}
              >
                {t("answers.browser.previous")}
              </Button>
              <Button
                variant="default"
                disabled={offset + PAGE >= total}
                onClick={() => setOffset(offset + PAGE)}
              >
                {t("answers.browser.next")}
              </Button>
            </Group>
          ) : null}
        </div>
      </Paper>
      {openId && definition ? (
        <SubmissionDrawer
          target={{ orgId, evaluationId, campaignId: campaign.id, submissionId: openId }}
          definition={definition}
          canManage={canManage}
          onClose={() => setOpenId(null)}
        />
      ) : null}
    </Stack>
  );
}
