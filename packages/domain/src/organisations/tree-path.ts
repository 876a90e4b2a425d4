/**
 * An organisation's place in the tree is a materialised path of ids, "/root/…/self/".
 * "All descendants of X" is then one indexed prefix scan (`path LIKE '/…/x/%'`),
 * which is what network roll-ups over hundreds of members need.
 */
export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? "/"}${id}/`;
}

export function pathIds(path: string): string[] {
  return path.split("/").filter(Boolean);
}

export function depthOf(path: string): number {
  return pathIds(path).length - 1;
}

export function rootIdOf(path: string): string {
  const first = pathIds(path)[0];
  if (!first) throw new Error(`Invalid tree path: ${path}`);
  return first;
}

/** Whether `candidate` sits strictly below the node whose path is `ancestorPath`. */
export function isStrictDescendant(candidatePath: string, ancestorPath: string): boolean {
  return candidatePath !== ancestorPath && candidatePath.startsWith(ancestorPath);
}

/** Moving the subtree at `oldPath` under `newParentPath` would put a node under itself. */
export function wouldCreateCycle(oldPath: string, newParentPath: string | null): boolean {
  return typeof newParentPath === "string" && newParentPath.startsWith(oldPath);
}

/** The path a descendant gets when its subtree root moves from `oldRootPath` to `newRootPath`. */
export function rebasePath(path: string, oldRootPath: string, newRootPath: string): string {
  if (!path.startsWith(oldRootPath)) throw new Error(`${path} is not under ${oldRootPath}`);
  return newRootPath + path.slice(oldRootPath.length);
}

export function ancestorIds(path: string): string[] {
  return pathIds(path).slice(0, -1);
}
