import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CampaignFollowUp } from "../../../api/types.ts";
import { formatDay } from "../../../lib/days.ts";
import { formatNumber } from "../../../lib/format.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { niceMax, plot, stepPath, yTicks } from "./chartScale.ts";
import { DailyTable } from "./DailyTable.tsx";

const W = 640;
const H = 220;
const M = { top: 16, right: 24, bottom: 32, left: 48 };

/** Answers added up day after day, against the target: a drawing, and the same figures as a table. */
export function CumulativeChart({ followUp }: { followUp: CampaignFollowUp }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  const { byDay, target } = followUp;
  const last = byDay.at(-1);
  const total = last?.cumulative ?? 0;
  const max = niceMax(Math.max(total, target ?? 0) * 1.05);
  const width = W - M.left - M.right;
  const height = H - M.top - M.bottom;
  const points = plot(byDay, width, height, max);
  const first = byDay[0];
  const summary =
    first && last
      ? t("answers.followUp.chartSummary", {
          from: formatDay(first.date, locale),
          to: formatDay(last.date, locale),
          count: total,
          days: byDay.length,
        }) + (target ? ` ${t("answers.followUp.chartTarget", { target })}` : "")
      : t("answers.followUp.chartEmpty");
  const targetY = target ? height - (target / max) * height : null;

  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end">
        <Title order={4} size="h5" id={`${id}-title`}>
          {t("answers.followUp.chartTitle")}
        </Title>
        {byDay.length > 0 ? (
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => setAsTable((v) => !v)}
            aria-expanded={asTable}
          >
            {asTable ? t("answers.followUp.showChart") : t("answers.followUp.showTable")}
          </Button>
        ) : null}
      </Group>
      <Text size="sm" id={`${id}-desc`}>
        {summary}
      </Text>
      {byDay.length === 0 ? null : asTable ? (
        <DailyTable days={byDay} labelledBy={`${id}-title`} />
      ) : (
        <svg
          viewBox={`0 0 ${W} ${H}`}
          width="100%"
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          style={{ maxWidth: W, display: "block" }}
        >
          <title>{t("answers.followUp.chartTitle")}</title>
          <g transform={`translate(${M.left} ${M.top})`} fontSize="12" fill="#343a40">
            {yTicks(max).map((tick) => {
              const y = height - (tick / max) * height;
              return (
                <g key={tick}>
                  <line x1={0} x2={width} y1={y} y2={y} stroke="#dee2e6" />
                  <text x={-8} y={y + 4} textAnchor="end">
                    {formatNumber(tick, locale)}
                  </text>
                </g>
              );
            })}
            {targetY !== null ? (
              <g>
                <line
                  x1={0}
                  x2={width}
                  y1={targetY}
                  y2={targetY}
                  stroke="#b35900"
                  strokeDasharray="6 4"
                  strokeWidth={2}
                />
                <text x={width} y={targetY - 6} textAnchor="end" fill="#8a4500" fontWeight={600}>
                  {t("answers.followUp.targetLine", { target })}
                </text>
              </g>
            ) : null}
            <path d={stepPath(points, height)} fill="none" stroke="#0b7285" strokeWidth={2.5} />
            {points.length > 0 ? (
              <circle cx={points.at(-1)?.x} cy={points.at(-1)?.y} r={4} fill="#0b7285" />
            ) : null}
            {first ? (
              <text x={0} y={height + 20} textAnchor="start">
                {formatDay(first.date, locale)}
              </text>
            ) : null}
            {last && byDay.length > 1 ? (
              <text x={width} y={height + 20} textAnchor="end">
                {formatDay(last.date, locale)}
              </text>
            ) : null}
          </g>
        </svg>
      )}
    </Stack>
  );
}
