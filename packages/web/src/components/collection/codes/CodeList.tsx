import { Button, Group, NativeSelect, ScrollArea, Table, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { RespondentCode } from "../../../api/types.ts";
import { formatDate } from "../../../lib/format.ts";
import { useLocale } from "../../../lib/useLocale.ts";

const SHOWN = 20;

/** The panel's codes, batch by batch, with how many answers each already carries. */
export function CodeList({
  codes,
  batch,
  onBatch,
}: {
  codes: RespondentCode[];
  batch: string;
  onBatch: (batch: string) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [search, setSearch] = useState("");
  const [all, setAll] = useState(false);
  const batches = [...new Set(codes.map((c) => c.batch))].sort((a, b) => a - b);
  const inBatch = batch ? codes.filter((c) => String(c.batch) === batch) : codes;
  const wanted = search.trim().toUpperCase();
  const matching = wanted ? inBatch.filter((c) => c.code.includes(wanted)) : inBatch;
  const shown = all ? matching : matching.slice(0, SHOWN);
  const used = codes.filter((c) => c.submissions > 0).length;

  return (
    <div>
      <Text size="sm" mb="xs">
        {t("codes.list.summary", { count: codes.length, used })}
      </Text>
      <Group gap="md" align="flex-end" mb="xs">
        <NativeSelect
          label={t("codes.list.batch")}
          value={batch}
          onChange={(e) => onBatch(e.currentTarget.value)}
          data={[
            { value: "", label: t("codes.list.allBatches") },
            ...batches.map((b) => ({
              value: String(b),
              label: t("codes.list.batchN", { batch: b, count: codes.filter((c) => c.batch === b).length }),
            })),
          ]}
          w={240}
        />
        <TextInput
          label={t("codes.list.search")}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={220}
        />
      </Group>
      <ScrollArea type="auto">
        <Table striped withTableBorder miw={520}>
          <Table.Caption>{t("codes.list.caption", { count: matching.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("codes.list.code")}</Table.Th>
              <Table.Th scope="col">{t("codes.list.batchColumn")}</Table.Th>
              <Table.Th scope="col">{t("codes.list.answers")}</Table.Th>
              <Table.Th scope="col">{t("codes.list.created")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((c) => (
              <Table.Tr key={c.code}>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {c.code}
                  </Text>
                </Table.Td>
                <Table.Td>{c.batch}</Table.Td>
                <Table.Td>
                  {c.submissions > 0
                    ? t("codes.list.used", { count: c.submissions })
                    : t("codes.list.unused")}
                </Table.Td>
                <Table.Td>{formatDate(c.createdAt, locale)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {matching.length > SHOWN ? (
        <Button variant="subtle" size="compact-sm" mt="xs" onClick={() => setAll((v) => !v)}>
          {all ? t("codes.list.showFewer") : t("codes.list.showAll", { count: matching.length })}
        </Button>
      ) : null}
    </div>
  );
}
