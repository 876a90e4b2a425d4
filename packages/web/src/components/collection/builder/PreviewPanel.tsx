import { Box, Group, Paper, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { compileQuestionnaire } from "@ricochet/domain";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFrameMessages } from "../useFrameMessages.ts";
import { useBuilder } from "./BuilderContext.tsx";
import { ProblemsPanel } from "./ProblemsPanel.tsx";

const DEVICES = { phone: { width: 375, height: 740 }, desktop: { width: 1024, height: 740 } } as const;

export interface PreviewCampaign {
  name: string;
  organisation: string;
  consent: { purpose: string; controller: string; retention: string; rights: string; contact: string | null };
}

/**
 * The draft as a respondent will see it, on a phone or a computer: the respondent page runs in a
 * frame and receives the compiled draft, again after each change. A draft with problems cannot
 * be compiled: its problems are listed instead.
 */
export function PreviewPanel({ campaign }: { campaign: PreviewCampaign }) {
  const { t } = useTranslation();
  const { draft, issues } = useBuilder();
  const [device, setDevice] = useState<keyof typeof DEVICES>("phone");
  const [ready, setReady] = useState(false);
  const frame = useRef<HTMLIFrameElement | null>(null);
  const compiled = useMemo(() => {
    try {
      return compileQuestionnaire(draft);
    } catch {
      return null;
    }
  }, [draft]);
  const post = useFrameMessages(frame, (message) => {
    if (message.type !== "ricochet:preview-ready") return;
    // A frame that (re)loads asks again: answer it right away.
    setReady(true);
    if (compiled) post({ type: "ricochet:preview", questionnaire: compiled, campaign });
  });
  useEffect(() => {
    if (ready && compiled) post({ type: "ricochet:preview", questionnaire: compiled, campaign });
  }, [ready, compiled, campaign, post]);
  const size = DEVICES[device];

  return (
    <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="preview-title">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4" id="preview-title">
          {t("builder.preview.title")}
        </Title>
        <SegmentedControl
          aria-label={t("builder.preview.device")}
          value={device}
          onChange={(d) => setDevice(d as keyof typeof DEVICES)}
          data={[
            { value: "phone", label: t("builder.preview.phone") },
            { value: "desktop", label: t("builder.preview.desktop") },
          ]}
        />
      </Group>
      <Text size="sm" mb="sm">
        {t("builder.preview.explain")}
      </Text>
      {!compiled || issues.length > 0 ? (
        <Stack gap="xs">
          <Text fw={600}>{t("builder.preview.blocked")}</Text>
          <ProblemsPanel />
        </Stack>
      ) : (
        <Box style={{ overflowX: "auto" }}>
          <iframe
            ref={frame}
            src="/f/preview"
            title={t("builder.preview.frameTitle", { device: t(`builder.preview.${device}`) })}
            width={size.width}
            height={size.height}
            style={{
              display: "block",
              margin: "0 auto",
              border: "1px solid var(--mantine-color-gray-4)",
              borderRadius: device === "phone" ? 24 : 8,
              background: "white",
            }}
          />
        </Box>
      )}
    </Paper>
  );
}
