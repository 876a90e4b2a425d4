import { Accordion, Badge, Group, Stack, Text, Title } from "@mantine/core";
import { STAKEHOLDER_CATEGORY_LABELS, type StakeholderCategory } from "@ricochet/domain";
import { useTranslation } from "react-i18next";
import type { RespondentData } from "../../../api/types.ts";
import { formatDay } from "../../../lib/days.ts";
import { formatDateTime } from "../../../lib/format.ts";
import { useLocale } from "../../../lib/useLocale.ts";

/** A stored answer as plain text: lists joined, a matrix row by row ("conf_avenir : 3"). */
const shown = (value: unknown): string =>
  typeof value === "string" || typeof value === "number"
    ? String(value)
    : Array.isArray(value)
      ? value.join(", ")
      : value && typeof value === "object"
        ? Object.entries(value as Record<string, unknown>)
            .map(([k, v]) => `${k} : ${shown(v)}`)
            .join(" ; ")
        : JSON.stringify(value);

/** Everything held under one code: each campaign's answers, and the interviews. */
export function RespondentDataView({ data }: { data: RespondentData }) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  return (
    <Stack gap="sm">
      <Text size="sm" fw={600} role="status">
        {t("codes.rights.found", {
          code: data.code,
          answers: t("codes.rights.answers", { count: data.submissions.length }),
          interviews: t("codes.rights.interviews", { count: data.interviews.length }),
        })}
      </Text>
      {data.submissions.length > 0 ? (
        <section aria-labelledby="rights-answers">
          <Title order={3} size="h6" id="rights-answers" mb={4}>
            {t("codes.rights.answersTitle")}
          </Title>
          <Accordion variant="contained">
            {data.submissions.map((s) => (
              <Accordion.Item key={s.id} value={s.id}>
                <Accordion.Control>
                  <Group gap="xs">
                    <Text size="sm" fw={600}>
                      {s.campaign}
                    </Text>
                    <Text size="sm">
                      {t("codes.rights.answeredOn", { date: formatDateTime(s.submittedAt, locale) })}
                    </Text>
                    {s.deletedAt ? (
                      <Badge size="xs" color="orange" variant="light">
                        {t("answers.table.inTrash")}
                      </Badge>
                    ) : null}
                    {s.corrections.length > 0 ? (
                      <Badge size="xs" color="grape" variant="light">
                        {t("answers.table.corrected", { count: s.corrections.length })}
                      </Badge>
                    ) : null}
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <Text size="xs" c="dimmed" mb={4}>
                    {t("codes.rights.shortNames")}
                  </Text>
                  <dl
                    style={{ margin: 0, display: "grid", gridTemplateColumns: "auto 1fr", gap: "2px 12px" }}
                  >
                    {Object.entries(s.answers).map(([name, value]) => (
                      <div key={name} style={{ display: "contents" }}>
                        <Text size="sm" component="dt" ff="monospace">
                          {name}
                        </Text>
                        <Text size="sm" component="dd" m={0}>
                          {shown(value)}
                        </Text>
                      </div>
                    ))}
                  </dl>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </section>
      ) : null}
      {data.interviews.length > 0 ? (
        <section aria-labelledby="rights-interviews">
          <Title order={3} size="h6" id="rights-interviews" mb={4}>
            {t("codes.rights.interviewsTitle")}
          </Title>
          <ul style={{ margin: 0, paddingLeft: "1.1rem" }}>
            {data.interviews.map((i) => (
              <li key={i.id}>
                <Text size="sm">
                  {t("codes.rights.interviewLine", {
                    date: formatDay(i.heldOn, locale),
                    category: STAKEHOLDER_CATEGORY_LABELS[i.stakeholderCategory as StakeholderCategory]
                      ? pick(STAKEHOLDER_CATEGORY_LABELS[i.stakeholderCategory as StakeholderCategory])
                      : i.stakeholderCategory,
                    count: i.transcript ? i.transcript.split(/\s+/).filter(Boolean).length : 0,
                  })}
                </Text>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Stack>
  );
}
