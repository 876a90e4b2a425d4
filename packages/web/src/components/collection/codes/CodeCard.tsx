import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** One card to cut out and hand to a person: their code, and where to answer. */
export function CodeCard({
  code,
  organisation,
  url,
  qrUrl,
}: {
  code: string;
  organisation: string;
  url: string | null;
  qrUrl: string | null;
}) {
  const { t } = useTranslation();
  return (
    <article className="print-card" aria-label={t("codes.sheet.cardLabel", { code })}>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Text size="xs" c="dimmed" fw={600}>
          {organisation}
        </Text>
        <Text size="sm" mt={4}>
          {t("codes.sheet.yourCode")}
        </Text>
        <Text fz={22} fw={800} ff="monospace" lh={1.3} style={{ letterSpacing: "0.06em" }}>
          {code}
        </Text>
        <Text size="sm" mt={4}>
          {t("codes.sheet.keepIt")}
        </Text>
        {url ? (
          <Text size="xs" mt={6} style={{ wordBreak: "break-all" }}>
            {t("codes.sheet.answerAt")} {url}
          </Text>
        ) : (
          <Text size="xs" mt={6}>
            {t("codes.sheet.noLink")}
          </Text>
        )}
        <Text size="xs" c="dimmed" mt={4}>
          {t("codes.sheet.anonymous")}
        </Text>
      </div>
      {qrUrl ? <img src={qrUrl} alt={t("codes.sheet.qrAlt")} width={96} height={96} /> : null}
    </article>
  );
}
