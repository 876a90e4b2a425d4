import { Modal, SimpleGrid, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import type { QuestionType } from "@ricochet/domain";
import { useTranslation } from "react-i18next";
import { TYPE_GROUPS, TYPE_ICONS } from "./questionTypes.ts";

/** Which kind of question to add, each explained in plain words with an example. */
export function QuestionTypePicker({
  onPick,
  onClose,
}: {
  onPick: (type: QuestionType) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} size="xl" title={t("builder.picker.title")}>
      <Stack gap="md">
        <Text size="sm">{t("builder.picker.intro")}</Text>
        {TYPE_GROUPS.map((group) => (
          <section key={group.key} aria-labelledby={`type-group-${group.key}`}>
            <Title order={3} size="h5" mb={6} id={`type-group-${group.key}`}>
              {t(`builder.picker.groups.${group.key}`)}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              {group.types.map((type) => (
                <UnstyledButton
                  key={type}
                  onClick={() => onPick(type)}
                  aria-describedby={`type-explain-${type}`}
                  p="sm"
                  style={{ border: "1px solid var(--mantine-color-gray-4)", borderRadius: 8 }}
                >
                  <Text fw={700} size="sm">
                    <span aria-hidden style={{ display: "inline-block", width: 30 }}>
                      {TYPE_ICONS[type]}
                    </span>
                    {t(`builder.types.${type}.label`)}
                  </Text>
                  <Text size="sm" c="dimmed" id={`type-explain-${type}`}>
                    {t(`builder.types.${type}.explain`)}
                  </Text>
                  <Text size="xs" c="dimmed" fs="italic" mt={2}>
                    {t(`builder.types.${type}.example`)}
                  </Text>
                </UnstyledButton>
              ))}
            </SimpleGrid>
          </section>
        ))}
      </Stack>
    </Modal>
  );
}
