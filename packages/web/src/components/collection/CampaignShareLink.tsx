import { Anchor, Button, CopyButton, Group, Image, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

/** The public link to send respondents, with a copy button, and its QR code to print. */
export function CampaignShareLink({ url, qrUrl, name }: { url: string; qrUrl: string; name: string }) {
  const { t } = useTranslation();
  const [qrFailed, setQrFailed] = useState(false);
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t("campaign.share.title")}
      </Title>
      <Text size="sm">{t("campaign.share.explain")}</Text>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={t("campaign.share.link")}
          value={url}
          readOnly
          style={{ flex: 1 }}
          onFocus={(e) => e.currentTarget.select()}
        />
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button variant={copied ? "filled" : "light"} color={copied ? "teal" : undefined} onClick={copy}>
              {copied ? t("common.copied") : t("common.copy")}
            </Button>
          )}
        </CopyButton>
      </Group>
      {qrFailed ? (
        <Text size="sm" c="dimmed">
          {t("campaign.share.qrUnavailable")}
        </Text>
      ) : (
        <Group align="flex-end" gap="md">
          <Image
            src={qrUrl}
            alt={t("campaign.share.qrAlt", { name })}
            w={160}
            h={160}
            fit="contain"
            onError={() => setQrFailed(true)}
            style={{ border: "1px solid var(--mantine-color-gray-3)", borderRadius: 4 }}
          />
          <Anchor href={qrUrl} download={`qr-${name}.svg`} size="sm">
            {t("campaign.share.qrDownload")}
          </Anchor>
        </Group>
      )}
    </Stack>
  );
}
