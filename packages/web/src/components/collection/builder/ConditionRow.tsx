import { ActionIcon, Fieldset, Group, Select, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  type ConditionOperator,
  needsValue,
  operatorsFor,
  type SimpleCondition,
} from "../../../lib/conditionLogic.ts";
import type { ConditionSource } from "./conditionSources.ts";

/** One "question · operator · value" condition of the simple builder. */
export function ConditionRow({
  index,
  condition,
  sources,
  onChange,
  onRemove,
  readOnly,
}: {
  index: number;
  condition: SimpleCondition;
  sources: ConditionSource[];
  onChange: (next: SimpleCondition) => void;
  onRemove: () => void;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const source = sources.find((s) => s.name === condition.name);
  const operators = source ? operatorsFor(source.kind) : [];
  const valueLabel = t("builder.logic.value");
  const value = !needsValue(condition.operator) ? null : source?.choices ? (
    <Select
      label={valueLabel}
      data={source.choices.map((c) => ({ value: c.value, label: c.label }))}
      value={condition.value || null}
      onChange={(v) => onChange({ ...condition, value: v ?? "" })}
      allowDeselect={false}
      searchable
      readOnly={readOnly}
      w={220}
    />
  ) : (
    <TextInput
      label={valueLabel}
      type={source?.kind === "date" ? "date" : "text"}
      inputMode={source?.kind === "number" ? "decimal" : undefined}
      value={condition.value}
      onChange={(e) => onChange({ ...condition, value: e.currentTarget.value })}
      readOnly={readOnly}
      w={200}
    />
  );
  return (
    <Fieldset legend={t("builder.logic.conditionN", { n: index + 1 })} p="xs" variant="filled">
      <Group align="flex-end" gap="xs">
        <Select
          label={t("builder.logic.question")}
          placeholder={t("builder.logic.pickQuestion")}
          data={sources.map((s) => ({ value: s.name, label: s.label }))}
          value={condition.name || null}
          onChange={(name) => {
            const next = sources.find((s) => s.name === name);
            const first = next ? operatorsFor(next.kind)[0] : undefined;
            onChange({ name: name ?? "", operator: first ?? "eq", value: "" });
          }}
          searchable
          allowDeselect={false}
          readOnly={readOnly}
          w={280}
        />
        <Select
          label={t("builder.logic.operator")}
          data={operators.map((o) => ({ value: o, label: t(`builder.operators.${o}`) }))}
          value={source ? condition.operator : null}
          onChange={(o) => o && onChange({ ...condition, operator: o as ConditionOperator })}
          allowDeselect={false}
          disabled={!source}
          readOnly={readOnly}
          w={230}
        />
        {value}
        {readOnly ? null : (
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            mb={2}
            aria-label={t("builder.logic.removeN", { n: index + 1 })}
            onClick={onRemove}
          >
            ✕
          </ActionIcon>
        )}
      </Group>
    </Fieldset>
  );
}
