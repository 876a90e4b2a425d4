import "@xyflow/react/dist/style.css";
import {
  Alert,
  Badge,
  Box,
  Button,
  CloseButton,
  Group,
  List,
  Menu,
  Paper,
  Select,
  Stack,
  Text,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  layoutTocGraph,
  TOC_NODE_COLOURS,
  TOC_NODE_TYPE_LABELS,
  TOC_NODE_TYPES,
  type TocGraph,
  type TocNodeType,
  validateTocGraph,
} from "@ricochet/domain";
import {
  Background,
  type Connection,
  Controls,
  type Edge,
  type EdgeChange,
  MarkerType,
  MiniMap,
  type NodeChange,
  ReactFlow,
} from "@xyflow/react";
import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { endpoints } from "../../api/endpoints.ts";
import { useLocale } from "../../lib/useLocale.ts";
import { errorMessage } from "../ErrorAlert.tsx";
import { downloadSvgAsPng } from "./exportPng.ts";
import { type TocFlowNode, TocNodeView } from "./TocNodeView.tsx";
import { type LinkedIndicator, TocSidePanel } from "./TocSidePanel.tsx";

const nodeTypes = { toc: TocNodeView };
type Selection = { kind: "node"; id: string } | { kind: "edge"; id: string } | null;

const uid = (prefix: string) => `${prefix}_${Math.random().toString(36).slice(2, 9)}`;

export interface TocEditorProps {
  orgId: string;
  evaluationId: string;
  initial: TocGraph;
  revision: number;
  canWrite: boolean;
  author: string;
  stakeholders: Array<{ id: string; name: string }>;
  indicatorsByNode: Record<string, LinkedIndicator[]>;
  onSaved: (revision: number, graph: TocGraph) => void;
  onLinkIndicator?: (nodeId: string, graph: TocGraph) => void;
  onOpenVersions: () => void;
  onDirtyChange?: (dirty: boolean) => void;
}

