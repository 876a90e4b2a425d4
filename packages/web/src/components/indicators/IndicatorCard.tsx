import { Badge, Group, Paper, Stack, Text, UnstyledButton } from "@mantine/core";
import {
  IMP_DIMENSION_LABELS,
  INDICATOR_SECTOR_LABELS,
  INDICATOR_TYPE_LABELS,
  type IndicatorSector,
} from "@ricochet/domain";
import { useTranslation } from "react-i18next";
import type { Indicator } from "../../api/types.ts";
import { useLocale } from "../../lib/useLocale.ts";

const SCOPE_COLORS = { public: "gray", network: "grape", private: "blue" } as const;

/** One definition in a list: code, name, kind of figure, sectors and who shares it. */
export function IndicatorCard({ indicator, onOpen }: { indicator: Indicator; onOpen: () => void }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const c = indicator.content;
  return (
    <Paper component="li" withBorder radius="md" bg="white">
      <UnstyledButton onClick={onOpen} p="sm" w="100%">
        <Stack gap={4}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text fw={700}>{pick(c.name)}</Text>
            <Badge color={SCOPE_COLORS[indicator.scope]} variant="light" style={{ flexShrink: 0 }}>
              {indicator.scope === "public" ? t("indicators.scopeShort.public") : (indicator.ownerName ?? "")}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed" lineClamp={2}>
            {pick(c.definition)}
          </Text>
          <Group gap={6}>
            <Badge variant="outline" color="dark" radius="sm" ff="monospace">
              {c.code}
            </Badge>
            <Badge variant="default" radius="sm">
              {pick(INDICATOR_TYPE_LABELS[c.type])} · {pick(c.unit)}
            </Badge>
            <Badge variant="default" radius="sm">
              {pick(IMP_DIMENSION_LABELS[c.impDimension]).split(" (")[0]}
            </Badge>
            {c.sectors.length === 0 ? (
              <Badge variant="light" color="teal" radius="sm">
                {t("indicators.generic")}
              </Badge>
            ) : (
              c.sectors.map((s) => (
                <Badge key={s} variant="light" color="teal" radius="sm">
                  {pick(INDICATOR_SECTOR_LABELS[s as IndicatorSector] ?? { fr: s, en: s })}
                </Badge>
              ))
            )}
            {indicator.currentVersion > 1 ? (
              <Badge variant="light" color="orange" radius="sm">
                v{indicator.currentVersion}
              </Badge>
            ) : null}
          </Group>
        </Stack>
      </UnstyledButton>
    </Paper>
  );
}
