import { Accordion, ScrollArea, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ColumnHint, TemplateColumn } from "./paperTemplate.ts";

/** What to write in each column of the template, in plain words. */
export function TemplateGuide({ columns }: { columns: TemplateColumn[] }) {
  const { t } = useTranslation();
  const hint = (h: ColumnHint) => {
    switch (h.kind) {
      case "choice":
        return t("answers.paper.hint.choice", { values: h.values.join(", ") });
      case "ticked":
        return t("answers.paper.hint.ticked", { choice: h.choice });
      case "rank":
        return t("answers.paper.hint.rank", { n: h.n, values: h.values.join(", ") });
      case "rating":
        return t("answers.paper.hint.rating", { min: h.min, max: h.max });
      default:
        return t(`answers.paper.hint.${h.kind}`);
    }
  };
  return (
    <Accordion variant="contained">
      <Accordion.Item value="columns">
        <Accordion.Control>{t("answers.paper.columnsTitle", { count: columns.length })}</Accordion.Control>
        <Accordion.Panel>
          <Text size="sm" mb="xs">
            {t("answers.paper.columnsIntro")}
          </Text>
          <ScrollArea type="auto">
            <Table withTableBorder striped miw={640}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("answers.paper.column")}</Table.Th>
                  <Table.Th scope="col">{t("answers.paper.question")}</Table.Th>
                  <Table.Th scope="col">{t("answers.paper.write")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {columns.map((c) => (
                  <Table.Tr key={c.name}>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {c.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>{c.question || t("answers.paper.codeColumn")}</Table.Td>
                    <Table.Td>{hint(c.hint)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
