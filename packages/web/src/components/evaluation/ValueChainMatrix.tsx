import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ValueChain } from "../../api/types.ts";
import { formatEuros } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";

/** Who brings what to which activity: stakeholders in rows, activities in columns, totals at the edges. */
export function ValueChainMatrix({ data }: { data: ValueChain }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const cell = (stakeholderId: string, activityId: string) =>
    data.chain.cells.find((c) => c.stakeholderId === stakeholderId && c.activityId === activityId);
  const euros = (v: string | undefined) => (v && Number(v) !== 0 ? formatEuros(v, locale) : "—");
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table withTableBorder withColumnBorders striped>
        <Table.Caption>{t("valueChain.matrixCaption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("valueChain.stakeholder")}</Table.Th>
            {data.activities.map((a) => (
              <Table.Th scope="col" key={a.id}>
                {a.name}
              </Table.Th>
            ))}
            <Table.Th scope="col">{t("valueChain.total")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.stakeholders.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Th scope="row">{s.name}</Table.Th>
              {data.activities.map((a) => (
                <Table.Td key={a.id} ta="right">
                  {euros(cell(s.id, a.id)?.value)}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={600}>
                {euros(data.chain.byStakeholder.find((x) => x.stakeholderId === s.id)?.value)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t("valueChain.total")}</Table.Th>
            {data.activities.map((a) => (
              <Table.Td key={a.id} ta="right" fw={600}>
                {euros(data.chain.byActivity.find((x) => x.activityId === a.id)?.value)}
              </Table.Td>
            ))}
            <Table.Td ta="right" fw={700}>
              <Text span fw={700}>
                {formatEuros(data.chain.total, locale)}
              </Text>
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
