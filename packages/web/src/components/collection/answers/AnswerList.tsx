import { Badge, Button, Group, Stack, Text, Title } from "@mantine/core";
import type { QuestionnaireDefinition } from "@ricochet/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SubmissionDetail } from "../../../api/types.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { answerWords, isCorrectable, questionEntries, textIn } from "./answerText.ts";
import { CorrectionForm, type SubmissionRef } from "./CorrectionForm.tsx";
import { useAnswerTexts } from "./useAnswerTexts.ts";

/** Every question of the questionnaire with the answer given, page by page; each correctable. */
export function AnswerList({
  target,
  definition,
  submission,
  canCorrect,
  onCorrected,
}: {
  target: SubmissionRef;
  definition: QuestionnaireDefinition;
  submission: SubmissionDetail;
  canCorrect: boolean;
  onCorrected: (saved: SubmissionDetail) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const words = useAnswerTexts();
  const text = textIn(definition, locale);
  const [editing, setEditing] = useState<string | null>(null);
  const entries = questionEntries(definition);
  const corrected = new Set(submission.revisions.flatMap((r) => r.changes.map((c) => c.question)));

  return (
    <Stack gap="md">
      {definition.pages.map((page, pageIndex) => {
        const questions = entries.filter((e) => e.pageIndex === pageIndex);
        if (questions.length === 0) return null;
        return (
          <section key={page.name} aria-labelledby={`answers-page-${page.name}`}>
            <Title order={4} size="h5" id={`answers-page-${page.name}`} mb={6}>
              {t("answers.detail.page", { n: pageIndex + 1, title: text(page.title) })}
            </Title>
            <dl style={{ margin: 0, display: "grid", gap: 10 }}>
              {questions.map(({ question }) => {
                const value = submission.answers[question.name];
                const answer = answerWords(definition, question, value, locale, words);
                const label =
                  question.type === "calculate"
                    ? t("answers.detail.calculatedName", { name: question.name })
                    : text(question.label) || question.name;
                return (
                  <div key={question.name}>
                    {/* While correcting, the field's own label names the question. */}
                    <dt className={editing === question.name ? "visually-hidden" : undefined}>
                      <Group gap={6}>
                        <Text size="sm" fw={600} component="span">
                          {label}
                        </Text>
                        {corrected.has(question.name) ? (
                          <Badge size="xs" color="grape" variant="light">
                            {t("answers.detail.correctedBadge")}
                          </Badge>
                        ) : null}
                      </Group>
                    </dt>
                    <dd style={{ margin: "2px 0 0" }}>
                      {editing === question.name ? (
                        <CorrectionForm
                          target={target}
                          definition={definition}
                          question={question}
                          value={value}
                          onCancel={() => setEditing(null)}
                          onDone={(saved) => {
                            setEditing(null);
                            onCorrected(saved);
                          }}
                        />
                      ) : (
                        <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
                          {answer.rows && !answer.empty ? (
                            <ul style={{ margin: 0, paddingLeft: "1.1rem" }}>
                              {answer.rows.map((r) => (
                                <li key={r.label}>
                                  <Text size="sm">
                                    {r.label} : <strong>{r.value}</strong>
                                  </Text>
                                </li>
                              ))}
                            </ul>
                          ) : (
                            <Text
                              size="sm"
                              c={answer.empty ? "dimmed" : undefined}
                              style={{ whiteSpace: "pre-wrap" }}
                            >
                              {answer.empty ? t("answers.detail.noAnswer") : answer.text}
                            </Text>
                          )}
                          {canCorrect && isCorrectable(question) ? (
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              onClick={() => setEditing(question.name)}
                              aria-label={t("answers.detail.correctNamed", { label })}
                            >
                              {t("answers.detail.correct")}
                            </Button>
                          ) : null}
                        </Group>
                      )}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
    </Stack>
  );
}
