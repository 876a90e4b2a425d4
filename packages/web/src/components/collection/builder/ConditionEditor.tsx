import { Alert, Button, Collapse, Group, Radio, SegmentedControl, Stack, Text } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  logicToExpression,
  parseLogic,
  type SimpleLogic,
  type ValueKind,
} from "../../../lib/conditionLogic.ts";
import { useBuilder } from "./BuilderContext.tsx";
import { ConditionRow } from "./ConditionRow.tsx";
import type { ConditionSource } from "./conditionSources.ts";
import { ExpressionField } from "./ExpressionField.tsx";

/**
 * "Show this only if…": a simple builder (pick an earlier question, an operator that suits it, a
 * value) writing XLSForm's syntax, and the raw expression for those who want it, both in step.
 */
export function ConditionEditor({
  path,
  value,
  onChange,
  sources,
  subject,
}: {
  path: string;
  value: string;
  onChange: (expression: string) => void;
  sources: ConditionSource[];
  /** "question" or "page": whose display the condition decides. */
  subject: "question" | "page";
}) {
  const { t } = useTranslation();
  const { canWrite } = useBuilder();
  const kinds = new Map<string, ValueKind>(sources.map((s) => [s.name, s.kind]));
  const parsed = parseLogic(value, kinds);
  const [logic, setLogic] = useState<SimpleLogic>(parsed ?? { join: "and", conditions: [] });
  const [conditional, setConditional] = useState(value.trim() !== "");
  const [advanced, setAdvanced] = useState(parsed === null);
  const emitted = useRef(value);

  // A change made elsewhere (the advanced field, a rename) is read back into the simple builder.
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    const next = parseLogic(value, kinds);
    if (next) setLogic(next);
    if (value.trim() !== "") setConditional(true);
  });

  const emit = (expression: string) => {
    emitted.current = expression;
    onChange(expression);
  };
  const changeLogic = (next: SimpleLogic) => {
    setLogic(next);
    emit(logicToExpression(next, kinds));
  };
  const blank = { name: "", operator: "eq" as const, value: "" };

  return (
    <Stack gap="xs">
      <Radio.Group
        label={t(`builder.logic.${subject}Label`)}
        value={conditional ? "if" : "always"}
        onChange={(mode) => {
          if (mode === "always") {
            setConditional(false);
            setLogic({ join: "and", conditions: [] });
            emit("");
          } else {
            setConditional(true);
            if (logic.conditions.length === 0) setLogic({ ...logic, conditions: [blank] });
          }
        }}
      >
        <Group gap="lg" mt={4}>
          <Radio value="always" label={t("builder.logic.always")} disabled={!canWrite} />
          <Radio value="if" label={t("builder.logic.onlyIf")} disabled={!canWrite} />
        </Group>
      </Radio.Group>
      {conditional && sources.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(`builder.logic.noEarlier.${subject}`)}
        </Text>
      ) : null}
      {conditional && parsed === null ? (
        <Alert color="blue" p="xs">
          <Text size="sm">{t("builder.logic.advancedOnly")}</Text>
          {canWrite ? (
            <Button
              size="compact-sm"
              variant="light"
              mt={6}
              onClick={() => changeLogic({ join: "and", conditions: [blank] })}
            >
              {t("builder.logic.replaceWithSimple")}
            </Button>
          ) : null}
        </Alert>
      ) : null}
      {conditional && parsed !== null && sources.length > 0 ? (
        <Stack gap="xs">
          {logic.conditions.length > 1 ? (
            <SegmentedControl
              aria-label={t("builder.logic.join")}
              value={logic.join}
              onChange={(join) => changeLogic({ ...logic, join: join as SimpleLogic["join"] })}
              data={[
                { value: "and", label: t("builder.logic.all") },
                { value: "or", label: t("builder.logic.any") },
              ]}
              readOnly={!canWrite}
            />
          ) : null}
          {logic.conditions.map((condition, i) => (
            <ConditionRow
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place.
              key={i}
              index={i}
              condition={condition}
              sources={sources}
              readOnly={!canWrite}
              onChange={(next) =>
                changeLogic({ ...logic, conditions: logic.conditions.map((c, j) => (j === i ? next : c)) })
              }
              onRemove={() =>
                changeLogic({ ...logic, conditions: logic.conditions.filter((_, j) => j !== i) })
              }
            />
          ))}
          {canWrite ? (
            <Group>
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={() => setLogic({ ...logic, conditions: [...logic.conditions, blank] })}
              >
                {t("builder.logic.addCondition")}
              </Button>
            </Group>
          ) : null}
        </Stack>
      ) : null}
      <Group>
        <Button
          size="compact-sm"
          variant="subtle"
          color="gray"
          onClick={() => setAdvanced((a) => !a)}
          aria-expanded={advanced}
        >
          {advanced ? t("builder.logic.hideAdvanced") : t("builder.logic.showAdvanced")}
        </Button>
      </Group>
      <Collapse expanded={advanced}>
        <ExpressionField
          label={t("builder.logic.advanced")}
          description={t("builder.logic.advancedHint")}
          path={path}
          value={value}
          onChange={(expression) => {
            emit(expression);
            if (expression.trim() !== "") setConditional(true);
            const next = parseLogic(expression, kinds);
            if (next) setLogic(next);
          }}
          placeholder="${situation} = 'emploi'"
        />
      </Collapse>
    </Stack>
  );
}
