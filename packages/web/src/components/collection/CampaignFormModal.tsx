import { Button, Divider, Group, Modal, Stack, TextInput } from "@mantine/core";
import { ZCreateCampaign, ZUpdateCampaign } from "@ricochet/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../api/endpoints.ts";
import type {
  Campaign,
  EvaluationDetail,
  OrganisationWithAccess,
  QuestionnaireSummary,
} from "../../api/types.ts";
import { keys } from "../../lib/queries.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { type FieldErrors, serverPathErrors, validatePaths } from "../../lib/validation.ts";
import { ErrorAlert } from "../ErrorAlert.tsx";
import { CampaignChannelFields } from "./CampaignChannelFields.tsx";
import { CampaignPlanFields } from "./CampaignPlanFields.tsx";
import { ConsentNoticeFields } from "./ConsentNoticeFields.tsx";
import {
  type CampaignFormValues,
  campaignValues,
  createBody,
  newCampaignValues,
  updateBody,
} from "./campaignForm.ts";

/** Creates a campaign, or changes one's settings (`campaign` given). */
export function CampaignFormModal({
  org,
  evaluation,
  questionnaires,
  campaign,
  onClose,
  onDone,
}: {
  org: OrganisationWithAccess;
  evaluation: EvaluationDetail;
  questionnaires: QuestionnaireSummary[];
  campaign: Campaign | null;
  onClose: () => void;
  onDone: (saved: Campaign) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [v, setV] = useState<CampaignFormValues>(() =>
    campaign ? campaignValues(campaign) : newCampaignValues(questionnaires, evaluation.title, org.name, t),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const valueChain = useQuery({
    queryKey: keys.valueChain(org.id, evaluation.id),
    queryFn: () => endpoints.valueChain(org.id, evaluation.id),
  });
  const save = useMutation({
    mutationFn: () =>
      campaign
        ? endpoints.updateCampaign(org.id, evaluation.id, campaign.id, updateBody(v, campaign))
        : endpoints.createCampaign(org.id, evaluation.id, createBody(v)),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: keys.campaigns(org.id, evaluation.id) });
      void queryClient.invalidateQueries({
        queryKey: keys.questionnaires(org.id, evaluation.id),
        exact: true,
      });
      onDone(saved);
    },
    onError: (error) => setErrors(serverPathErrors(error)),
  });
  const set = (patch: Partial<CampaignFormValues>) => setV((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = campaign
      ? validatePaths(ZUpdateCampaign, updateBody(v, campaign), locale)
      : validatePaths(ZCreateCampaign, createBody(v), locale);
    setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) save.mutate();
  };
  const shown = new Set([
    "name",
    "questionnaireId",
    "version",
    "stakeholderId",
    "opensOn",
    "closesOn",
    "targetResponses",
  ]);
  const unplaced = Object.keys(serverPathErrors(save.error)).some(
    (k) => !shown.has(k) && !k.startsWith("consent."),
  );

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={campaign ? t("campaign.form.editTitle", { name: campaign.name }) : t("campaign.form.newTitle")}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ErrorAlert
            error={Object.keys(serverPathErrors(save.error)).length === 0 || unplaced ? save.error : null}
          />
          <TextInput
            label={t("campaign.form.name")}
            description={t("campaign.form.nameHint")}
            required
            data-autofocus
            value={v.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={errors.name}
          />
          <CampaignPlanFields
            v={v}
            set={set}
            errors={errors}
            questionnaires={questionnaires}
            stakeholders={valueChain.data?.stakeholders ?? []}
            editing={!!campaign}
            hasAnswers={(campaign?.responses ?? 0) > 0}
          />
          <Divider />
          <CampaignChannelFields v={v} set={set} />
          <Divider />
          <ConsentNoticeFields value={v.consent} onChange={(consent) => set({ consent })} errors={errors} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {campaign ? t("campaign.form.saveChanges") : t("campaign.form.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
