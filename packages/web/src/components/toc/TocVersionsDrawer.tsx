import { Alert, Button, Drawer, Group, List, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../api/endpoints.ts";
import { formatDateTime } from "../../lib/format.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { ErrorAlert } from "../ErrorAlert.tsx";

/** Save the saved graph as a version; list versions; compare two of them (or one with now). */
export function TocVersionsDrawer({
  orgId,
  evaluationId,
  opened,
  onClose,
  canWrite,
  dirty,
}: {
  orgId: string;
  evaluationId: string;
  opened: boolean;
  onClose: () => void;
  canWrite: boolean;
  dirty: boolean;
}) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const queryClient = useQueryClient();
  const [label, setLabel] = useState("");
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>("current");
  const key = ["organisation", orgId, "evaluations", evaluationId, "toc-versions"];
  const versions = useQuery({
    queryKey: key,
    queryFn: () => endpoints.tocVersions(orgId, evaluationId),
    enabled: opened,
  });
  const save = useMutation({
    mutationFn: () => endpoints.saveTocVersion(orgId, evaluationId, label),
    onSuccess: async (v) => {
      setLabel("");
      await queryClient.invalidateQueries({ queryKey: key });
      notifications.show({ color: "teal", message: t("toc.versionSaved", { number: v.number }) });
    },
  });
  const diff = useQuery({
    queryKey: [...key, "diff", from, to],
    queryFn: () => endpoints.tocDiff(orgId, evaluationId, from ?? "", to ?? "current"),
    enabled: opened && !!from && !!to && from !== to,
  });
  const options = [
    { value: "current", label: t("toc.currentGraph") },
    ...(versions.data ?? []).map((v) => ({ value: v.id, label: `v${v.number} — ${v.label}` })),
  ];
  const labelOf = (n: { label: string }) => n.label;
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="lg" title={t("toc.versions")}>
      <Stack>
        {canWrite ? (
          <Stack gap="xs">
            {dirty ? (
              <Alert color="yellow" p="xs">
                {t("toc.versionUnsaved")}
              </Alert>
            ) : null}
            <Group align="flex-end" wrap="nowrap">
              <TextInput
                label={t("toc.versionLabel")}
                placeholder={t("toc.versionPlaceholder")}
                value={label}
                onChange={(e) => setLabel(e.currentTarget.value)}
                style={{ flex: 1 }}
              />
              <Button onClick={() => save.mutate()} disabled={!label.trim()} loading={save.isPending}>
                {t("toc.saveVersion")}
              </Button>
            </Group>
            <ErrorAlert error={save.error} />
          </Stack>
        ) : null}
        <div>
          <Title order={3} size="h5">
            {t("toc.savedVersions")}
          </Title>
          {versions.data?.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t("toc.noVersions")}
            </Text>
          ) : (
            <List size="sm" spacing={4}>
              {(versions.data ?? []).map((v) => (
                <List.Item key={v.id}>
                  <strong>v{v.number}</strong> — {v.label} · {formatDateTime(v.createdAt, locale)}
                  {v.createdBy ? ` · ${v.createdBy}` : ""} ·{" "}
                  {t("toc.templateSize", { nodes: v.nodes, edges: v.edges })}{" "}
                  <a href={endpoints.tocExportUrl(orgId, evaluationId, "svg", v.id)}>SVG</a>
                </List.Item>
              ))}
            </List>
          )}
        </div>
        <div>
          <Title order={3} size="h5">
            {t("toc.compare")}
          </Title>
          <Group grow>
            <Select label={t("toc.compareFrom")} data={options} value={from} onChange={setFrom} />
            <Select label={t("toc.compareTo")} data={options} value={to} onChange={setTo} />
          </Group>
          {diff.data ? (
            <Stack gap={4} mt="sm">
              <Text fw={600}>{pick(diff.data.summary)}</Text>
              <List size="sm">
                {diff.data.nodes.added.map((n) => (
                  <List.Item key={`a${n.id}`}>+ {labelOf(n)}</List.Item>
                ))}
                {diff.data.nodes.removed.map((n) => (
                  <List.Item key={`r${n.id}`}>− {labelOf(n)}</List.Item>
                ))}
                {diff.data.nodes.changed.map((c) => (
                  <List.Item key={`c${c.after.id}`}>
                    ~ {labelOf(c.after)} ({c.fields.join(", ")})
                  </List.Item>
                ))}
                {diff.data.edges.added.length +
                  diff.data.edges.removed.length +
                  diff.data.edges.changed.length >
                0 ? (
                  <List.Item>
                    {t("toc.edgeChanges", {
                      added: diff.data.edges.added.length,
                      removed: diff.data.edges.removed.length,
                      changed: diff.data.edges.changed.length,
                    })}
                  </List.Item>
                ) : null}
              </List>
            </Stack>
          ) : null}
        </div>
      </Stack>
    </Drawer>
  );
}
