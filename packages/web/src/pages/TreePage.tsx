import { Button, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { buildTree } from "@ricochet/domain";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { endpoints } from "../api/endpoints.ts";
import type { Organisation } from "../api/types.ts";
import { OrganisationBreadcrumb } from "../components/Breadcrumb.tsx";
import { EmptyHint } from "../components/EmptyHint.tsx";
import { ErrorAlert } from "../components/ErrorAlert.tsx";
import { PageLoader } from "../components/PageLoader.tsx";
import { AddChildModal } from "../components/tree/AddChildModal.tsx";
import { EditNodeModal } from "../components/tree/EditNodeModal.tsx";
import { MoveModal } from "../components/tree/MoveModal.tsx";
import { NodeDetailsModal } from "../components/tree/NodeDetailsModal.tsx";
import { type TreeActions, TreeNodeRow } from "../components/tree/TreeNodeRow.tsx";
import { allowed } from "../lib/grants.ts";
import { keys, useMe } from "../lib/queries.ts";
import { visibleIds } from "../lib/treeFilter.ts";
import { useCurrentOrganisation } from "../lib/useCurrentOrganisation.ts";

const byName = (a: Organisation, b: Organisation) => a.name.localeCompare(b.name);

export function TreePage() {
  const { t } = useTranslation();
  const org = useCurrentOrganisation();
  const me = useMe();
  const navigate = useNavigate();
  const tree = useQuery({ queryKey: keys.tree(org.id), queryFn: () => endpoints.tree(org.id) });
  const [filter, setFilter] = useState("");
  const deferredFilter = useDeferredValue(filter);
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set([org.id]));
  const [adding, setAdding] = useState<Organisation | null>(null);
  const [editing, setEditing] = useState<Organisation | null>(null);
  const [moving, setMoving] = useState<Organisation | null>(null);
  const [viewing, setViewing] = useState<Organisation | null>(null);

  const nodes = tree.data?.nodes ?? [];
  const roots = useMemo(() => buildTree(nodes, byName), [nodes]);
  const filtered = useMemo(() => visibleIds(nodes, deferredFilter), [nodes, deferredFilter]);
  const visible = filtered?.ids ?? null;
  const myIds = useMemo(() => new Set((me.data?.organisations ?? []).map((o) => o.id)), [me.data]);
  const canManage = allowed(org, "tree.manage");

  const toggle = useCallback((id: string) => {
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const actions: TreeActions = useMemo(
    () => ({
      toggle,
      open: (node) => (myIds.has(node.id) ? navigate(`/o/${node.id}`) : setViewing(node)),
      addChild: canManage ? setAdding : undefined,
      edit: canManage ? setEditing : undefined,
      move: canManage ? setMoving : undefined,
    }),
    [toggle, myIds, navigate, canManage],
  );

  if (tree.isPending) return <PageLoader />;
  if (tree.isError) return <ErrorAlert error={tree.error} />;

  const self = nodes.find((n) => n.id === org.id) ?? null;

  return (
    <Stack gap="md">
      <OrganisationBreadcrumb
        ancestors={tree.data.ancestors}
        current={org.name}
        memberOf={(id) => myIds.has(id)}
      />
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t("tree.title")}</Title>
          <Text c="dimmed">{t("tree.subtitle")}</Text>
        </div>
        {canManage && self ? (
          <Button onClick={() => setAdding(self)}>{t("tree.addChildTo", { name: org.name })}</Button>
        ) : null}
      </Group>

      {nodes.length <= 1 ? (
        <EmptyHint title={t("tree.emptyTitle")}>
          {canManage ? t("tree.emptyManage") : t("tree.emptyRead")}
        </EmptyHint>
      ) : null}

      <Paper withBorder p="md" radius="md" bg="white">
        <Group align="flex-end" mb="sm" gap="sm">
          <TextInput
            label={t("tree.filter")}
            description={t("tree.filterHelp")}
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 220 }}
            type="search"
          />
          <Button variant="default" onClick={() => setExpanded(new Set(nodes.map((n) => n.id)))}>
            {t("tree.expandAll")}
          </Button>
          <Button variant="default" onClick={() => setExpanded(new Set([org.id]))}>
            {t("tree.collapseAll")}
          </Button>
        </Group>
        <Text size="sm" c="dimmed" role="status" mb="xs">
          {filtered
            ? t("tree.matches", { count: filtered.matches })
            : t("tree.total", { count: nodes.length })}
        </Text>
        {visible && visible.size === 0 ? (
          <Text>{t("tree.noMatch")}</Text>
        ) : (
          <ul className="tree-list" aria-label={t("tree.title")}>
            {roots
              .filter((r) => !visible || visible.has(r.id))
              .map((root) => (
                <TreeNodeRow
                  key={root.id}
                  node={root}
                  level={1}
                  expanded={expanded}
                  visible={visible}
                  currentId={org.id}
                  actions={actions}
                />
              ))}
          </ul>
        )}
      </Paper>

      <AddChildModal parent={adding} onClose={() => setAdding(null)} />
      <EditNodeModal node={editing} onClose={() => setEditing(null)} />
      <MoveModal node={moving} nodes={nodes} onClose={() => setMoving(null)} />
      <NodeDetailsModal node={viewing} onClose={() => setViewing(null)} />
    </Stack>
  );
}
