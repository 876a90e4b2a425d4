import { Button, Group, NumberInput, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.ts";
import { endpoints } from "../../../api/endpoints.ts";
import type { GeneratedCodes } from "../../../api/types.ts";
import { keys } from "../../../lib/queries.ts";
import { ErrorAlert } from "../../ErrorAlert.tsx";

/** A new batch of codes: how many, and an optional prefix to tell batches apart. */
export function GenerateCodesForm({
  orgId,
  evaluationId,
  onGenerated,
}: {
  orgId: string;
  evaluationId: string;
  onGenerated: (batch: GeneratedCodes) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [count, setCount] = useState<number | string>(20);
  const [prefix, setPrefix] = useState("");
  const [error, setError] = useState<{ count?: string; prefix?: string }>({});
  const generate = useMutation({
    mutationFn: () =>
      endpoints.generateRespondentCodes(orgId, evaluationId, { count: Number(count), prefix: prefix.trim() }),
    onSuccess: (batch) => {
      void queryClient.invalidateQueries({ queryKey: keys.respondentCodes(orgId, evaluationId) });
      notifications.show({
        color: "teal",
        message: t("codes.generate.done", { count: batch.codes.length, batch: batch.batch }),
      });
      onGenerated(batch);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(count);
    const problems = {
      ...(!Number.isInteger(n) || n < 1 || n > 5000 ? { count: t("codes.generate.countInvalid") } : {}),
      ...(!/^[A-Za-z0-9]{0,6}$/.test(prefix.trim()) ? { prefix: t("codes.generate.prefixInvalid") } : {}),
    };
    setError(problems);
    if (!problems.count && !problems.prefix) generate.mutate();
  };
  const prefixError = generate.error instanceof ApiError ? generate.error.fieldMessage("prefix") : undefined;

  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-start" gap="md" wrap="wrap">
        <NumberInput
          label={t("codes.generate.count")}
          description={t("codes.generate.countHint")}
          value={count}
          onChange={setCount}
          min={1}
          max={5000}
          allowDecimal={false}
          w={200}
          required
          error={error.count}
        />
        <TextInput
          label={t("codes.generate.prefix")}
          description={t("codes.generate.prefixHint")}
          value={prefix}
          onChange={(e) => setPrefix(e.currentTarget.value.toUpperCase())}
          maxLength={6}
          w={240}
          error={error.prefix ?? prefixError}
        />
        <Button type="submit" loading={generate.isPending} mt={{ base: 0, sm: 44 }}>
          {t("codes.generate.submit")}
        </Button>
      </Group>
      {generate.error && !prefixError ? <ErrorAlert error={generate.error} /> : null}
    </form>
  );
}
