import { ScrollArea, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CampaignFollowUp } from "../../../api/types.ts";
import { formatDay } from "../../../lib/days.ts";
import { useLocale } from "../../../lib/useLocale.ts";

/** The chart's figures, day by day: the text alternative of the drawing. */
export function DailyTable({ days, labelledBy }: { days: CampaignFollowUp["byDay"]; labelledBy: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <ScrollArea.Autosize mah={320} type="auto" viewportProps={{ tabIndex: 0, "aria-labelledby": labelledBy }}>
      <Table striped withTableBorder aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("answers.followUp.day")}</Table.Th>
            <Table.Th scope="col">{t("answers.followUp.dayCount")}</Table.Th>
            <Table.Th scope="col">{t("answers.followUp.dayCumulative")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {days.map((d) => (
            <Table.Tr key={d.date}>
              <Table.Td>{formatDay(d.date, locale)}</Table.Td>
              <Table.Td>{d.count}</Table.Td>
              <Table.Td>{d.cumulative}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
