import { Button, Group, ScrollArea, Table, Text } from "@mantine/core";
import { STAKEHOLDER_CATEGORY_LABELS, type StakeholderCategory } from "@ricochet/domain";
import { useTranslation } from "react-i18next";
import type { Interview, InterviewGuide } from "../../../api/types.ts";
import { formatDay } from "../../../lib/days.ts";
import { useLocale } from "../../../lib/useLocale.ts";

/** The interviews held: when, with whom (a category, never a name), consent, transcript length. */
export function InterviewList({
  interviews,
  guides,
  canEdit,
  canDelete,
  onEdit,
  onDelete,
}: {
  interviews: Interview[];
  guides: InterviewGuide[];
  canEdit: boolean;
  canDelete: boolean;
  onEdit: (interview: Interview) => void;
  onDelete: (interview: Interview) => void;
}) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const category = (c: string) => {
    const labels = STAKEHOLDER_CATEGORY_LABELS[c as StakeholderCategory];
    return labels ? pick(labels) : c;
  };
  return (
    <ScrollArea type="auto">
      <Table striped withTableBorder miw={760}>
        <Table.Caption>{t("interviews.list.caption", { count: interviews.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("interviews.list.date")}</Table.Th>
            <Table.Th scope="col">{t("interviews.list.category")}</Table.Th>
            <Table.Th scope="col">{t("interviews.list.interviewer")}</Table.Th>
            <Table.Th scope="col">{t("interviews.list.code")}</Table.Th>
            <Table.Th scope="col">{t("interviews.list.consent")}</Table.Th>
            <Table.Th scope="col">{t("interviews.list.transcript")}</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">{t("common.actions")}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {interviews.map((i) => {
            const date = formatDay(i.heldOn, locale);
            const guide = guides.find((g) => g.id === i.guideId);
            return (
              <Table.Tr key={i.id}>
                <Table.Td>{date}</Table.Td>
                <Table.Td>
                  {category(i.stakeholderCategory)}
                  {guide ? (
                    <Text size="xs" c="dimmed">
                      {t("interviews.list.withGuide", { title: guide.title })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{i.interviewer}</Table.Td>
                <Table.Td>
                  {i.respondentCode ? (
                    <Text size="sm" ff="monospace">
                      {i.respondentCode}
                    </Text>
                  ) : (
                    "—"
                  )}
                </Table.Td>
                <Table.Td>{t(`interviews.consent.${i.consentGiven}`)}</Table.Td>
                <Table.Td>
                  {i.words > 0
                    ? t("interviews.form.words", { count: i.words })
                    : t("interviews.list.noTranscript")}
                  {i.transcriptFileName ? (
                    <Text size="xs" c="dimmed">
                      {i.transcriptFileName}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {canEdit ? (
                      <Button
                        size="compact-sm"
                        variant="light"
                        onClick={() => onEdit(i)}
                        aria-label={t("interviews.list.editNamed", {
                          date,
                          category: category(i.stakeholderCategory),
                        })}
                      >
                        {t("common.edit")}
                      </Button>
                    ) : null}
                    {canDelete ? (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        onClick={() => onDelete(i)}
                        aria-label={t("interviews.list.deleteNamed", {
                          date,
                          category: category(i.stakeholderCategory),
                        })}
                      >
                        {t("interviews.list.delete")}
                      </Button>
                    ) : null}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
