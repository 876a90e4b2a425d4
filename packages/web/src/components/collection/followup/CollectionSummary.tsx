import { Anchor, Group, Paper, Progress, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Campaign } from "../../../api/types.ts";

const WAVES: Campaign["wave"][] = ["baseline", "follow_up", "endline", "single"];
const ARMS: Campaign["arm"][] = ["treatment", "control", "none"];

/** The whole evaluation at a glance: each campaign by moment and group, answers against target. */
export function CollectionSummary({ campaigns, basePath }: { campaigns: Campaign[]; basePath: string }) {
  const { t } = useTranslation();
  const waves = WAVES.map((wave) => ({
    wave,
    items: campaigns.filter((c) => c.wave === wave).sort((a, b) => ARMS.indexOf(a.arm) - ARMS.indexOf(b.arm)),
  })).filter((w) => w.items.length > 0);
  return (
    <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="collection-summary">
      <Title order={2} size="h3" id="collection-summary">
        {t("answers.summary.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm" maw={720}>
        {t("answers.summary.intro")}
      </Text>
      <Stack gap="md">
        {waves.map(({ wave, items }) => (
          <section key={wave} aria-labelledby={`summary-${wave}`}>
            <Title order={3} size="h5" id={`summary-${wave}`} mb={4}>
              {t(`campaign.wave.${wave}.label`)}
            </Title>
            <ul style={{ listStyle: "none", margin: 0, padding: 0, display: "grid", gap: 8 }}>
              {items.map((c) => {
                const percent = c.targetResponses
                  ? Math.min(100, Math.round((c.responses / c.targetResponses) * 100))
                  : null;
                const group = c.arm !== "none" ? t(`answers.summary.arm.${c.arm}`) : null;
                return (
                  <li key={c.id}>
                    <Group justify="space-between" gap="xs" wrap="nowrap">
                      <Text size="sm">
                        <strong>
                          {t(`answers.summary.wave.${wave}`)}
                          {group ? ` · ${group}` : ""}
                          {" : "}
                          {c.targetResponses
                            ? t("answers.summary.ratio", { count: c.responses, target: c.targetResponses })
                            : t("answers.summary.countOnly", { count: c.responses })}
                        </strong>{" "}
                        <Text span size="sm" c="dimmed">
                          — {c.name}
                        </Text>
                      </Text>
                      <Anchor
                        component={Link}
                        to={`${basePath}/campaigns/${c.id}`}
                        size="sm"
                        style={{ flexShrink: 0 }}
                      >
                        {t("answers.summary.followUp")}
                        <span className="visually-hidden"> — {c.name}</span>
                      </Anchor>
                    </Group>
                    {percent !== null ? (
                      <Progress
                        value={percent}
                        size="sm"
                        color={percent >= 100 ? "teal" : "blue"}
                        aria-label={t("answers.summary.progress", { name: c.name, percent })}
                      />
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </Stack>
    </Paper>
  );
}
