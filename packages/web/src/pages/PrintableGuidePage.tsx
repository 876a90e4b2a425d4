import { Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { endpoints } from "../api/endpoints.ts";
import { PrintableGuide } from "../components/collection/interviews/PrintableGuide.tsx";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PageLoader } from "../components/PageLoader.tsx";
import { keys } from "../lib/queries.ts";
import { useCurrentOrganisation } from "../lib/useCurrentOrganisation.ts";
import { NotFoundPage } from "./NotFoundPage.tsx";

/** An interview guide laid out for paper, with a button to print it. */
export function PrintableGuidePage() {
  const { t } = useTranslation();
  const org = useCurrentOrganisation();
  const { evaluationId = "", guideId = "" } = useParams();
  const guides = useQuery({
    queryKey: keys.interviewGuides(org.id, evaluationId),
    queryFn: () => endpoints.interviewGuides(org.id, evaluationId),
  });
  if (guides.isPending) return <PageLoader />;
  if (guides.isError) return <ErrorAlert error={guides.error} />;
  const guide = guides.data.find((g) => g.id === guideId);
  if (!guide) return <NotFoundPage />;
  return (
    <Stack gap="md" className="print-sheet">
      <Stack gap="xs" className="no-print">
        <Anchor component={Link} to={`/o/${org.id}/evaluations/${evaluationId}/steps/collection`} size="sm">
          ← {t("answers.page.back")}
        </Anchor>
        <Group justify="space-between">
          <Text size="sm">{t("interviews.print.intro")}</Text>
          <Button onClick={() => window.print()}>{t("interviews.print.print")}</Button>
        </Group>
      </Stack>
      <PrintableGuide guide={guide} />
    </Stack>
  );
}
