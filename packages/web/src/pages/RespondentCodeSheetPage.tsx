import { Alert, Anchor, Button, Group, NativeSelect, Stack, Switch, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { endpoints } from "../api/endpoints.ts";
import type { Campaign } from "../api/types.ts";
import { CodeCard } from "../components/collection/codes/CodeCard.tsx";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PageLoader } from "../components/PageLoader.tsx";
import { keys } from "../lib/queries.ts";
import { useCurrentOrganisation } from "../lib/useCurrentOrganisation.ts";

/** The campaign whose link goes on the cards: one that asks for the panel's codes, open first. */
function defaultCampaign(campaigns: Campaign[]): Campaign | undefined {
  const linked = campaigns.filter((c) => c.publicUrl);
  return (
    linked.find((c) => c.respondentCodes === "panel" && c.acceptingAnswers) ??
    linked.find((c) => c.respondentCodes === "panel") ??
    linked[0]
  );
}

/** Cards to print, one per code, each with the questionnaire's link and QR code. */
export function RespondentCodeSheetPage() {
  const { t } = useTranslation();
  const org = useCurrentOrganisation();
  const { evaluationId = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const batch = params.get("batch") ?? "";
  const [chosen, setChosen] = useState<string | null>(null);
  const [withQr, setWithQr] = useState(true);
  const codes = useQuery({
    queryKey: keys.respondentCodes(org.id, evaluationId),
    queryFn: () => endpoints.respondentCodes(org.id, evaluationId),
  });
  const campaigns = useQuery({
    queryKey: keys.campaigns(org.id, evaluationId),
    queryFn: () => endpoints.campaigns(org.id, evaluationId),
  });
  const back = `/o/${org.id}/evaluations/${evaluationId}/steps/collection`;
  if (codes.isPending || campaigns.isPending) return <PageLoader />;
  if (codes.isError || campaigns.isError) return <ErrorAlert error={codes.error ?? campaigns.error} />;
  const linked = campaigns.data.filter((c) => c.publicUrl);
  const campaign = linked.find((c) => c.id === chosen) ?? defaultCampaign(campaigns.data);
  const shown = batch ? codes.data.filter((c) => String(c.batch) === batch) : codes.data;
  const batches = [...new Set(codes.data.map((c) => c.batch))].sort((a, b) => a - b);
  const qrUrl = campaign && withQr ? endpoints.campaignQrUrl(org.id, evaluationId, campaign.id) : null;

  return (
    <Stack gap="md" className="print-sheet">
      <Stack gap="sm" className="no-print">
        <Anchor component={Link} to={back} size="sm">
          ← {t("answers.page.back")}
        </Anchor>
        <Title order={1}>{t("codes.sheet.title")}</Title>
        <Text size="sm" maw={760}>
          {t("codes.sheet.intro")}
        </Text>
        <Group align="flex-end" gap="md" wrap="wrap">
          <NativeSelect
            label={t("codes.list.batch")}
            value={batch}
            onChange={(e) => setParams(e.currentTarget.value ? { batch: e.currentTarget.value } : {})}
            data={[
              { value: "", label: t("codes.list.allBatches") },
              ...batches.map((b) => ({
                value: String(b),
                label: t("codes.list.batchN", {
                  batch: b,
                  count: codes.data.filter((c) => c.batch === b).length,
                }),
              })),
            ]}
            w={240}
          />
          <NativeSelect
            label={t("codes.sheet.campaign")}
            description={t("codes.sheet.campaignHint")}
            value={campaign?.id ?? ""}
            onChange={(e) => setChosen(e.currentTarget.value)}
            data={
              linked.length > 0
                ? linked.map((c) => ({ value: c.id, label: c.name }))
                : [{ value: "", label: t("codes.sheet.noCampaign") }]
            }
            w={360}
          />
          <Switch
            label={t("codes.sheet.withQr")}
            checked={withQr}
            onChange={(e) => setWithQr(e.currentTarget.checked)}
          />
          <Button onClick={() => window.print()} disabled={shown.length === 0}>
            {t("codes.sheet.print", { count: shown.length })}
          </Button>
        </Group>
        {shown.length === 0 ? <Alert color="gray">{t("codes.sheet.empty")}</Alert> : null}
      </Stack>
      <div className="print-cards">
        {shown.map((c) => (
          <CodeCard
            key={c.code}
            code={c.code}
            organisation={org.name}
            url={campaign?.publicUrl ?? null}
            qrUrl={qrUrl}
          />
        ))}
      </div>
    </Stack>
  );
}
