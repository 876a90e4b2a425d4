import { Alert, Modal, Stack, Text } from "@mantine/core";
import type { TSubmissionInput } from "@ricochet/domain";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { endpoints } from "../../api/endpoints.ts";
import type { Campaign } from "../../api/types.ts";
import { ErrorAlert, errorMessage } from "../ErrorAlert.tsx";
import { PageLoader } from "../PageLoader.tsx";
import { useFrameMessages } from "./useFrameMessages.ts";

/**
 * Staff entry: the respondent form (its own page, in a frame) filled in by a team member, e.g.
 * from a paper questionnaire or during an interview. The frame sends each filled-in form here and
 * this page stores it with the team member's session.
 */
export function StaffEntryModal({
  orgId,
  evaluationId,
  campaign,
  onClose,
}: {
  orgId: string;
  evaluationId: string;
  campaign: Campaign;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  // The version the campaign sends, read with the staff member's session (the public link may be off).
  const form = useQuery({
    queryKey: ["organisation", orgId, "evaluations", evaluationId, "campaigns", campaign.id, "questionnaire"],
    queryFn: () => endpoints.campaignQuestionnaire(orgId, evaluationId, campaign.id),
  });
  const frame = useRef<HTMLIFrameElement | null>(null);
  const [ready, setReady] = useState(false);
  const [stored, setStored] = useState(0);
  const post = useFrameMessages(frame, (message) => {
    if (message.type === "ricochet:staff-ready") setReady(true);
    if (message.type === "ricochet:staff-submit") void submit(message.submission as TSubmissionInput);
  });

  const submit = async (submission: TSubmissionInput) => {
    try {
      await endpoints.submitStaffAnswers(orgId, evaluationId, campaign.id, submission);
      setStored((n) => n + 1);
      post({ type: "ricochet:staff-result", ok: true });
    } catch (error) {
      post({
        type: "ricochet:staff-result",
        ok: false,
        errors: error instanceof ApiError ? error.errors : [],
        ...(error instanceof ApiError ? { code: error.code } : {}),
        message: errorMessage(error, t),
      });
    }
  };

  useEffect(() => {
    if (ready && form.data)
      post({
        type: "ricochet:staff",
        questionnaire: form.data.questionnaire,
        campaign: {
          name: campaign.name,
          organisation: "",
          respondentCodes: campaign.respondentCodes,
          consent: campaign.consent,
        },
        // The version's content hash, sent back with the submission to detect a stale form.
        version: form.data.version,
      });
  }, [ready, form.data, post, campaign.name, campaign.respondentCodes, campaign.consent]);

  return (
    <Modal opened onClose={onClose} size="100%" title={t("campaign.staff.title", { name: campaign.name })}>
      <Stack gap="sm">
        {!campaign.acceptingAnswers ? <Alert color="yellow">{t("campaign.staff.notAccepting")}</Alert> : null}
        {!campaign.channels.staffEntry ? (
          <Alert color="yellow">{t("campaign.staff.channelOff")}</Alert>
        ) : null}
        {form.isError ? <ErrorAlert error={form.error} /> : null}
        {form.isPending ? <PageLoader /> : null}
        {stored > 0 ? (
          <Alert color="teal" role="status">
            {t("campaign.staff.stored", { count: stored })}
          </Alert>
        ) : null}
        {campaign.acceptingAnswers && campaign.channels.staffEntry ? (
          <>
            <Text size="sm" c="dimmed">
              {t("campaign.staff.hint")}
            </Text>
            <iframe
              ref={frame}
              src="/f/staff"
              title={t("campaign.staff.frameTitle", { name: campaign.name })}
              style={{
                width: "100%",
                height: "70vh",
                border: "1px solid var(--mantine-color-gray-3)",
                borderRadius: 8,
              }}
            />
          </>
        ) : null}
      </Stack>
    </Modal>
  );
}
