import {
  Button,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import {
  COLLECTION_METHOD_LABELS,
  COLLECTION_METHODS,
  IMP_DIMENSION_LABELS,
  IMP_DIMENSIONS,
  INDICATOR_DIRECTION_LABELS,
  INDICATOR_DIRECTIONS,
  INDICATOR_FREQUENCIES,
  INDICATOR_FREQUENCY_LABELS,
  INDICATOR_SCOPE_LABELS,
  INDICATOR_SECTOR_LABELS,
  INDICATOR_SECTORS,
  INDICATOR_TYPE_LABELS,
  INDICATOR_TYPES,
  type Localised,
  type TCreateIndicator,
  ZCreateIndicator,
} from "@ricochet/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Indicator } from "../../api/types.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { type FieldErrors, validate } from "../../lib/validation.ts";

type Values = TCreateIndicator & { changeNote?: string };

const empty: Values = {
  code: "",
  name: { fr: "", en: "" },
  definition: { fr: "", en: "" },
  type: "proportion",
  unit: { fr: "%", en: "%" },
  direction: "higher_is_better",
  source: { fr: "", en: "" },
  collectionMethod: "questionnaire",
  questionWording: null,
  frequency: "yearly",
  disaggregations: [],
  sectors: [],
  impDimension: "what",
  tags: [],
  scope: "private",
};

/** Two inputs side by side: French first, English second. */
function Pair({
  label,
  value,
  onChange,
  error,
  long,
  required,
}: {
  label: string;
  value: Localised;
  onChange: (v: Localised) => void;
  error?: string;
  long?: boolean;
  required?: boolean;
}) {
  const Input = long ? Textarea : TextInput;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
      <Input
        label={`${label} — FR`}
        value={value.fr}
        onChange={(e) => onChange({ ...value, fr: e.currentTarget.value })}
        error={error}
        required={required}
        {...(long ? { autosize: true, minRows: 2 } : {})}
      />
      <Input
        label={`${label} — EN`}
        value={value.en}
        onChange={(e) => onChange({ ...value, en: e.currentTarget.value })}
        required={required}
        {...(long ? { autosize: true, minRows: 2 } : {})}
      />
    </SimpleGrid>
  );
}

/** Creates or edits a definition; an edit of a used one becomes a new version (said in the form). */
export function IndicatorForm({
  initial,
  canShare,
  pending,
  serverErrors,
  onSubmit,
  onCancel,
}: {
  initial?: Indicator;
  canShare: boolean;
  pending: boolean;
  serverErrors: FieldErrors;
  onSubmit: (values: Values) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const [v, setV] = useState<Values>(() =>
    initial
      ? { ...initial.content, scope: initial.scope === "network" ? "network" : "private", changeNote: "" }
      : empty,
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setV((old) => ({ ...old, [key]: value }));
  const options = <K extends string>(keys: readonly K[], labels: Record<K, Localised>) =>
    keys.map((k) => ({ value: k, label: pick(labels[k]) }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const question =
      v.questionWording && (v.questionWording.fr || v.questionWording.en) ? v.questionWording : null;
    const body = { ...v, questionWording: question };
    const checked = validate(ZCreateIndicator, body, locale);
    setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) onSubmit(body);
  };
  const all = { ...serverErrors, ...errors };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput
            label={t("indicators.field.code")}
            description={t("indicators.codeHint")}
            value={v.code}
            onChange={(e) => set("code", e.currentTarget.value.toUpperCase())}
            error={all.code}
            disabled={!!initial}
            required
            ff="monospace"
          />
          <div>
            <Text size="sm" fw={500} mb={4} id="scope-label">
              {t("indicators.field.scope")}
            </Text>
            <SegmentedControl
              aria-labelledby="scope-label"
              fullWidth
              value={v.scope ?? "private"}
              onChange={(value) => set("scope", value as "private" | "network")}
              data={[
                { value: "private", label: pick(INDICATOR_SCOPE_LABELS.private) },
                { value: "network", label: pick(INDICATOR_SCOPE_LABELS.network), disabled: !canShare },
              ]}
            />
          </div>
        </SimpleGrid>
        <Pair
          label={t("indicators.field.name")}
          value={v.name}
          onChange={(x) => set("name", x)}
          error={all.name}
          required
        />
        <Pair
          label={t("indicators.field.definition")}
          value={v.definition}
          onChange={(x) => set("definition", x)}
          error={all.definition}
          long
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <Select
            label={t("indicators.field.type")}
            data={options(INDICATOR_TYPES, INDICATOR_TYPE_LABELS)}
            value={v.type}
            onChange={(x) => x && set("type", x as Values["type"])}
            allowDeselect={false}
          />
          <TextInput
            label={t("indicators.field.unit")}
            value={v.unit.fr}
            onChange={(e) =>
              set("unit", { fr: e.currentTarget.value, en: v.unit.en || e.currentTarget.value })
            }
            error={all.unit}
          />
          <TextInput
            label={`${t("indicators.field.unit")} — EN`}
            value={v.unit.en}
            onChange={(e) => set("unit", { ...v.unit, en: e.currentTarget.value })}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <Select
            label={t("indicators.field.direction")}
            data={options(INDICATOR_DIRECTIONS, INDICATOR_DIRECTION_LABELS)}
            value={v.direction}
            onChange={(x) => x && set("direction", x as Values["direction"])}
            allowDeselect={false}
          />
          <Select
            label={t("indicators.field.method")}
            data={options(COLLECTION_METHODS, COLLECTION_METHOD_LABELS)}
            value={v.collectionMethod}
            onChange={(x) => x && set("collectionMethod", x as Values["collectionMethod"])}
            allowDeselect={false}
          />
          <Select
            label={t("indicators.field.frequency")}
            data={options(INDICATOR_FREQUENCIES, INDICATOR_FREQUENCY_LABELS)}
            value={v.frequency}
            onChange={(x) => x && set("frequency", x as Values["frequency"])}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Pair
          label={t("indicators.field.source")}
          value={v.source}
          onChange={(x) => set("source", x)}
          error={all.source}
          required
        />
        <Pair
          label={t("indicators.field.question")}
          value={v.questionWording ?? { fr: "", en: "" }}
          onChange={(x) => set("questionWording", x)}
          error={all.questionWording}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <MultiSelect
            label={t("indicators.field.sectors")}
            description={t("indicators.sectorsHint")}
            data={options(INDICATOR_SECTORS, INDICATOR_SECTOR_LABELS)}
            value={v.sectors ?? []}
            onChange={(x) => set("sectors", x as Values["sectors"])}
            searchable
          />
          <Select
            label={t("indicators.field.dimension")}
            data={options(IMP_DIMENSIONS, IMP_DIMENSION_LABELS)}
            value={v.impDimension}
            onChange={(x) => x && set("impDimension", x as Values["impDimension"])}
            allowDeselect={false}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TagsInput
            label={t("indicators.field.disaggregations")}
            description={t("indicators.disaggregationsHint")}
            value={v.disaggregations ?? []}
            onChange={(x) => set("disaggregations", x)}
            error={all.disaggregations}
          />
          <TagsInput
            label={t("indicators.field.tags")}
            value={v.tags ?? []}
            onChange={(x) => set("tags", x)}
          />
        </SimpleGrid>
        {initial ? (
          <TextInput
            label={t("indicators.field.changeNote")}
            description={t("indicators.changeNoteHint")}
            value={v.changeNote ?? ""}
            onChange={(e) => set("changeNote", e.currentTarget.value)}
          />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={pending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
