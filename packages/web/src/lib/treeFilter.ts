import type { Organisation } from "../api/types.ts";

function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/**
 * The ids to show for a filter: every node whose name, territory or tags match, and its
 * ancestors so that it stays reachable. `null` when there is no filter.
 */
export function visibleIds(
  nodes: Organisation[],
  filter: string,
): { ids: Set<string>; matches: number } | null {
  const query = normalise(filter.trim());
  if (!query) return null;
  let matches = 0;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const result = new Set<string>();
  for (const node of nodes) {
    const haystack = normalise([node.name, node.territory ?? "", ...node.sectorTags].join(" "));
    if (!haystack.includes(query)) continue;
    matches += 1;
    let current: Organisation | undefined = node;
    while (current && !result.has(current.id)) {
      result.add(current.id);
      current = current.parentId ? byId.get(current.parentId) : undefined;
    }
  }
  return { ids: result, matches };
}

/** The ids of a node and everything under it. */
export function subtreeIds(nodes: Organisation[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const n of nodes) {
    if (!n.parentId) continue;
    const list = children.get(n.parentId) ?? [];
    list.push(n.id);
    children.set(n.parentId, list);
  }
  const result = new Set<string>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop() as string;
    result.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return result;
}
