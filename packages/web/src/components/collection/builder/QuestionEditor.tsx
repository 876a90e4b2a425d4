import { Badge, Group, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { QUESTION_TYPES, type QuestionType } from "@ricochet/domain";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { questionPath } from "../../../lib/builderSelection.ts";
import { likertPreset } from "../../../lib/questionnairePresets.ts";
import { ChoiceSettings } from "./ChoiceSettings.tsx";
import { ConditionEditor } from "./ConditionEditor.tsx";
import { ConstraintFields } from "./ConstraintFields.tsx";
import { conditionSources } from "./conditionSources.ts";
import { EasyReadField } from "./EasyReadField.tsx";
import { ExpressionField } from "./ExpressionField.tsx";
import { IndicatorLinks } from "./IndicatorLinks.tsx";
import { MatrixRowsEditor } from "./MatrixRowsEditor.tsx";
import { PictogramField } from "./PictogramField.tsx";
import { QuestionTextFields } from "./QuestionTextFields.tsx";
import { ANSWERLESS, CHOICE_TYPES, CONSTRAINABLE } from "./questionTypes.ts";
import { RatingSettings } from "./RatingSettings.tsx";
import { RequiredFields } from "./RequiredFields.tsx";
import { useQuestionAt } from "./useQuestionAt.ts";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm" radius="sm" component="section">
      <Title order={4} size="h5" mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** Everything about the selected question, section by section, in plain words. */
export function QuestionEditor({ page, index }: { page: number; index: number }) {
  const { t } = useTranslation();
  const { draft, update, change, question, language, canWrite } = useQuestionAt(page, index);
  if (!question) return null;
  const path = questionPath(page, index);
  const sources = conditionSources(draft, { page, question: index }, language, {
    yes: t("common.yes"),
    no: t("common.no"),
  });
  const setType = (type: QuestionType) =>
    update((d) => {
      let next = d;
      let list = question.choiceList;
      if ((type === "likert" || type === "matrix") && !list) {
        const preset = likertPreset(d.languages);
        if (!d.choiceLists.some((l) => l.name === preset.name))
          next = { ...d, choiceLists: [...d.choiceLists, preset] };
        list = preset.name;
      }
      return {
        ...next,
        pages: next.pages.map((pg, p) =>
          p !== page
            ? pg
            : {
                ...pg,
                questions: pg.questions.map((q, i) =>
                  i !== index
                    ? q
                    : {
                        ...q,
                        type,
                        choiceList: CHOICE_TYPES.includes(type) ? list : undefined,
                        scale: type === "rating" ? (q.scale ?? { min: 0, max: 10 }) : undefined,
                        items: type === "matrix" ? (q.items ?? []) : undefined,
                        calculation: type === "calculate" ? (q.calculation ?? "") : undefined,
                      },
                ),
              },
        ),
      };
    });

  return (
    <Stack gap="sm">
      <Group gap="xs" align="flex-end" justify="space-between">
        <Select
          label={t("builder.question.type")}
          description={t(`builder.types.${question.type}.explain`)}
          data={QUESTION_TYPES.map((type) => ({ value: type, label: t(`builder.types.${type}.label`) }))}
          value={question.type}
          onChange={(type) => type && setType(type as QuestionType)}
          allowDeselect={false}
          readOnly={!canWrite}
          w={360}
        />
        {question.required ? <Badge variant="light">{t("builder.required.badge")}</Badge> : null}
      </Group>
      <Section title={t("builder.sections.text")}>
        <QuestionTextFields page={page} index={index} />
      </Section>
      {question.type !== "calculate" ? (
        <Section title={t("builder.sections.falc")}>
          <EasyReadField page={page} index={index} />
        </Section>
      ) : null}
      {question.type !== "calculate" ? (
        <Section title={t("builder.sections.pictogram")}>
          <PictogramField
            label={t("builder.pictogram.label")}
            image={question.image}
            onChange={(image) => change((q) => ({ ...q, image: image ?? undefined }))}
            readOnly={!canWrite}
          />
        </Section>
      ) : null}
      {CHOICE_TYPES.includes(question.type) ? (
        <Section
          title={t(question.type === "matrix" ? "builder.sections.scale" : "builder.sections.choices")}
        >
          <ChoiceSettings page={page} index={index} />
        </Section>
      ) : null}
      {question.type === "matrix" ? (
        <Section title={t("builder.sections.rows")}>
          <MatrixRowsEditor page={page} index={index} />
        </Section>
      ) : null}
      {question.type === "rating" ? (
        <Section title={t("builder.sections.rating")}>
          <RatingSettings page={page} index={index} />
        </Section>
      ) : null}
      {question.type === "calculate" ? (
        <Section title={t("builder.sections.calculation")}>
          <Text size="sm" mb="xs">
            {t("builder.calculation.explain")}
          </Text>
          <ExpressionField
            label={t("builder.calculation.label")}
            path={`${path}.calculation`}
            value={question.calculation ?? ""}
            placeholder="number(${conf_avenir}) + number(${conf_capable})"
            onChange={(calculation) => change((q) => ({ ...q, calculation }))}
          />
        </Section>
      ) : null}
      {!ANSWERLESS.includes(question.type) ? (
        <Section title={t("builder.sections.required")}>
          <RequiredFields page={page} index={index} />
        </Section>
      ) : null}
      <Section title={t("builder.sections.logic")}>
        <ConditionEditor
          key={`${path}:${question.name}`}
          path={`${path}.relevant`}
          value={question.relevant ?? ""}
          onChange={(relevant) => change((q) => ({ ...q, relevant: relevant === "" ? undefined : relevant }))}
          sources={sources}
          subject="question"
        />
      </Section>
      {CONSTRAINABLE.includes(question.type) ? (
        <Section title={t("builder.sections.constraint")}>
          <ConstraintFields page={page} index={index} />
        </Section>
      ) : null}
      {question.type !== "note" ? (
        <Section title={t("builder.sections.indicators")}>
          <IndicatorLinks page={page} index={index} />
        </Section>
      ) : null}
    </Stack>
  );
}
