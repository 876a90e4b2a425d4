import { Accordion, List, Text } from "@mantine/core";
import type { StepGuidance } from "@ricochet/domain";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../lib/useLocale.ts";

/** What the step is, why it matters, a worked example and common mistakes, for non-experts. */
export function StepGuidancePanel({ guidance }: { guidance: StepGuidance }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  return (
    <Accordion variant="separated" multiple defaultValue={["what"]} chevronPosition="left">
      <Accordion.Item value="what">
        <Accordion.Control>{t("evaluation.guide.what")}</Accordion.Control>
        <Accordion.Panel>
          <Text>{pick(guidance.what)}</Text>
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="why">
        <Accordion.Control>{t("evaluation.guide.why")}</Accordion.Control>
        <Accordion.Panel>
          <Text>{pick(guidance.why)}</Text>
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="example">
        <Accordion.Control>{t("evaluation.guide.example")}</Accordion.Control>
        <Accordion.Panel>
          <Text>{pick(guidance.example)}</Text>
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="mistakes">
        <Accordion.Control>{t("evaluation.guide.mistakes")}</Accordion.Control>
        <Accordion.Panel>
          <List spacing={4}>
            {guidance.mistakes.map((m) => (
              <List.Item key={m.fr}>{pick(m)}</List.Item>
            ))}
          </List>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
