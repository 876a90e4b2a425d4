import { Radio, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

export type ConsentForm = "oral" | "written";

/** How the person agreed to the interview: required, and explained. */
export function ConsentChoice({
  value,
  onChange,
  error,
}: {
  value: ConsentForm | "";
  onChange: (value: ConsentForm) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t("interviews.form.consent")}
      description={t("interviews.form.consentHint")}
      value={value}
      onChange={(v) => onChange(v as ConsentForm)}
      required
      error={error}
    >
      <Stack gap={6} mt={6}>
        <Radio
          value="oral"
          label={t("interviews.consent.oral")}
          description={t("interviews.consent.oralHint")}
        />
        <Radio
          value="written"
          label={t("interviews.consent.written")}
          description={t("interviews.consent.writtenHint")}
        />
        <Text size="xs" c="dimmed">
          {t("interviews.form.noConsent")}
        </Text>
      </Stack>
    </Radio.Group>
  );
}
