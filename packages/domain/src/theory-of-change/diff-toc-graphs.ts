import type { Bilingual } from "../i18n/locale.ts";
import type { TocEdge, TocGraph, TocNode } from "./toc-graph.ts";

export interface TocItemChanges<T> {
  added: T[];
  removed: T[];
  changed: Array<{ before: T; after: T; fields: string[] }>;
}

/** What changed between two versions of a theory of change, matched by node and link ids. */
export interface TocGraphDiff {
  nodes: TocItemChanges<TocNode>;
  edges: TocItemChanges<TocEdge>;
  /** e.g. « 2 nœuds ajoutés, 1 lien modifié » / "2 nodes added, 1 link changed". */
  summary: Bilingual;
}

/** The fields a person edits; a moved node (position) is layout, not a change of meaning. */
const NODE_FIELDS = ["label", "type", "description", "stakeholderIds", "comments"] as const;
const EDGE_FIELDS = ["source", "target", "assumption", "evidence", "feedbackLoop"] as const;

/**
 * Added items are listed in the order of `after`, removed ones in the order of `before`,
 * changed ones in the order of `after`; each changed item names its changed fields.
 */
export function diffTocGraphs(before: TocGraph, after: TocGraph): TocGraphDiff {
  const nodes = diffById(before.nodes, after.nodes, changedNodeFields);
  const edges = diffById(before.edges, after.edges, changedEdgeFields);
  return { nodes, edges, summary: summarise(nodes, edges) };
}

/** Ids are unique in a valid graph; should one repeat, its first occurrence stands for it. */
function diffById<T extends { id: string }>(
  before: T[],
  after: T[],
  changedFields: (before: T, after: T) => string[],
): TocItemChanges<T> {
  const beforeById = firstById(before);
  const afterById = firstById(after);
  const changes: TocItemChanges<T> = { added: [], removed: [], changed: [] };
  for (const item of afterById.values()) {
    const previous = beforeById.get(item.id);
    if (!previous) {
      changes.added.push(item);
      continue;
    }
    const fields = changedFields(previous, item);
    if (fields.length > 0) changes.changed.push({ before: previous, after: item, fields });
  }
  for (const item of beforeById.values()) if (!afterById.has(item.id)) changes.removed.push(item);
  return changes;
}

function firstById<T extends { id: string }>(items: T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return byId;
}

function changedNodeFields(before: TocNode, after: TocNode): string[] {
  return NODE_FIELDS.filter((field) => {
    switch (field) {
      case "description":
        return orEmpty(before.description) !== orEmpty(after.description);
      case "stakeholderIds":
        return !sameSet(before.stakeholderIds, after.stakeholderIds);
      case "comments":
        return (
          JSON.stringify(before.comments.map(commentKey)) !== JSON.stringify(after.comments.map(commentKey))
        );
      default:
        return before[field] !== after[field];
    }
  });
}

function changedEdgeFields(before: TocEdge, after: TocEdge): string[] {
  return EDGE_FIELDS.filter((field) =>
    field === "assumption"
      ? orEmpty(before.assumption) !== orEmpty(after.assumption)
      : before[field] !== after[field],
  );
}

/** An absent, null or empty text all mean "nothing written": switching between them is no change. */
function orEmpty(text: string | null | undefined): string {
  return text ?? "";
}

/** Stakeholders are a set: reordering them is no change. */
function sameSet(a: string[], b: string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((value) => right.has(value));
}

/** Fixed key order, so two equal comments compare equal whatever order their keys were written in. */
function commentKey(comment: TocNode["comments"][number]): [string, string, string] {
  return [comment.author, comment.text, comment.at];
}

type Noun = { fr: [string, string]; en: [string, string] };
type Verb = { fr: [string, string]; en: string };

const NODE_NOUN: Noun = { fr: ["nœud", "nœuds"], en: ["node", "nodes"] };
const LINK_NOUN: Noun = { fr: ["lien", "liens"], en: ["link", "links"] };
const ADDED: Verb = { fr: ["ajouté", "ajoutés"], en: "added" };
const REMOVED: Verb = { fr: ["supprimé", "supprimés"], en: "removed" };
const CHANGED: Verb = { fr: ["modifié", "modifiés"], en: "changed" };

function summarise(nodes: TocItemChanges<TocNode>, edges: TocItemChanges<TocEdge>): Bilingual {
  const parts: Array<[number, Noun, Verb]> = [
    [nodes.added.length, NODE_NOUN, ADDED],
    [nodes.removed.length, NODE_NOUN, REMOVED],
    [nodes.changed.length, NODE_NOUN, CHANGED],
    [edges.added.length, LINK_NOUN, ADDED],
    [edges.removed.length, LINK_NOUN, REMOVED],
    [edges.changed.length, LINK_NOUN, CHANGED],
  ];
  const present = parts.filter(([count]) => count > 0);
  if (present.length === 0) return { fr: "Aucun changement", en: "No changes" };
  return {
    fr: present.map(([count, noun, verb]) => countPhrase(count, noun.fr, verb.fr)).join(", "),
    en: present.map(([count, noun, verb]) => countPhrase(count, noun.en, [verb.en, verb.en])).join(", "),
  };
}

/** French and English both use the singular for exactly one: « 1 nœud ajouté », "1 node added". */
function countPhrase(count: number, noun: [string, string], verb: [string, string]): string {
  const plural = count === 1 ? 0 : 1;
  return `${count} ${noun[plural]} ${verb[plural]}`;
}
