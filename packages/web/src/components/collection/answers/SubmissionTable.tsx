import { Badge, Button, ScrollArea, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SubmissionSummary } from "../../../api/types.ts";
import { formatDateTime } from "../../../lib/format.ts";
import { languageName } from "../../../lib/languageNames.ts";
import { useLocale } from "../../../lib/useLocale.ts";

/** One line per submission: when, code, how it arrived, language, easy-read, corrections. */
export function SubmissionTable({
  items,
  onOpen,
}: {
  items: SubmissionSummary[];
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <ScrollArea type="auto">
      <Table striped highlightOnHover withTableBorder verticalSpacing={6} miw={760}>
        <Table.Caption>{t("answers.table.caption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("answers.columns.date")}</Table.Th>
            <Table.Th scope="col">{t("answers.columns.code")}</Table.Th>
            <Table.Th scope="col">{t("answers.columns.source")}</Table.Th>
            <Table.Th scope="col">{t("answers.columns.language")}</Table.Th>
            <Table.Th scope="col">{t("answers.columns.easyRead")}</Table.Th>
            <Table.Th scope="col">{t("answers.columns.corrections")}</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">{t("common.actions")}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((s) => {
            const date = formatDateTime(s.submittedAt, locale);
            return (
              <Table.Tr key={s.id}>
                <Table.Td>
                  {date}
                  {s.deletedAt ? (
                    <Badge ml={6} size="xs" color="orange" variant="light">
                      {t("answers.table.inTrash")}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {s.respondentCode ? (
                    <Text size="sm" ff="monospace">
                      {s.respondentCode}
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t("answers.table.noCode")}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t(`answers.source.${s.source}`)}</Table.Td>
                <Table.Td>{languageName(s.language, locale)}</Table.Td>
                <Table.Td>{s.easyRead ? t("common.yes") : t("common.no")}</Table.Td>
                <Table.Td>
                  {s.corrections > 0 ? t("answers.table.corrected", { count: s.corrections }) : "—"}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() => onOpen(s.id)}
                    aria-label={
                      s.respondentCode
                        ? t("answers.table.openNamedCode", { date, code: s.respondentCode })
                        : t("answers.table.openNamed", { date })
                    }
                  >
                    {t("answers.table.open")}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
