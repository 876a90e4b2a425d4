import { Button, Group, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../api/endpoints.ts";
import type { Accompaniment } from "../../api/types.ts";
import { keys } from "../../lib/queries.ts";
import { ErrorAlert } from "../ErrorAlert.tsx";

/** The incubator's answer to a request: into which cohort, for which period — or no. */
export function AcceptIntoCohortForm({
  orgId,
  request,
  defaultCohort,
}: {
  orgId: string;
  request: Accompaniment;
  defaultCohort: string;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [cohort, setCohort] = useState(defaultCohort);
  const [startsOn, setStartsOn] = useState(new Date().toISOString().slice(0, 10));
  const [endsOn, setEndsOn] = useState("");
  const decide = useMutation({
    mutationFn: (decision: "accept" | "decline") =>
      endpoints.decideAccompaniment(
        orgId,
        request.id,
        decision === "accept" ? { decision, cohort, startsOn, endsOn: endsOn || null } : { decision },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.accompaniments(orgId) }),
  });
  const fieldError = (path: string) =>
    decide.error && "fieldMessage" in decide.error
      ? (decide.error as { fieldMessage(p: string): string | undefined }).fieldMessage(path)
      : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    decide.mutate("accept");
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t("accompaniment.answerFor", { name: request.organisationName })}
    >
      <ErrorAlert error={decide.error} />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t("accompaniment.cohort")}
          value={cohort}
          onChange={(e) => setCohort(e.currentTarget.value)}
          required
          error={fieldError("cohort")}
        />
        <TextInput
          type="date"
          label={t("accompaniment.startsOn")}
          value={startsOn}
          onChange={(e) => setStartsOn(e.currentTarget.value)}
          required
          error={fieldError("startsOn")}
        />
        <TextInput
          type="date"
          label={t("accompaniment.endsOn")}
          value={endsOn}
          onChange={(e) => setEndsOn(e.currentTarget.value)}
          error={fieldError("endsOn")}
        />
        <Button type="submit" loading={decide.isPending && decide.variables === "accept"}>
          {t("accompaniment.accept")}
        </Button>
        <Button
          variant="default"
          onClick={() => decide.mutate("decline")}
          loading={decide.isPending && decide.variables === "decline"}
        >
          {t("accompaniment.decline")}
        </Button>
      </Group>
    </form>
  );
}
