import { Alert, Stack, Textarea, TextInput, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../lib/validation.ts";
import type { CampaignFormValues } from "./campaignForm.ts";

type Consent = CampaignFormValues["consent"];

/** The notice every respondent reads before answering, stored with their answers. */
export function ConsentNoticeFields({
  value,
  onChange,
  errors,
}: {
  value: Consent;
  onChange: (next: Consent) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const set = (field: keyof Consent) => (e: { currentTarget: { value: string } }) =>
    onChange({ ...value, [field]: e.currentTarget.value });
  const error = (field: keyof Consent) => errors[`consent.${field}`];
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t("campaign.consent.title")}
      </Title>
      <Alert color="blue" variant="light" p="xs">
        {t("campaign.consent.explain")}
      </Alert>
      <Textarea
        label={t("campaign.consent.purpose")}
        description={t("campaign.consent.purposeHint")}
        required
        autosize
        minRows={2}
        value={value.purpose}
        onChange={set("purpose")}
        error={error("purpose")}
      />
      <TextInput
        label={t("campaign.consent.controller")}
        description={t("campaign.consent.controllerHint")}
        required
        value={value.controller}
        onChange={set("controller")}
        error={error("controller")}
      />
      <TextInput
        label={t("campaign.consent.retention")}
        required
        value={value.retention}
        onChange={set("retention")}
        error={error("retention")}
      />
      <Textarea
        label={t("campaign.consent.rights")}
        required
        autosize
        minRows={2}
        value={value.rights}
        onChange={set("rights")}
        error={error("rights")}
      />
      <TextInput
        label={t("campaign.consent.contact")}
        description={t("campaign.consent.contactHint")}
        value={value.contact}
        onChange={set("contact")}
        error={error("contact")}
      />
    </Stack>
  );
}
