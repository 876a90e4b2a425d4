import type { TreeNode } from "@ricochet/domain";

/** Draws a tree with box characters, like `tree(1)`. */
export function formatTree<T extends { id: string; parentId: string | null }>(
  roots: TreeNode<T>[],
  label: (node: T) => string,
): string {
  const lines: string[] = [];
  const walk = (nodes: TreeNode<T>[], prefix: string, isRoot: boolean) => {
    nodes.forEach((node, i) => {
      const last = i === nodes.length - 1;
      lines.push(isRoot ? label(node) : `${prefix}${last ? "└── " : "├── "}${label(node)}`);
      walk(node.children, isRoot ? "" : `${prefix}${last ? "    " : "│   "}`, false);
    });
  };
  walk(roots, "", true);
  return lines.join("\n");
}
