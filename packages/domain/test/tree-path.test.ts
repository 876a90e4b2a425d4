import { describe, expect, it } from "vitest";
import {
  ancestorIds,
  buildTree,
  canBePlacedUnder,
  childPath,
  depthOf,
  isStrictDescendant,
  rebasePath,
  rootIdOf,
  wouldCreateCycle,
} from "../src/index.ts";

describe("materialised tree paths", () => {
  const root = childPath(null, "net");
  const region = childPath(root, "reg");
  const structure = childPath(region, "cae");

  it("builds paths, depth, root and ancestors", () => {
    expect(structure).toBe("/net/reg/cae/");
    expect(depthOf(root)).toBe(0);
    expect(depthOf(structure)).toBe(2);
    expect(rootIdOf(structure)).toBe("net");
    expect(ancestorIds(structure)).toEqual(["net", "reg"]);
  });

  it("detects descendants and cycles", () => {
    expect(isStrictDescendant(structure, root)).toBe(true);
    expect(isStrictDescendant(root, root)).toBe(false);
    expect(wouldCreateCycle(root, structure)).toBe(true);
    expect(wouldCreateCycle(region, root)).toBe(false);
    expect(wouldCreateCycle(region, null)).toBe(false);
  });

  it("rebases a subtree", () => {
    expect(rebasePath("/net/reg/cae/", "/net/reg/", "/other/reg/")).toBe("/other/reg/cae/");
    expect(() => rebasePath("/x/", "/net/", "/y/")).toThrow();
  });

  it("knows which kinds fit under which", () => {
    expect(canBePlacedUnder("structure", "network")).toBe(true);
    expect(canBePlacedUnder("establishment", "structure")).toBe(true);
    expect(canBePlacedUnder("establishment", null)).toBe(false);
    expect(canBePlacedUnder("network", "structure")).toBe(false);
  });

  it("nests a flat list in any order, sorted", () => {
    const tree = buildTree(
      [
        { id: "c", parentId: "a", name: "C" },
        { id: "a", parentId: null, name: "A" },
        { id: "b", parentId: "a", name: "B" },
        { id: "orphan", parentId: "missing", name: "O" },
      ],
      (x, y) => x.name.localeCompare(y.name),
    );
    expect(tree.map((n) => n.id)).toEqual(["a", "orphan"]);
    expect(tree[0]?.children.map((n) => n.id)).toEqual(["b", "c"]);
  });
});
