import {
  ActionIcon,
  Button,
  Checkbox,
  Divider,
  Group,
  MultiSelect,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import {
  EVIDENCE_LEVEL_LABELS,
  EVIDENCE_LEVELS,
  type EvidenceLevel,
  OUTCOME_NODE_TYPES,
  TOC_NODE_TYPE_LABELS,
  TOC_NODE_TYPES,
  type TocEdge,
  type TocGraph,
  type TocNode,
  type TocNodeType,
} from "@ricochet/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../lib/useLocale.ts";

export interface LinkedIndicator {
  code: string;
  name: string;
}

interface Props {
  graph: TocGraph;
  selection: { kind: "node"; id: string } | { kind: "edge"; id: string };
  stakeholders: Array<{ id: string; name: string }>;
  linkedIndicators: LinkedIndicator[];
  canWrite: boolean;
  author: string;
  onNode: (node: TocNode) => void;
  onEdge: (edge: TocEdge) => void;
  onAddEdge: (source: string, target: string) => void;
  onDelete: () => void;
  onSelectEdge: (id: string) => void;
  onLinkIndicator?: () => void;
}

const measurable = (type: TocNodeType) => OUTCOME_NODE_TYPES.includes(type) || type === "impact";

/** Edits what is selected: a node (label, type, stakeholders, indicators, links, comments) or a link. */
export function TocSidePanel(props: Props) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { graph, selection, canWrite } = props;
  const [target, setTarget] = useState<string | null>(null);
  const [comment, setComment] = useState("");
  const labelOf = (id: string) => graph.nodes.find((n) => n.id === id)?.label ?? id;

  if (selection.kind === "edge") {
    const edge = graph.edges.find((e) => e.id === selection.id);
    if (!edge) return null;
    return (
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t("toc.link")}
        </Title>
        <Text size="sm">
          {labelOf(edge.source)} → {labelOf(edge.target)}
        </Text>
        <Textarea
          label={t("toc.assumption")}
          description={t("toc.assumptionHint")}
          value={edge.assumption ?? ""}
          onChange={(e) => props.onEdge({ ...edge, assumption: e.currentTarget.value || null })}
          readOnly={!canWrite}
          autosize
          minRows={2}
        />
        <Select
          label={t("toc.evidence")}
          data={EVIDENCE_LEVELS.map((l) => ({ value: l, label: pick(EVIDENCE_LEVEL_LABELS[l]) }))}
          value={edge.evidence}
          onChange={(v) => v && props.onEdge({ ...edge, evidence: v as EvidenceLevel })}
          allowDeselect={false}
          readOnly={!canWrite}
        />
        <Checkbox
          label={t("toc.feedbackLoop")}
          description={t("toc.feedbackLoopHint")}
          checked={edge.feedbackLoop}
          onChange={(e) => props.onEdge({ ...edge, feedbackLoop: e.currentTarget.checked })}
          disabled={!canWrite}
        />
        {canWrite ? (
          <Button color="red" variant="light" onClick={props.onDelete}>
            {t("toc.deleteLink")}
          </Button>
        ) : null}
      </Stack>
    );
  }

  const node = graph.nodes.find((n) => n.id === selection.id);
  if (!node) return null;
  const outgoing = graph.edges.filter((e) => e.source === node.id);
  const incoming = graph.edges.filter((e) => e.target === node.id);
  const candidates = graph.nodes.filter((n) => n.id !== node.id && !outgoing.some((e) => e.target === n.id));
  return (
    <Stack gap="sm">
      <TextInput
        label={t("toc.label")}
        value={node.label}
        onChange={(e) => props.onNode({ ...node, label: e.currentTarget.value })}
        readOnly={!canWrite}
        data-autofocus
      />
      <Select
        label={t("toc.type")}
        data={TOC_NODE_TYPES.map((type) => ({ value: type, label: pick(TOC_NODE_TYPE_LABELS[type]) }))}
        value={node.type}
        onChange={(v) => v && props.onNode({ ...node, type: v as TocNodeType })}
        allowDeselect={false}
        readOnly={!canWrite}
      />
      <Textarea
        label={t("toc.description")}
        value={node.description ?? ""}
        onChange={(e) => props.onNode({ ...node, description: e.currentTarget.value || null })}
        readOnly={!canWrite}
        autosize
        minRows={2}
      />
      {measurable(node.type) ? (
        <>
          <MultiSelect
            label={t("toc.stakeholders")}
            description={t("toc.stakeholdersHint")}
            data={props.stakeholders.map((s) => ({ value: s.id, label: s.name }))}
            value={node.stakeholderIds}
            onChange={(ids) => props.onNode({ ...node, stakeholderIds: ids })}
            readOnly={!canWrite}
            searchable
          />
          <div>
            <Text size="sm" fw={500}>
              {t("toc.indicators")}
            </Text>
            {props.linkedIndicators.length === 0 ? (
              <Text size="sm" c="#9a3a00">
                {t("toc.noIndicator")}
              </Text>
            ) : (
              <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
                {props.linkedIndicators.map((i) => (
                  <Text component="li" size="sm" key={i.code}>
                    <Text span ff="monospace" size="xs">
                      {i.code}
                    </Text>{" "}
                    {i.name}
                  </Text>
                ))}
              </Stack>
            )}
            {canWrite && props.onLinkIndicator ? (
              <Button size="xs" variant="light" mt={6} onClick={props.onLinkIndicator}>
                {t("toc.linkIndicator")}
              </Button>
            ) : null}
          </div>
        </>
      ) : null}
      <Divider />
      <div>
        <Text size="sm" fw={500}>
          {t("toc.links")}
        </Text>
        <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {incoming.map((e) => (
            <Group component="li" key={e.id} gap={4} wrap="nowrap">
              <Button size="compact-xs" variant="subtle" onClick={() => props.onSelectEdge(e.id)}>
                ← {labelOf(e.source)}
              </Button>
            </Group>
          ))}
          {outgoing.map((e) => (
            <Group component="li" key={e.id} gap={4} wrap="nowrap">
              <Button size="compact-xs" variant="subtle" onClick={() => props.onSelectEdge(e.id)}>
                → {labelOf(e.target)}
              </Button>
            </Group>
          ))}
        </Stack>
        {canWrite ? (
          <Group gap="xs" mt={6} wrap="nowrap" align="flex-end">
            <Select
              label={t("toc.addLinkTo")}
              data={candidates.map((n) => ({
                value: n.id,
                label: `${n.label} (${pick(TOC_NODE_TYPE_LABELS[n.type])})`,
              }))}
              value={target}
              onChange={setTarget}
              searchable
              size="xs"
              style={{ flex: 1 }}
            />
            <Button
              size="xs"
              disabled={!target}
              onClick={() => {
                if (target) props.onAddEdge(node.id, target);
                setTarget(null);
              }}
            >
              {t("toc.addLink")}
            </Button>
          </Group>
        ) : null}
      </div>
      <Divider />
      <div>
        <Text size="sm" fw={500}>
          {t("toc.comments")}
        </Text>
        <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {node.comments.map((c, index) => (
            <Group
              component="li"
              key={`${c.at}-${c.author}-${c.text}`}
              gap={4}
              justify="space-between"
              wrap="nowrap"
              align="flex-start"
            >
              <Text size="sm">
                <strong>{c.author}</strong> ({c.at.slice(0, 10)}) : {c.text}
              </Text>
              {canWrite ? (
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  color="red"
                  aria-label={t("toc.deleteComment")}
                  onClick={() =>
                    props.onNode({ ...node, comments: node.comments.filter((_, i) => i !== index) })
                  }
                >
                  ✕
                </ActionIcon>
              ) : null}
            </Group>
          ))}
        </Stack>
        {canWrite ? (
          <Group gap="xs" mt={6} wrap="nowrap" align="flex-end">
            <TextInput
              label={t("toc.addComment")}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
              size="xs"
              style={{ flex: 1 }}
            />
            <Button
              size="xs"
              disabled={!comment.trim()}
              onClick={() => {
                props.onNode({
                  ...node,
                  comments: [
                    ...node.comments,
                    { author: props.author, text: comment.trim(), at: new Date().toISOString() },
                  ],
                });
                setComment("");
              }}
            >
              {t("toc.comment")}
            </Button>
          </Group>
        ) : null}
      </div>
      {canWrite ? (
        <Button color="red" variant="light" onClick={props.onDelete}>
          {t("toc.deleteNode")}
        </Button>
      ) : null}
    </Stack>
  );
}
