import { Alert, Button, Divider, Drawer, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { endpoints } from "../../api/endpoints.ts";
import type { Campaign, OrganisationWithAccess } from "../../api/types.ts";
import { allowed } from "../../lib/grants.ts";
import { keys } from "../../lib/queries.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { errorMessage } from "../ErrorAlert.tsx";
import { CampaignProgress } from "./CampaignProgress.tsx";
import { CampaignShareLink } from "./CampaignShareLink.tsx";
import { CampaignStatusBadge } from "./CampaignStatusBadge.tsx";
import { campaignAcceptance, campaignPeriod } from "./campaignText.ts";
import { StaffEntryModal } from "./StaffEntryModal.tsx";

/** One campaign: open or close it, share its link, follow its answers, enter one on paper's behalf. */
export function CampaignDrawer({
  org,
  evaluationId,
  campaign: c,
  canWrite,
  onClose,
  onEdit,
}: {
  org: OrganisationWithAccess;
  evaluationId: string;
  campaign: Campaign;
  canWrite: boolean;
  onClose: () => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [entering, setEntering] = useState(false);
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: keys.campaigns(org.id, evaluationId) });
  const fail = (error: unknown) =>
    notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) });
  const status = useMutation({
    mutationFn: (next: Campaign["status"]) =>
      endpoints.updateCampaign(org.id, evaluationId, c.id, { status: next }),
    onSuccess: (saved) => {
      refresh();
      notifications.show({
        color: "teal",
        message: t(`campaign.statusChanged.${saved.status}`, { name: saved.name }),
      });
    },
    onError: fail,
  });
  const remove = useMutation({
    mutationFn: () => endpoints.deleteCampaign(org.id, evaluationId, c.id),
    onSuccess: () => {
      refresh();
      onClose();
      notifications.show({ color: "teal", message: t("campaign.deleted", { name: c.name }) });
    },
    onError: fail,
  });
  const change = (next: Campaign["status"]) => {
    if (window.confirm(t(`campaign.confirm.${next}`, { name: c.name }))) status.mutate(next);
  };
  const acceptance = campaignAcceptance(c, t, locale);
  const canCollect = allowed(org, "data.collect");

  // Mantine closes every open modal on Escape: the drawer ignores it while the staff entry is open.
  return (
    <>
      <Drawer
        opened
        onClose={onClose}
        position="right"
        size="lg"
        title={c.name}
        closeButtonProps={{ "aria-label": t("common.close") }}
        closeOnEscape={!entering}
      >
        <Stack gap="md">
          <Group gap="xs">
            <CampaignStatusBadge status={c.status} />
            <Text size="sm" c={acceptance.accepting ? "teal.9" : "#9a3a00"} fw={500}>
              {acceptance.text}
            </Text>
          </Group>
          <Text size="sm">
            {t("campaign.questionnaireVersion", {
              title: c.questionnaire.title,
              version: c.questionnaire.version,
            })}{" "}
            · {campaignPeriod(c, t, locale)}
          </Text>
          <CampaignProgress campaign={c} />
          <Group gap="xs">
            <Button
              component={Link}
              to={`/o/${org.id}/evaluations/${evaluationId}/campaigns/${c.id}`}
              variant="light"
              color="teal"
            >
              {t("answers.page.openFromDrawer")}
            </Button>
          </Group>
          {canWrite ? (
            <Stack gap={6}>
              <Text size="sm">{t(`campaign.statusHelp.${c.status}`)}</Text>
              <Group gap="xs">
                {c.status !== "open" ? (
                  <Button onClick={() => change("open")} loading={status.isPending}>
                    {c.status === "closed" ? t("campaign.reopen") : t("campaign.openIt")}
                  </Button>
                ) : (
                  <Button
                    color="red"
                    variant="light"
                    onClick={() => change("closed")}
                    loading={status.isPending}
                  >
                    {t("campaign.closeIt")}
                  </Button>
                )}
                <Button variant="default" onClick={onEdit}>
                  {t("campaign.editSettings")}
                </Button>
              </Group>
            </Stack>
          ) : null}
          <Divider />
          {c.publicUrl ? (
            <CampaignShareLink
              url={c.publicUrl}
              qrUrl={endpoints.campaignQrUrl(org.id, evaluationId, c.id)}
              name={c.name}
            />
          ) : (
            <Alert color="gray">{t("campaign.share.off")}</Alert>
          )}
          {c.channels.staffEntry && canCollect ? (
            <>
              <Divider />
              <Stack gap={6}>
                <Text size="sm">{t("campaign.staff.explain")}</Text>
                <Group>
                  <Button variant="light" onClick={() => setEntering(true)} disabled={!c.acceptingAnswers}>
                    {t("campaign.staff.enter")}
                  </Button>
                </Group>
                {!c.acceptingAnswers ? (
                  <Text size="xs" c="dimmed">
                    {t("campaign.staff.notAccepting")}
                  </Text>
                ) : null}
              </Stack>
            </>
          ) : null}
          {canWrite && c.responses === 0 ? (
            <>
              <Divider />
              <Group>
                <Button
                  color="red"
                  variant="subtle"
                  loading={remove.isPending}
                  onClick={() => {
                    if (window.confirm(t("campaign.confirmDelete", { name: c.name }))) remove.mutate();
                  }}
                >
                  {t("campaign.delete")}
                </Button>
              </Group>
            </>
          ) : null}
        </Stack>
      </Drawer>
      {entering ? (
        <StaffEntryModal
          orgId={org.id}
          evaluationId={evaluationId}
          campaign={c}
          onClose={() => {
            setEntering(false);
            refresh();
          }}
        />
      ) : null}
    </>
  );
}
