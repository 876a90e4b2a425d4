import { Group, NativeSelect, SegmentedControl, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SubmissionFilters } from "../../../api/types.ts";

export type TrashView = NonNullable<SubmissionFilters["deleted"]>;

/** Narrow the answers down: by code (its beginning), by how they arrived, or the trash. */
export function AnswersFilters({
  code,
  onCode,
  source,
  onSource,
  trash,
  onTrash,
}: {
  code: string;
  onCode: (code: string) => void;
  source: string;
  onSource: (source: string) => void;
  trash: TrashView;
  onTrash: (view: TrashView) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label={t("answers.filters.label")}>
      <TextInput
        label={t("answers.filters.code")}
        description={t("answers.filters.codeHint")}
        value={code}
        onChange={(e) => onCode(e.currentTarget.value)}
        w={240}
      />
      <NativeSelect
        label={t("answers.filters.source")}
        value={source}
        onChange={(e) => onSource(e.currentTarget.value)}
        data={[
          { value: "", label: t("answers.filters.allSources") },
          { value: "web", label: t("answers.source.web") },
          { value: "staff", label: t("answers.source.staff") },
          { value: "import", label: t("answers.source.import") },
        ]}
        w={260}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="answers-trash-label">
          {t("answers.filters.trash")}
        </Text>
        <SegmentedControl
          aria-labelledby="answers-trash-label"
          value={trash}
          onChange={(v) => onTrash(v as TrashView)}
          data={[
            { value: "exclude", label: t("answers.filters.counted") },
            { value: "only", label: t("answers.filters.trashOnly") },
            { value: "include", label: t("answers.filters.everything") },
          ]}
        />
      </Stack>
    </Group>
  );
}
