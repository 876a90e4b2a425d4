import { Button, Group, Radio, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../api/endpoints.ts";
import { keys } from "../../lib/queries.ts";
import { ErrorAlert } from "../ErrorAlert.tsx";

/** A structure asks an incubator (support organisation) to follow it: this is its consent. */
export function RequestAccompanimentForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 250);
  const [target, setTarget] = useState("");
  const [message, setMessage] = useState("");
  const [missing, setMissing] = useState(false);
  const directory = useQuery({
    queryKey: ["directory", debounced],
    queryFn: () => endpoints.directory(debounced),
  });
  const supports = (directory.data ?? []).filter((e) => e.kind === "support_organisation" && e.id !== orgId);
  const send = useMutation({
    mutationFn: () =>
      endpoints.requestAccompaniment(orgId, {
        supportOrganisationId: target,
        message: message.trim() || null,
      }),
    onSuccess: async () => {
      notifications.show({ color: "teal", message: t("accompaniment.sent") });
      setTarget("");
      setMessage("");
      await queryClient.invalidateQueries({ queryKey: keys.accompaniments(orgId) });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!target);
    if (target) send.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t("accompaniment.consentExplained")}</Text>
        <ErrorAlert error={send.error} />
        <TextInput
          label={t("accompaniment.search")}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        {directory.isError ? <ErrorAlert error={directory.error} /> : null}
        <Radio.Group
          label={t("accompaniment.results")}
          value={target}
          onChange={setTarget}
          error={missing ? t("accompaniment.chooseSupport") : undefined}
        >
          <Stack gap="xs" mt="xs" mah={220} style={{ overflowY: "auto" }}>
            {supports.length === 0 && directory.isSuccess ? (
              <Text size="sm" c="dimmed">
                {t("accompaniment.noResult")}
              </Text>
            ) : null}
            {supports.map((entry) => (
              <Radio
                key={entry.id}
                value={entry.id}
                label={`${entry.name}${entry.territory ? ` — ${entry.territory}` : ""}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t("accompaniment.message")}
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={send.isPending}>
            {t("accompaniment.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
