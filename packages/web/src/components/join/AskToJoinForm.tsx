import { Button, Group, Radio, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { canBePlacedUnder, type OrganisationKind, ZCreateJoinRequest } from "@ricochet/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../api/endpoints.ts";
import { keys } from "../../lib/queries.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { type FieldErrors, serverFieldErrors, validate } from "../../lib/validation.ts";
import { ErrorAlert } from "../ErrorAlert.tsx";
import { KindBadge } from "../KindBadge.tsx";

/** Search the directory of networks and ask one of them to take this organisation in. */
export function AskToJoinForm({ orgId, kind }: { orgId: string; kind: OrganisationKind }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 250);
  const [target, setTarget] = useState<string>("");
  const [message, setMessage] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const directory = useQuery({
    queryKey: ["directory", debounced],
    queryFn: () => endpoints.directory(debounced),
  });
  // Its own tree (ancestors and descendants) is not a network one can ask to join.
  const tree = useQuery({ queryKey: keys.tree(orgId), queryFn: () => endpoints.tree(orgId) });
  const ownTree = new Set([
    orgId,
    ...(tree.data?.nodes ?? []).map((n) => n.id),
    ...(tree.data?.ancestors ?? []).map((a) => a.id),
  ]);
  // Only parents this kind of organisation can sit under (an incubator follows, it does not adopt).
  const results = (directory.data ?? []).filter(
    (entry) => !ownTree.has(entry.id) && canBePlacedUnder(kind, entry.kind),
  );
  const send = useMutation({
    mutationFn: (body: { targetOrganisationId: string; message: string | null }) =>
      endpoints.createJoinRequest(orgId, body),
    onSuccess: async () => {
      notifications.show({ color: "teal", message: t("join.sent") });
      setTarget("");
      setMessage("");
      await queryClient.invalidateQueries({ queryKey: keys.joinRequests(orgId) });
    },
    onError: (error) => setErrors(serverFieldErrors(error)),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { targetOrganisationId: target, message: message.trim() || null };
    const checked = validate(ZCreateJoinRequest, body, locale);
    const fieldErrors = checked.ok ? {} : checked.errors;
    if (!target) fieldErrors.targetOrganisationId = t("join.chooseNetwork");
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length === 0) send.mutate(body);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={send.error} />
        <TextInput
          label={t("join.search")}
          description={t("join.searchHelp")}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        {directory.isError ? <ErrorAlert error={directory.error} /> : null}
        <Radio.Group
          label={t("join.results")}
          value={target}
          onChange={setTarget}
          error={errors.targetOrganisationId}
        >
          <Stack gap="xs" mt="xs" mah={280} style={{ overflowY: "auto" }}>
            {results.length === 0 && directory.isSuccess ? (
              <Text size="sm" c="dimmed">
                {t("join.noResult")}
              </Text>
            ) : null}
            {results.map((entry) => (
              <Radio
                key={entry.id}
                value={entry.id}
                label={
                  <Group gap="xs">
                    <Text size="sm" fw={600}>
                      {entry.name}
                    </Text>
                    <KindBadge kind={entry.kind} />
                    {entry.territory ? (
                      <Text size="xs" c="dimmed">
                        {entry.territory}
                      </Text>
                    ) : null}
                  </Group>
                }
              />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t("join.message")}
          description={t("join.messageHelp")}
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={3}
          error={errors.message}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={send.isPending}>
            {t("join.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
