import { Checkbox, Radio, Stack, Title } from "@mantine/core";
import { RESPONDENT_CODE_MODES, type RespondentCodeMode } from "@ricochet/domain";
import { useTranslation } from "react-i18next";
import type { CampaignFormValues } from "./campaignForm.ts";

const CHANNELS = ["publicLink", "staffEntry", "paperUpload"] as const;

/** How answers come in, and whether the same people are followed from one wave to the next. */
export function CampaignChannelFields({
  v,
  set,
}: {
  v: CampaignFormValues;
  set: (patch: Partial<CampaignFormValues>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t("campaign.form.how")}
      </Title>
      <Checkbox.Group
        label={t("campaign.form.channels")}
        description={t("campaign.form.channelsHint")}
        value={CHANNELS.filter((c) => v[c])}
        onChange={(values) => set(Object.fromEntries(CHANNELS.map((c) => [c, values.includes(c)])))}
      >
        <Stack gap={6} mt={6}>
          {CHANNELS.map((c) => (
            <Checkbox
              key={c}
              value={c}
              label={t(`campaign.channel.${c}.label`)}
              description={t(`campaign.channel.${c}.explain`)}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <Radio.Group
        label={t("campaign.form.codes")}
        description={t("campaign.form.codesHint")}
        value={v.respondentCodes}
        onChange={(mode) => set({ respondentCodes: mode as RespondentCodeMode })}
      >
        <Stack gap={6} mt={6}>
          {RESPONDENT_CODE_MODES.map((m) => (
            <Radio
              key={m}
              value={m}
              label={t(`campaign.codes.${m}.label`)}
              description={t(`campaign.codes.${m}.explain`)}
            />
          ))}
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
