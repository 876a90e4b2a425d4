import {
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import {
  CONTRIBUTION_KIND_LABELS,
  CONTRIBUTION_KINDS,
  type ContributionKind,
  INVOLVEMENT_LABELS,
  INVOLVEMENT_LEVELS,
  type InvolvementLevel,
  STAKEHOLDER_CATEGORIES,
  STAKEHOLDER_CATEGORY_LABELS,
  type StakeholderCategory,
  type TActivityInput,
  type TContributionInput,
  type TStakeholderInput,
  ZActivityInput,
  ZContributionInput,
  ZStakeholderInput,
} from "@ricochet/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Activity, Contribution, Stakeholder } from "../../api/types.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { type FieldErrors, validate } from "../../lib/validation.ts";

interface FormProps<T> {
  onSubmit: (body: T) => void;
  onCancel: () => void;
  pending: boolean;
  serverErrors: FieldErrors;
}

function Actions({ onCancel, pending }: { onCancel: () => void; pending: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t("common.cancel")}
      </Button>
      <Button type="submit" loading={pending}>
        {t("common.save")}
      </Button>
    </Group>
  );
}

export function StakeholderForm({
  initial,
  onSubmit,
  onCancel,
  pending,
  serverErrors,
}: FormProps<TStakeholderInput> & { initial?: Stakeholder }) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const [name, setName] = useState(initial?.name ?? "");
  const [category, setCategory] = useState<StakeholderCategory>(
    (initial?.category as StakeholderCategory) ?? "beneficiaries",
  );
  const [size, setSize] = useState<number | string>(initial?.estimatedSize ?? "");
  const [involvement, setInvolvement] = useState<InvolvementLevel>(
    (initial?.involvement as InvolvementLevel) ?? "consulted",
  );
  const [changes, setChanges] = useState(initial?.expectedChanges ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: TStakeholderInput = {
      name,
      category,
      estimatedSize: size === "" ? null : Number(size),
      involvement,
      expectedChanges: changes.trim() || null,
    };
    const checked = validate(ZStakeholderInput, body, locale);
    setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) onSubmit(body);
  };
  const all = { ...serverErrors, ...errors };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t("valueChain.name")}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={all.name}
          required
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("valueChain.category")}
            data={STAKEHOLDER_CATEGORIES.map((c) => ({
              value: c,
              label: pick(STAKEHOLDER_CATEGORY_LABELS[c]),
            }))}
            value={category}
            onChange={(v) => v && setCategory(v as StakeholderCategory)}
            allowDeselect={false}
          />
          <NumberInput
            label={t("valueChain.estimatedSize")}
            description={t("valueChain.estimatedSizeHint")}
            value={size}
            onChange={setSize}
            min={0}
            allowDecimal={false}
            error={all.estimatedSize}
          />
        </SimpleGrid>
        <Select
          label={t("valueChain.involvement")}
          description={t("valueChain.involvementHint")}
          data={INVOLVEMENT_LEVELS.map((l) => ({ value: l, label: pick(INVOLVEMENT_LABELS[l]) }))}
          value={involvement}
          onChange={(v) => v && setInvolvement(v as InvolvementLevel)}
          allowDeselect={false}
        />
        <Textarea
          label={t("valueChain.expectedChanges")}
          description={t("valueChain.expectedChangesHint")}
          value={changes}
          onChange={(e) => setChanges(e.currentTarget.value)}
          error={all.expectedChanges}
          autosize
          minRows={2}
        />
        <Actions onCancel={onCancel} pending={pending} />
      </Stack>
    </form>
  );
}

export function ActivityForm({
  initial,
  onSubmit,
  onCancel,
  pending,
  serverErrors,
}: FormProps<TActivityInput> & { initial?: Activity }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [name, setName] = useState(initial?.name ?? "");
  const [description, setDescription] = useState(initial?.description ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: TActivityInput = { name, description: description.trim() || null };
    const checked = validate(ZActivityInput, body, locale);
    setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) onSubmit(body);
  };
  const all = { ...serverErrors, ...errors };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t("valueChain.activityName")}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={all.name}
          required
          data-autofocus
        />
        <Textarea
          label={t("valueChain.description")}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Actions onCancel={onCancel} pending={pending} />
      </Stack>
    </form>
  );
}

