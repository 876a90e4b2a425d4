import { Alert, Divider, Drawer, Stack, Title } from "@mantine/core";
import type { QuestionnaireDefinition } from "@ricochet/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../../api/endpoints.ts";
import type { SubmissionDetail } from "../../../api/types.ts";
import { formatDateTime } from "../../../lib/format.ts";
import { keys } from "../../../lib/queries.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { ErrorAlert } from "../../ErrorAlert.tsx";
import { PageLoader } from "../../PageLoader.tsx";
import { AnswerList } from "./AnswerList.tsx";
import { ConsentRecord } from "./ConsentRecord.tsx";
import type { SubmissionRef } from "./CorrectionForm.tsx";
import { RevisionHistory } from "./RevisionHistory.tsx";
import { SubmissionMeta } from "./SubmissionMeta.tsx";
import { TrashButton } from "./TrashButton.tsx";

/** One submission: every answer in words, the consent given, its corrections; correct or trash it. */
export function SubmissionDrawer({
  target,
  definition,
  canManage,
  onClose,
}: {
  target: SubmissionRef;
  definition: QuestionnaireDefinition;
  canManage: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const key = [
    ...keys.submissions(target.orgId, target.evaluationId, target.campaignId),
    "one",
    target.submissionId,
  ];
  const detail = useQuery({
    queryKey: key,
    queryFn: () =>
      endpoints.submission(target.orgId, target.evaluationId, target.campaignId, target.submissionId),
  });
  const changed = (saved: SubmissionDetail) => {
    queryClient.setQueryData(key, saved);
    void queryClient.invalidateQueries({
      queryKey: keys.submissions(target.orgId, target.evaluationId, target.campaignId),
      predicate: (q) => q.queryKey.at(-2) !== "one",
    });
    void queryClient.invalidateQueries({
      queryKey: keys.followUp(target.orgId, target.evaluationId, target.campaignId),
    });
    const campaigns = keys.campaigns(target.orgId, target.evaluationId);
    void queryClient.invalidateQueries({ queryKey: campaigns, exact: true });
    void queryClient.invalidateQueries({ queryKey: [...campaigns, target.campaignId], exact: true });
  };
  const s = detail.data;
  const title = s
    ? t("answers.detail.title", { date: formatDateTime(s.submittedAt, locale) })
    : t("answers.detail.loading");

  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="xl"
      title={title}
      closeOnEscape={!confirming}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {detail.isPending ? <PageLoader /> : null}
      <ErrorAlert error={detail.error} />
      {s ? (
        <Stack gap="md">
          {s.deletedAt ? (
            <Alert color="orange" title={t("answers.trash.inTrashTitle")}>
              {t("answers.trash.inTrash", { date: formatDateTime(s.deletedAt, locale) })}
            </Alert>
          ) : null}
          <SubmissionMeta submission={s} />
          <section aria-labelledby="submission-consent">
            <Title order={3} size="h5" id="submission-consent" mb={4}>
              {t("answers.consent.title")}
            </Title>
            <ConsentRecord consent={s.consent} />
          </section>
          <Divider />
          <section aria-labelledby="submission-answers">
            <Title order={3} size="h5" id="submission-answers" mb={6}>
              {t("answers.detail.answersTitle")}
            </Title>
            <AnswerList
              target={target}
              definition={definition}
              submission={s}
              canCorrect={canManage && !s.deletedAt}
              onCorrected={changed}
            />
          </section>
          <Divider />
          <RevisionHistory revisions={s.revisions} definition={definition} />
          {canManage ? (
            <>
              <Divider />
              <TrashButton
                target={target}
                deleted={!!s.deletedAt}
                confirming={confirming}
                setConfirming={setConfirming}
                onDone={changed}
              />
            </>
          ) : null}
        </Stack>
      ) : null}
    </Drawer>
  );
}