/** The graph editor: drag, connect, edit in the side panel; everything also reachable by keyboard. */
export function TocEditor(props: TocEditorProps) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const [graph, setGraph] = useState<TocGraph>(props.initial);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [selection, setSelection] = useState<Selection>(null);
  const [newType, setNewType] = useState<TocNodeType>("activity");
  const [issues, setIssues] = useState<string[]>([]);
  const { canWrite } = props;

  const { onDirtyChange } = props;
  const change = useCallback(
    (next: TocGraph | ((g: TocGraph) => TocGraph)) => {
      setGraph(next);
      setDirty(true);
      onDirtyChange?.(true);
    },
    [onDirtyChange],
  );

  const flowNodes: TocFlowNode[] = useMemo(
    () =>
      graph.nodes.map((n, index) => ({
        id: n.id,
        type: "toc" as const,
        position: n.position ?? { x: 260 * TOC_NODE_TYPES.indexOf(n.type), y: 104 * index },
        selected: selection?.kind === "node" && selection.id === n.id,
        ariaLabel: `${pick(TOC_NODE_TYPE_LABELS[n.type])} : ${n.label}`,
        data: {
          label: n.label,
          type: n.type,
          stakeholders: n.stakeholderIds.length,
          indicators: props.indicatorsByNode[n.id]?.length ?? 0,
          comments: n.comments.length,
        },
      })),
    [graph.nodes, selection, props.indicatorsByNode, pick],
  );
  const flowEdges: Edge[] = useMemo(
    () =>
      graph.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        selected: selection?.kind === "edge" && selection.id === e.id,
        markerEnd: { type: MarkerType.ArrowClosed, color: e.feedbackLoop ? "#862e9c" : "#495057" },
        style: {
          stroke: e.feedbackLoop ? "#862e9c" : "#495057",
          strokeWidth: 1.6,
          strokeDasharray: e.evidence === "none" || e.evidence === "weak" ? "6 4" : undefined,
        },
        ariaLabel: `${graph.nodes.find((n) => n.id === e.source)?.label} → ${graph.nodes.find((n) => n.id === e.target)?.label}`,
      })),
    [graph, selection],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<TocFlowNode>[]) => {
      for (const c of changes) {
        if (c.type === "select" && c.selected) setSelection({ kind: "node", id: c.id });
        if (c.type === "position" && c.position && canWrite) {
          const { position, id } = c;
          change((g) => ({ ...g, nodes: g.nodes.map((n) => (n.id === id ? { ...n, position } : n)) }));
        }
        if (c.type === "remove" && canWrite) {
          const { id } = c;
          change((g) => ({
            nodes: g.nodes.filter((n) => n.id !== id),
            edges: g.edges.filter((e) => e.source !== id && e.target !== id),
          }));
          setSelection(null);
        }
      }
    },
    [canWrite, change],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      for (const c of changes) {
        if (c.type === "select" && c.selected) setSelection({ kind: "edge", id: c.id });
        if (c.type === "remove" && canWrite) {
          const { id } = c;
          change((g) => ({ ...g, edges: g.edges.filter((e) => e.id !== id) }));
          setSelection(null);
        }
      }
    },
    [canWrite, change],
  );
  const addEdge = useCallback(
    (source: string, target: string) => {
      if (source === target) return;
      change((g) =>
        g.edges.some((e) => e.source === source && e.target === target)
          ? g
          : {
              ...g,
              edges: [
                ...g.edges,
                { id: uid("e"), source, target, evidence: "none", feedbackLoop: false, assumption: null },
              ],
            },
      );
    },
    [change],
  );
  const onConnect = useCallback((c: Connection) => addEdge(c.source, c.target), [addEdge]);

  const addNode = () => {
    const id = uid("n");
    const column = graph.nodes.filter((n) => n.type === newType).length;
    change((g) => ({
      ...g,
      nodes: [
        ...g.nodes,
        {
          id,
          type: newType,
          label: pick(TOC_NODE_TYPE_LABELS[newType]),
          stakeholderIds: [],
          comments: [],
          description: null,
          position: { x: 260 * TOC_NODE_TYPES.indexOf(newType), y: 104 * column },
        },
      ],
    }));
    setSelection({ kind: "node", id });
  };

  const deleteSelection = () => {
    if (!selection) return;
    if (selection.kind === "node") {
      change((g) => ({
        nodes: g.nodes.filter((n) => n.id !== selection.id),
        edges: g.edges.filter((e) => e.source !== selection.id && e.target !== selection.id),
      }));
    } else {
      change((g) => ({ ...g, edges: g.edges.filter((e) => e.id !== selection.id) }));
    }
    setSelection(null);
  };

  const save = async () => {
    const found = validateTocGraph(graph);
    setIssues(found.map((i) => i.message[locale]));
    if (found.length > 0) return;
    setSaving(true);
    try {
      const saved = await endpoints.saveTheoryOfChange(
        props.orgId,
        props.evaluationId,
        graph,
        props.revision,
      );
      setDirty(false);
      props.onDirtyChange?.(false);
      props.onSaved(saved.revision, graph);
      notifications.show({ color: "teal", message: t("toc.saved") });
    } catch (error) {
      if (error instanceof ApiError && error.errors.length > 0) setIssues(error.errors.map((e) => e.message));
      notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) });
    } finally {
      setSaving(false);
    }
  };

  const exportPng = async () => {
    if (dirty) notifications.show({ color: "yellow", message: t("toc.exportSavedOnly") });
    try {
      await downloadSvgAsPng(
        endpoints.tocExportUrl(props.orgId, props.evaluationId, "svg"),
        "theorie-du-changement.png",
      );
    } catch (error) {
      notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) });
    }
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        {canWrite ? (
          <Group gap="xs" wrap="nowrap" align="flex-end">
            <Select
              aria-label={t("toc.newNodeType")}
              data={TOC_NODE_TYPES.map((type) => ({ value: type, label: pick(TOC_NODE_TYPE_LABELS[type]) }))}
              value={newType}
              onChange={(v) => v && setNewType(v as TocNodeType)}
              allowDeselect={false}
              w={220}
            />
            <Button variant="light" onClick={addNode}>
              {t("toc.addNode")}
            </Button>
            <Button variant="default" onClick={() => change((g) => layoutTocGraph(g))}>
              {t("toc.autoLayout")}
            </Button>
          </Group>
        ) : (
          <span />
        )}
        <Group gap="xs">
          {dirty ? (
            <Badge color="orange" variant="light">
              {t("toc.unsaved")}
            </Badge>
          ) : null}
          <Button variant="default" onClick={props.onOpenVersions}>
            {t("toc.versions")}
          </Button>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default">{t("toc.export")}</Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item component="a" href={endpoints.tocExportUrl(props.orgId, props.evaluationId, "svg")}>
                {t("toc.exportSvg")}
              </Menu.Item>
              <Menu.Item onClick={() => void exportPng()}>{t("toc.exportPng")}</Menu.Item>
              <Menu.Item component="a" href={endpoints.tocExportUrl(props.orgId, props.evaluationId, "json")}>
                {t("toc.exportJson")}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          {canWrite ? (
            <Button onClick={() => void save()} loading={saving} disabled={!dirty}>
              {t("toc.save")}
            </Button>
          ) : null}
        </Group>
      </Group>
      {issues.length > 0 ? (
        <Alert color="red" title={t("toc.invalid", { count: issues.length })} role="alert">
          <List size="sm">
            {issues.map((issue) => (
              <List.Item key={issue}>{issue}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Box pos="relative">
        <Paper
          withBorder
          radius="md"
          style={{ height: 640, minWidth: 0 }}
          role="application"
          aria-label={t("toc.canvasLabel")}
        >
          <ReactFlow
            nodes={flowNodes}
            edges={flowEdges}
            nodeTypes={nodeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onConnect={onConnect}
            onPaneClick={() => setSelection(null)}
            nodesDraggable={canWrite}
            nodesConnectable={canWrite}
            deleteKeyCode={canWrite ? ["Delete", "Backspace"] : null}
            fitView
            fitViewOptions={{ padding: 0.05 }}
            minZoom={0.2}
          >
            <Background gap={20} />
            <Controls showInteractive={false} />
            <MiniMap
              pannable
              zoomable
              ariaLabel={t("toc.minimap")}
              nodeColor={(n) => TOC_NODE_COLOURS[(n as TocFlowNode).data.type].fill}
              nodeStrokeColor={(n) => TOC_NODE_COLOURS[(n as TocFlowNode).data.type].stroke}
              nodeStrokeWidth={3}
            />
          </ReactFlow>
        </Paper>
        {selection ? (
          <Paper
            withBorder
            shadow="md"
            radius="md"
            p="sm"
            bg="white"
            pos="absolute"
            top={8}
            right={8}
            w={340}
            style={{ maxHeight: 624, overflowY: "auto", zIndex: 5 }}
            component="section"
            aria-label={t("toc.panel")}
          >
            <Group justify="flex-end" mb={-8}>
              <CloseButton aria-label={t("common.close")} onClick={() => setSelection(null)} />
            </Group>
            <TocSidePanel
              graph={graph}
              selection={selection}
              stakeholders={props.stakeholders}
              linkedIndicators={selection.kind === "node" ? (props.indicatorsByNode[selection.id] ?? []) : []}
              canWrite={canWrite}
              author={props.author}
              onNode={(node) =>
                change((g) => ({ ...g, nodes: g.nodes.map((n) => (n.id === node.id ? node : n)) }))
              }
              onEdge={(edge) =>
                change((g) => ({ ...g, edges: g.edges.map((e) => (e.id === edge.id ? edge : e)) }))
              }
              onAddEdge={addEdge}
              onDelete={deleteSelection}
              onSelectEdge={(id) => setSelection({ kind: "edge", id })}
              onLinkIndicator={
                props.onLinkIndicator && selection.kind === "node"
                  ? () => props.onLinkIndicator?.(selection.id, graph)
                  : undefined
              }
            />
          </Paper>
        ) : null}
      </Box>
      <Stack gap={4}>
        <Text size="sm">{t("toc.help")}</Text>
        <Text size="sm" c="dimmed">
          {t("toc.keyboardHelp")}
        </Text>
        <Text size="sm" fw={500} mt="xs" id="toc-items">
          {t("toc.nodesList")}
        </Text>
        <Group gap={4} component="ul" p={0} m={0} style={{ listStyle: "none" }} aria-labelledby="toc-items">
          {graph.nodes.map((n) => (
            <li key={n.id}>
              <Button
                size="compact-xs"
                variant={selection?.kind === "node" && selection.id === n.id ? "filled" : "light"}
                color="gray"
                onClick={() => setSelection({ kind: "node", id: n.id })}
              >
                {pick(TOC_NODE_TYPE_LABELS[n.type])} · {n.label}
              </Button>
            </li>
          ))}
        </Group>
      </Stack>
    </Stack>
  );
}
