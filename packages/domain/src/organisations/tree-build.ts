export interface FlatNode {
  id: string;
  parentId: string | null;
}

export type TreeNode<T extends FlatNode> = T & { children: TreeNode<T>[] };

/** Nests a flat list (any order); nodes whose parent is absent become roots. */
export function buildTree<T extends FlatNode>(nodes: T[], compare?: (a: T, b: T) => number): TreeNode<T>[] {
  const byId = new Map<string, TreeNode<T>>();
  for (const node of nodes) byId.set(node.id, { ...node, children: [] });
  const roots: TreeNode<T>[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  if (compare) {
    const sortDeep = (list: TreeNode<T>[]) => {
      list.sort(compare);
      for (const item of list) sortDeep(item.children);
    };
    sortDeep(roots);
  }
  return roots;
}
