import { Group, NumberInput, Radio, Select, SimpleGrid, Stack, TextInput, Title } from "@mantine/core";
import { CAMPAIGN_ARMS, CAMPAIGN_WAVES, type CampaignArm, type CampaignWave } from "@ricochet/domain";
import { useTranslation } from "react-i18next";
import type { QuestionnaireSummary, Stakeholder } from "../../api/types.ts";
import type { FieldErrors } from "../../lib/validation.ts";
import type { CampaignFormValues } from "./campaignForm.ts";

/** Which questionnaire, for whom, at which moment of the evaluation, when and how many answers. */
export function CampaignPlanFields({
  v,
  set,
  errors,
  questionnaires,
  stakeholders,
  editing,
  hasAnswers,
}: {
  v: CampaignFormValues;
  set: (patch: Partial<CampaignFormValues>) => void;
  errors: FieldErrors;
  questionnaires: QuestionnaireSummary[];
  stakeholders: Stakeholder[];
  editing: boolean;
  hasAnswers: boolean;
}) {
  const { t } = useTranslation();
  const chosen = questionnaires.find((q) => q.id === v.questionnaireId);
  const versions = Array.from(
    { length: chosen?.currentVersion ?? 0 },
    (_, i) => (chosen?.currentVersion ?? 0) - i,
  );
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t("campaign.form.what")}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t("campaign.form.questionnaire")}
          required
          disabled={editing}
          data={questionnaires.map((q) => ({
            value: q.id,
            label: q.currentVersion === null ? t("campaign.form.notPublished", { title: q.title }) : q.title,
            disabled: q.currentVersion === null,
          }))}
          value={v.questionnaireId}
          onChange={(id) => {
            const q = questionnaires.find((x) => x.id === id);
            set({ questionnaireId: id, version: q?.currentVersion ?? null });
          }}
          allowDeselect={false}
          error={errors.questionnaireId}
        />
        <Select
          label={t("campaign.form.version")}
          description={hasAnswers ? t("campaign.form.versionLocked") : t("campaign.form.versionHint")}
          disabled={hasAnswers || versions.length === 0}
          data={versions.map((n) => ({
            value: String(n),
            label:
              n === chosen?.currentVersion
                ? t("campaign.form.newest", { version: n })
                : t("campaign.form.versionN", { version: n }),
          }))}
          value={v.version === null ? null : String(v.version)}
          onChange={(n) => set({ version: n ? Number(n) : null })}
          allowDeselect={false}
          error={errors.version}
        />
      </SimpleGrid>
      <Select
        label={t("campaign.form.group")}
        description={
          stakeholders.length === 0 ? t("campaign.form.noStakeholders") : t("campaign.form.groupHint")
        }
        placeholder={t("campaign.form.anyGroup")}
        data={stakeholders.map((s) => ({ value: s.id, label: s.name }))}
        value={v.stakeholderId}
        onChange={(id) => set({ stakeholderId: id })}
        clearable
        disabled={stakeholders.length === 0}
        error={errors.stakeholderId}
      />
      <Radio.Group
        label={t("campaign.form.wave")}
        description={t("campaign.form.waveHint")}
        value={v.wave}
        onChange={(wave) => set({ wave: wave as CampaignWave })}
      >
        <Stack gap={6} mt={6}>
          {CAMPAIGN_WAVES.map((w) => (
            <Radio
              key={w}
              value={w}
              label={t(`campaign.wave.${w}.label`)}
              description={t(`campaign.wave.${w}.explain`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Radio.Group
        label={t("campaign.form.arm")}
        description={t("campaign.form.armWhy")}
        value={v.arm}
        onChange={(arm) => set({ arm: arm as CampaignArm })}
      >
        <Stack gap={6} mt={6}>
          {CAMPAIGN_ARMS.map((a) => (
            <Radio
              key={a}
              value={a}
              label={t(`campaign.arm.${a}.label`)}
              description={t(`campaign.arm.${a}.explain`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Title order={3} size="h5" mt="xs">
        {t("campaign.form.when")}
      </Title>
      <Group grow align="flex-start">
        <TextInput
          type="date"
          label={t("campaign.form.opensOn")}
          description={t("campaign.form.opensOnHint")}
          value={v.opensOn}
          onChange={(e) => set({ opensOn: e.currentTarget.value })}
          error={errors.opensOn}
        />
        <TextInput
          type="date"
          label={t("campaign.form.closesOn")}
          description={t("campaign.form.closesOnHint")}
          value={v.closesOn}
          onChange={(e) => set({ closesOn: e.currentTarget.value })}
          error={errors.closesOn}
        />
      </Group>
      <NumberInput
        label={t("campaign.form.target")}
        description={t("campaign.form.targetHint")}
        min={1}
        max={1_000_000}
        allowDecimal={false}
        allowNegative={false}
        value={v.targetResponses}
        onChange={(n) => set({ targetResponses: n })}
        error={errors.targetResponses}
        w={260}
      />
    </Stack>
  );
}
