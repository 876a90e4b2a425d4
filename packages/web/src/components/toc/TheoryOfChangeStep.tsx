import { Paper, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { isMeasurableNodeType, TOC_NODE_TYPE_LABELS, type TocGraph } from "@ricochet/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../api/endpoints.ts";
import { keys, useMe } from "../../lib/queries.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { ErrorAlert, errorMessage } from "../ErrorAlert.tsx";
import { AddIndicatorModal } from "../framework/AddIndicatorModal.tsx";
import { PageLoader } from "../PageLoader.tsx";
import { TocEditor } from "./TocEditor.tsx";
import type { LinkedIndicator } from "./TocSidePanel.tsx";
import { TocTemplatePicker } from "./TocTemplatePicker.tsx";
import { TocVersionsDrawer } from "./TocVersionsDrawer.tsx";

/** Step 3: start from a template or a blank canvas, edit, version, compare, export. */
export default function TheoryOfChangeStep({
  orgId,
  evaluationId,
  canWrite,
}: {
  orgId: string;
  evaluationId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const queryClient = useQueryClient();
  const me = useMe();
  const tocKey = ["organisation", orgId, "evaluations", evaluationId, "toc"];
  const toc = useQuery({ queryKey: tocKey, queryFn: () => endpoints.theoryOfChange(orgId, evaluationId) });
  const chain = useQuery({
    queryKey: keys.valueChain(orgId, evaluationId),
    queryFn: () => endpoints.valueChain(orgId, evaluationId),
  });
  const frameworkKey = ["organisation", orgId, "evaluations", evaluationId, "framework"];
  const framework = useQuery({
    queryKey: frameworkKey,
    queryFn: () => endpoints.framework(orgId, evaluationId),
  });
  const [linkingNode, setLinkingNode] = useState<{ id: string; graph: TocGraph } | null>(null);
  const [blank, setBlank] = useState(false);
  const [applying, setApplying] = useState<string | null>(null);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [editorKey, setEditorKey] = useState(0);
  const [revision, setRevision] = useState<number | null>(null);
  const [dirty, setDirty] = useState(false);

  if (toc.isPending || chain.isPending) return <PageLoader />;
  if (toc.isError) return <ErrorAlert error={toc.error} />;
  const currentRevision = revision ?? toc.data.revision;

  const applyTemplate = async (templateKey: string) => {
    setApplying(templateKey);
    try {
      const applied = await endpoints.applyTocTemplate(orgId, evaluationId, {
        templateKey,
        locale,
        replace: false,
        revision: currentRevision,
      });
      queryClient.setQueryData(tocKey, applied);
      setRevision(applied.revision);
      setEditorKey((k) => k + 1);
      const suggested = Object.values(applied.suggestedIndicators).flat();
      notifications.show({
        color: "teal",
        message: t("toc.templateApplied", { count: new Set(suggested).size }),
      });
    } catch (error) {
      notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) });
    } finally {
      setApplying(null);
    }
  };

  const empty = toc.data.graph.nodes.length === 0;
  const indicatorsByNode: Record<string, LinkedIndicator[]> = {};
  const pinned = framework.data
    ? [
        ...framework.data.unplaced,
        ...framework.data.questions.flatMap((q) => q.criteria.flatMap((c) => c.indicators)),
      ]
    : [];
  for (const indicator of pinned) {
    for (const nodeId of indicator.outcomeNodeIds) {
      indicatorsByNode[nodeId] = [
        ...(indicatorsByNode[nodeId] ?? []),
        { code: indicator.code, name: pick(indicator.name) },
      ];
    }
  }
  return (
    <Paper withBorder p="md" radius="md" bg="white" component="section" aria-label={t("toc.title")}>
      <Stack>
        {empty && !blank && canWrite ? (
          <TocTemplatePicker
            onPick={(key) => void applyTemplate(key)}
            onBlank={() => setBlank(true)}
            pending={applying}
          />
        ) : (
          <>
            {empty && !canWrite ? <Text c="dimmed">{t("toc.emptyReadOnly")}</Text> : null}
            <TocEditor
              key={editorKey}
              orgId={orgId}
              evaluationId={evaluationId}
              initial={toc.data.graph as TocGraph}
              revision={currentRevision}
              canWrite={canWrite}
              author={me.data?.name ?? ""}
              stakeholders={(chain.data?.stakeholders ?? []).map((s) => ({ id: s.id, name: s.name }))}
              indicatorsByNode={indicatorsByNode}
              onLinkIndicator={framework.data ? (id, graph) => setLinkingNode({ id, graph }) : undefined}
              onSaved={(next, graph) => {
                setRevision(next);
                queryClient.setQueryData(tocKey, { ...toc.data, graph, revision: next });
              }}
              onOpenVersions={() => setVersionsOpen(true)}
              onDirtyChange={setDirty}
            />
          </>
        )}
      </Stack>
      {linkingNode && framework.data ? (
        <AddIndicatorModal
          orgId={orgId}
          evaluationId={evaluationId}
          framework={framework.data}
          outcomes={linkingNode.graph.nodes
            .filter((n) => isMeasurableNodeType(n.type))
            .map((n) => ({ id: n.id, label: `${n.label} (${pick(TOC_NODE_TYPE_LABELS[n.type])})` }))}
          presetOutcomeId={linkingNode.id}
          opened
          onClose={() => setLinkingNode(null)}
          onDone={(next) => {
            queryClient.setQueryData(frameworkKey, next);
            setLinkingNode(null);
            notifications.show({ color: "teal", message: t("framework.linked") });
          }}
        />
      ) : null}
      <TocVersionsDrawer
        orgId={orgId}
        evaluationId={evaluationId}
        opened={versionsOpen}
        onClose={() => setVersionsOpen(false)}
        canWrite={canWrite}
        dirty={dirty}
      />
    </Paper>
  );
}
