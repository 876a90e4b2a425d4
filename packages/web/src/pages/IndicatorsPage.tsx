import { Button, Drawer, Group, Menu, Modal, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import {
  IMP_DIMENSION_LABELS,
  IMP_DIMENSIONS,
  INDICATOR_SCOPE_LABELS,
  INDICATOR_SCOPES,
  INDICATOR_SECTOR_LABELS,
  INDICATOR_SECTORS,
  type TCreateIndicator,
} from "@ricochet/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../api/endpoints.ts";
import type { Indicator } from "../api/types.ts";
import { EmptyHint } from "../components/EmptyHint.tsx";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { IndicatorCard } from "../components/indicators/IndicatorCard.tsx";
import { IndicatorDetailView } from "../components/indicators/IndicatorDetailView.tsx";
import { IndicatorForm } from "../components/indicators/IndicatorForm.tsx";
import { IndicatorImport } from "../components/indicators/IndicatorImport.tsx";
import { PageLoader } from "../components/PageLoader.tsx";
import { allowed } from "../lib/grants.ts";
import { useCurrentOrganisation } from "../lib/useCurrentOrganisation.ts";
import { useLocale } from "../lib/useLocale.ts";
import { serverFieldErrors } from "../lib/validation.ts";

type Editing = { mode: "create" } | { mode: "edit"; indicator: Indicator } | null;

/** The indicator library as this organisation sees it: search, filter, read, add, import, export. */
export function IndicatorsPage() {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const org = useCurrentOrganisation();
  const queryClient = useQueryClient();
  const [q, setQ] = useState("");
  const [debounced] = useDebouncedValue(q, 250);
  const [sector, setSector] = useState<string | null>(null);
  const [dimension, setDimension] = useState<string | null>(null);
  const [scope, setScope] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [importing, setImporting] = useState(false);
  const canWrite = allowed(org, "indicator.write");
  const canShare = allowed(org, "indicator.share");
  const filters = {
    q: debounced || undefined,
    sector: sector ?? undefined,
    dimension: dimension ?? undefined,
    scope: scope ?? undefined,
    limit: "200",
  };
  const list = useQuery({
    queryKey: ["organisation", org.id, "indicators", filters],
    queryFn: () => endpoints.indicators(org.id, filters),
    placeholderData: keepPreviousData,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["organisation", org.id, "indicators"] });
  const save = useMutation({
    mutationFn: async (values: TCreateIndicator & { changeNote?: string }) => {
      if (editing?.mode === "edit") {
        const { code: _code, ...rest } = values;
        return endpoints.updateIndicator(org.id, editing.indicator.id, rest);
      }
      const { changeNote: _note, ...rest } = values;
      return endpoints.createIndicator(org.id, rest);
    },
    onSuccess: async (saved) => {
      await refresh();
      setEditing(null);
      notifications.show({
        color: "teal",
        message:
          "newVersion" in saved && saved.newVersion
            ? t("indicators.savedNewVersion", { version: saved.currentVersion })
            : t("indicators.saved"),
      });
      setOpenId(saved.id);
    },
  });
  const opened = list.data?.find((i) => i.id === openId);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t("indicators.title")}</Title>
          <Text c="dimmed">{t("indicators.subtitle")}</Text>
        </div>
        <Group gap="xs">
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default">{t("indicators.export")}</Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item component="a" href={endpoints.indicatorExportUrl(org.id, "csv", false)}>
                {t("indicators.exportOwn", { format: "CSV" })}
              </Menu.Item>
              <Menu.Item component="a" href={endpoints.indicatorExportUrl(org.id, "json", false)}>
                {t("indicators.exportOwn", { format: "JSON" })}
              </Menu.Item>
              <Menu.Item component="a" href={endpoints.indicatorExportUrl(org.id, "csv", true)}>
                {t("indicators.exportAll", { format: "CSV" })}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          {canWrite ? (
            <>
              <Button variant="default" onClick={() => setImporting(true)}>
                {t("indicators.import.title")}
              </Button>
              <Button
                onClick={() => {
                  save.reset();
                  setEditing({ mode: "create" });
                }}
              >
                {t("indicators.create")}
              </Button>
            </>
          ) : null}
        </Group>
      </Group>

      <Group gap="sm" align="flex-end" wrap="wrap" role="search">
        <TextInput
          label={t("indicators.search")}
          placeholder={t("indicators.searchPlaceholder")}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          style={{ flex: 2, minWidth: 220 }}
          type="search"
        />
        <Select
          label={t("indicators.field.sectors")}
          placeholder={t("indicators.any")}
          data={[
            { value: "generic", label: t("indicators.generic") },
            ...INDICATOR_SECTORS.map((s) => ({ value: s, label: pick(INDICATOR_SECTOR_LABELS[s]) })),
          ]}
          value={sector}
          onChange={setSector}
          clearable
          style={{ flex: 1, minWidth: 180 }}
        />
        <Select
          label={t("indicators.field.dimension")}
          placeholder={t("indicators.any")}
          data={IMP_DIMENSIONS.map((d) => ({ value: d, label: pick(IMP_DIMENSION_LABELS[d]) }))}
          value={dimension}
          onChange={setDimension}
          clearable
          style={{ flex: 1, minWidth: 180 }}
        />
        <Select
          label={t("indicators.field.scope")}
          placeholder={t("indicators.any")}
          data={INDICATOR_SCOPES.map((s) => ({ value: s, label: pick(INDICATOR_SCOPE_LABELS[s]) }))}
          value={scope}
          onChange={setScope}
          clearable
          style={{ flex: 1, minWidth: 180 }}
        />
      </Group>

      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : list.data.length === 0 ? (
        <EmptyHint title={t("indicators.none")}>{t("indicators.noneHint")}</EmptyHint>
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t("indicators.count", { count: list.data.length })}
          </Text>
          <Stack component="ul" gap="xs" p={0} style={{ listStyle: "none" }}>
            {list.data.map((i) => (
              <IndicatorCard key={i.id} indicator={i} onOpen={() => setOpenId(i.id)} />
            ))}
          </Stack>
        </>
      )}

      <Drawer
        opened={!!openId}
        onClose={() => setOpenId(null)}
        position="right"
        size="xl"
        title={opened ? opened.content.code : t("indicators.title")}
      >
        {openId ? (
          <IndicatorDetailView
            orgId={org.id}
            indicatorId={openId}
            canWrite={canWrite}
            onEdit={() => {
              if (!opened) return;
              save.reset();
              setEditing({ mode: "edit", indicator: opened });
              setOpenId(null);
            }}
          />
        ) : null}
      </Drawer>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="xl"
        title={editing?.mode === "edit" ? t("indicators.edit") : t("indicators.create")}
      >
        {editing ? (
          <Stack>
            <ErrorAlert error={Object.keys(serverFieldErrors(save.error)).length === 0 ? save.error : null} />
            {editing.mode === "edit" ? <Text size="sm">{t("indicators.editExplain")}</Text> : null}
            <IndicatorForm
              initial={editing.mode === "edit" ? editing.indicator : undefined}
              canShare={canShare}
              pending={save.isPending}
              serverErrors={serverFieldErrors(save.error)}
              onSubmit={(values) => save.mutate(values)}
              onCancel={() => setEditing(null)}
            />
          </Stack>
        ) : null}
      </Modal>
      <Modal
        opened={importing}
        onClose={() => setImporting(false)}
        size="lg"
        title={t("indicators.import.title")}
      >
        <IndicatorImport
          orgId={org.id}
          canShare={canShare}
          onDone={() => {
            setImporting(false);
            void refresh();
            notifications.show({ color: "teal", message: t("indicators.import.done") });
          }}
        />
      </Modal>
    </Stack>
  );
}