export function ContributionForm({
  initial,
  stakeholders,
  activities,
  onSubmit,
  onCancel,
  pending,
  serverErrors,
}: FormProps<TContributionInput> & {
  initial?: Contribution;
  stakeholders: Stakeholder[];
  activities: Activity[];
}) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const [stakeholderId, setStakeholderId] = useState<string | null>(initial?.stakeholderId ?? null);
  const [activityId, setActivityId] = useState<string | null>(initial?.activityId ?? null);
  const [kind, setKind] = useState<ContributionKind>(initial?.kind ?? "money");
  const [amount, setAmount] = useState<number | string>(initial?.amount ?? "");
  const [hours, setHours] = useState<number | string>(initial?.hours ?? "");
  const [hourlyValue, setHourlyValue] = useState<number | string>(initial?.hourlyValue ?? "");
  const [description, setDescription] = useState(initial?.description ?? "");
  const [valueSource, setValueSource] = useState(initial?.valueSource ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const isTime = kind === "volunteer_time" || kind === "staff_time";
  const asText = (v: number | string) => (v === "" ? null : String(v));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: TContributionInput = {
      stakeholderId: stakeholderId ?? "",
      activityId: activityId ?? "",
      kind,
      amount: isTime ? null : asText(amount),
      hours: isTime ? asText(hours) : null,
      hourlyValue: isTime ? asText(hourlyValue) : null,
      description: description.trim() || null,
      valueSource: valueSource.trim() || null,
    };
    const checked = validate(ZContributionInput, body, locale);
    setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) onSubmit(body);
  };
  const all = { ...serverErrors, ...errors };
  const decimal = locale === "fr" ? "," : ".";
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("valueChain.stakeholder")}
            data={stakeholders.map((s) => ({ value: s.id, label: s.name }))}
            value={stakeholderId}
            onChange={setStakeholderId}
            error={all.stakeholderId ? t("valueChain.chooseStakeholder") : undefined}
            required
            searchable
          />
          <Select
            label={t("valueChain.activity")}
            data={activities.map((a) => ({ value: a.id, label: a.name }))}
            value={activityId}
            onChange={setActivityId}
            error={all.activityId ? t("valueChain.chooseActivity") : undefined}
            required
            searchable
          />
        </SimpleGrid>
        <div>
          <SegmentedControl
            aria-label={t("valueChain.kind")}
            fullWidth
            data={CONTRIBUTION_KINDS.map((k) => ({ value: k, label: pick(CONTRIBUTION_KIND_LABELS[k]) }))}
            value={kind}
            onChange={(v) => setKind(v as ContributionKind)}
          />
        </div>
        {isTime ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t("valueChain.hours")}
              value={hours}
              onChange={setHours}
              min={0}
              decimalScale={2}
              decimalSeparator={decimal}
              error={all.hours}
              required
            />
            <NumberInput
              label={t("valueChain.hourlyValue")}
              description={t("valueChain.hourlyValueHint")}
              value={hourlyValue}
              onChange={setHourlyValue}
              min={0}
              decimalScale={2}
              decimalSeparator={decimal}
              suffix=" €"
              error={all.hourlyValue}
              required
            />
          </SimpleGrid>
        ) : (
          <NumberInput
            label={kind === "money" ? t("valueChain.amount") : t("valueChain.inKindValue")}
            value={amount}
            onChange={setAmount}
            min={0}
            decimalScale={2}
            decimalSeparator={decimal}
            suffix=" €"
            error={all.amount}
            required
          />
        )}
        <TextInput
          label={t("valueChain.valueSource")}
          description={t("valueChain.valueSourceHint")}
          value={valueSource}
          onChange={(e) => setValueSource(e.currentTarget.value)}
          error={all.valueSource}
          required={kind === "in_kind"}
        />
        <TextInput
          label={t("valueChain.contributionDescription")}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <Actions onCancel={onCancel} pending={pending} />
      </Stack>
    </form>
  );
}
