import { Alert, Button, FileInput, Group, List, SegmentedControl, Stack, Text } from "@mantine/core";
import { INDICATOR_SCOPE_LABELS } from "@ricochet/domain";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { endpoints } from "../../api/endpoints.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { ErrorAlert } from "../ErrorAlert.tsx";

/** Upload a CSV or JSON file: check it first (every bad row listed), then import all of it. */
export function IndicatorImport({
  orgId,
  canShare,
  onDone,
}: {
  orgId: string;
  canShare: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const [file, setFile] = useState<File | null>(null);
  const [scope, setScope] = useState<"private" | "network">("private");
  const run = useMutation({
    mutationFn: async (dryRun: boolean) => {
      if (!file) throw new Error(t("indicators.import.chooseFile"));
      const format = file.name.toLowerCase().endsWith(".json") ? "json" : "csv";
      return endpoints.importIndicators(orgId, { format, content: await file.text(), scope, dryRun });
    },
    onSuccess: (report) => {
      if (!report.dryRun) onDone();
    },
  });
  const rowErrors = run.error instanceof ApiError ? run.error.errors : [];
  return (
    <Stack>
      <Text size="sm">{t("indicators.import.explain")}</Text>
      <FileInput
        label={t("indicators.import.file")}
        accept=".csv,.json,text/csv,application/json"
        value={file}
        onChange={(f) => {
          setFile(f);
          run.reset();
        }}
        clearable
      />
      <SegmentedControl
        aria-label={t("indicators.field.scope")}
        value={scope}
        onChange={(v) => setScope(v as "private" | "network")}
        data={[
          { value: "private", label: pick(INDICATOR_SCOPE_LABELS.private) },
          { value: "network", label: pick(INDICATOR_SCOPE_LABELS.network), disabled: !canShare },
        ]}
      />
      {run.data?.dryRun ? (
        <Alert color="teal" title={t("indicators.import.checked")}>
          {t("indicators.import.ready", { count: run.data.rows })}
        </Alert>
      ) : null}
      {run.error ? (
        rowErrors.length > 0 ? (
          <Alert
            color="red"
            title={
              run.error instanceof ApiError ? (run.error.detail ?? run.error.message) : run.error.message
            }
            role="alert"
          >
            <List size="sm" spacing={2}>
              {rowErrors.map((e) => (
                <List.Item key={`${e.path}-${e.message}`}>
                  <strong>{e.path}</strong> : {e.message}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          <ErrorAlert error={run.error} />
        )
      ) : null}
      <Group justify="flex-end">
        <Button
          variant="default"
          onClick={() => run.mutate(true)}
          disabled={!file}
          loading={run.isPending && run.variables}
        >
          {t("indicators.import.check")}
        </Button>
        <Button onClick={() => run.mutate(false)} disabled={!file} loading={run.isPending && !run.variables}>
          {t("indicators.import.run")}
        </Button>
      </Group>
    </Stack>
  );
}
