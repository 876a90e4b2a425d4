import { Paper, Stack, Text, Title } from "@mantine/core";
import type { QuestionnaireDefinition } from "@ricochet/domain";
import { useTranslation } from "react-i18next";
import type { SubmissionRevision } from "../../../api/types.ts";
import { formatDateTime } from "../../../lib/format.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { answerWords, questionEntries, textIn } from "./answerText.ts";
import { useAnswerTexts } from "./useAnswerTexts.ts";

/** Each correction: when, by whom, why, and each answer before → after. */
export function RevisionHistory({
  revisions,
  definition,
}: {
  revisions: SubmissionRevision[];
  definition: QuestionnaireDefinition;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const words = useAnswerTexts();
  const text = textIn(definition, locale);
  const byName = new Map(questionEntries(definition).map((e) => [e.question.name, e.question]));
  const show = (name: string, value: unknown) => {
    const question = byName.get(name);
    if (!question) return value == null ? t("answers.detail.noAnswer") : JSON.stringify(value);
    const answer = answerWords(definition, question, value, locale, words);
    return answer.empty ? t("answers.detail.noAnswer") : answer.text;
  };
  const nameOf = (name: string) => {
    const question = byName.get(name);
    if (question?.type === "calculate") return t("answers.detail.calculatedName", { name });
    return text(question?.label) || name;
  };
  return (
    <section aria-labelledby="revision-history">
      <Title order={3} size="h5" id="revision-history" mb={6}>
        {t("answers.history.title")}
      </Title>
      {revisions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("answers.history.none")}
        </Text>
      ) : (
        <Stack gap="xs" component="ol" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {revisions.map((r) => (
            <Paper key={r.id} withBorder p="xs" radius="sm" component="li">
              <Text size="sm" fw={600}>
                {t("answers.history.entry", {
                  date: formatDateTime(r.changedAt, locale),
                  who: r.changedBy ?? t("answers.history.unknownPerson"),
                })}
              </Text>
              <Text size="sm">
                {t("answers.history.reason")} « {r.reason ?? t("answers.history.noReason")} »
              </Text>
              <ul style={{ margin: "4px 0 0", paddingLeft: "1.1rem" }}>
                {r.changes.map((c) => (
                  <li key={c.question}>
                    <Text size="sm">
                      {nameOf(c.question)} : {show(c.question, c.before)} <span aria-hidden>→</span>
                      <span className="visually-hidden">{t("answers.history.becomes")}</span>{" "}
                      <strong>{show(c.question, c.after)}</strong>
                    </Text>
                  </li>
                ))}
              </ul>
            </Paper>
          ))}
        </Stack>
      )}
    </section>
  );
}
