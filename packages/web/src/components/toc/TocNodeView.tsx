import { Badge, Group, Text } from "@mantine/core";
import { TOC_NODE_COLOURS, TOC_NODE_TYPE_LABELS, TOC_TEXT_COLOUR, type TocNodeType } from "@ricochet/domain";
import { Handle, type Node, type NodeProps, Position } from "@xyflow/react";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../lib/useLocale.ts";

export type TocFlowNode = Node<
  { label: string; type: TocNodeType; stakeholders: number; indicators: number; comments: number },
  "toc"
>;

/** One box of the theory of change: its type, its label, and what hangs on it. */
export function TocNodeView({ data, selected }: NodeProps<TocFlowNode>) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const colours = TOC_NODE_COLOURS[data.type];
  return (
    <div
      style={{
        width: 200,
        minHeight: 72,
        padding: "6px 10px",
        borderRadius: 10,
        background: colours.fill,
        border: `${selected ? 3 : 1.5}px solid ${selected ? "#1c7ed6" : colours.stroke}`,
        color: TOC_TEXT_COLOUR,
        boxShadow: selected ? "0 0 0 3px rgba(28,126,214,0.25)" : undefined,
      }}
    >
      <Handle type="target" position={Position.Left} />
      <Text size="10px" fw={700} tt="uppercase" style={{ letterSpacing: 0.4 }}>
        {pick(TOC_NODE_TYPE_LABELS[data.type])}
      </Text>
      <Text size="sm" fw={600} lh={1.25} lineClamp={3}>
        {data.label}
      </Text>
      {data.stakeholders + data.indicators + data.comments > 0 ? (
        <Group gap={4} mt={4}>
          {data.indicators > 0 ? (
            <Badge size="xs" color="teal" variant="filled">
              {t("toc.badge.indicators", { count: data.indicators })}
            </Badge>
          ) : null}
          {data.stakeholders > 0 ? (
            <Badge size="xs" color="grape" variant="filled">
              {t("toc.badge.stakeholders", { count: data.stakeholders })}
            </Badge>
          ) : null}
          {data.comments > 0 ? (
            <Badge size="xs" color="gray" variant="filled">
              {t("toc.badge.comments", { count: data.comments })}
            </Badge>
          ) : null}
        </Group>
      ) : null}
      <Handle type="source" position={Position.Right} />
    </div>
  );
}
