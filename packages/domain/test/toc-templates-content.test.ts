import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Localised } from "../src/i18n/localised.ts";
import { INDICATOR_SECTORS } from "../src/indicators/indicator-vocabulary.ts";
import { TOC_TEMPLATES } from "../src/theory-of-change/templates/index.ts";
import type { TocTemplate } from "../src/theory-of-change/toc-template.ts";
import { EVIDENCE_LEVELS, TOC_NODE_TYPES, type TocNodeType } from "../src/theory-of-change/toc-vocabulary.ts";

const LIBRARY_INDEX = new URL("../src/indicators/library/index.ts", import.meta.url);

/** Codes of the built-in indicator library, or null while it does not exist. */
async function libraryCodes(): Promise<Set<string> | null> {
  if (!existsSync(LIBRARY_INDEX)) return null;
  const library = (await import(LIBRARY_INDEX.href)) as { BUILT_IN_INDICATORS: Array<{ code: string }> };
  return new Set(library.BUILT_IN_INDICATORS.map((indicator) => indicator.code));
}

const NODE_TYPE_COUNTS: Record<TocNodeType, [number, number]> = {
  need: [1, 2],
  input: [2, 3],
  activity: [2, 4],
  output: [2, 3],
  outcome_short: [2, 3],
  outcome_medium: [2, 3],
  outcome_long: [1, 2],
  impact: [1, 1],
};

function rank(type: TocNodeType): number {
  return TOC_NODE_TYPES.indexOf(type);
}

/** Every Localised text of a template, with a path to name it in failures. */
function localisedTexts(template: TocTemplate): Array<[string, Localised]> {
  const texts: Array<[string, Localised]> = [
    ["name", template.name],
    ["description", template.description],
  ];
  for (const node of template.nodes) {
    texts.push([`${node.id}.label`, node.label]);
    if (node.description) texts.push([`${node.id}.description`, node.description]);
  }
  for (const edge of template.edges) {
    if (edge.assumption) texts.push([`${edge.source}->${edge.target}.assumption`, edge.assumption]);
  }
  return texts;
}

/** True if the directed graph made of these edges has a cycle (depth-first search with colours). */
function hasCycle(nodeIds: string[], edges: Array<{ source: string; target: string }>): boolean {
  const next = new Map<string, string[]>(nodeIds.map((id) => [id, []]));
  for (const edge of edges) next.get(edge.source)?.push(edge.target);
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string): boolean => {
    if (state.get(id) === "done") return false;
    if (state.get(id) === "visiting") return true;
    state.set(id, "visiting");
    for (const target of next.get(id) ?? []) if (visit(target)) return true;
    state.set(id, "done");
    return false;
  };
  return nodeIds.some((id) => visit(id));
}

describe("theory-of-change templates", () => {
  it("has six templates with unique kebab-case keys and known sectors", () => {
    expect(TOC_TEMPLATES).toHaveLength(6);
    const keys = TOC_TEMPLATES.map((template) => template.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const template of TOC_TEMPLATES) {
      expect(template.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(INDICATOR_SECTORS).toContain(template.sector);
    }
  });

  for (const template of TOC_TEMPLATES) {
    describe(template.key, () => {
      const ids = template.nodes.map((node) => node.id);
      const typeOf = new Map(template.nodes.map((node) => [node.id, node.type]));

      it("has 12–20 nodes with unique snake_case ids", () => {
        expect(template.nodes.length).toBeGreaterThanOrEqual(12);
        expect(template.nodes.length).toBeLessThanOrEqual(20);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
      });

      it("has every node type, in the expected numbers", () => {
        for (const type of TOC_NODE_TYPES) {
          const count = template.nodes.filter((node) => node.type === type).length;
          const [min, max] = NODE_TYPE_COUNTS[type];
          expect(count, `${type} count`).toBeGreaterThanOrEqual(min);
          expect(count, `${type} count`).toBeLessThanOrEqual(max);
        }
      });

      it("has 14–30 edges between existing nodes, without self-loops or duplicates", () => {
        expect(template.edges.length).toBeGreaterThanOrEqual(14);
        expect(template.edges.length).toBeLessThanOrEqual(30);
        const seen = new Set<string>();
        for (const edge of template.edges) {
          const name = `${edge.source}->${edge.target}`;
          expect(typeOf.has(edge.source), `${name}: unknown source`).toBe(true);
          expect(typeOf.has(edge.target), `${name}: unknown target`).toBe(true);
          expect(edge.source, `${name}: self-loop`).not.toBe(edge.target);
          expect(seen.has(name), `${name}: duplicate`).toBe(false);
          seen.add(name);
          expect(EVIDENCE_LEVELS).toContain(edge.evidence);
        }
      });

      it("points forward except for at most one deliberate feedback loop", () => {
        const feedback = template.edges.filter((edge) => edge.feedbackLoop);
        expect(feedback.length).toBeLessThanOrEqual(1);
        for (const edge of template.edges) {
          const from = rank(typeOf.get(edge.source) as TocNodeType);
          const to = rank(typeOf.get(edge.target) as TocNodeType);
          if (edge.feedbackLoop) expect(to, `${edge.source}->${edge.target}`).toBeLessThan(from);
          else expect(to, `${edge.source}->${edge.target}`).toBeGreaterThan(from);
        }
        const forward = template.edges.filter((edge) => !edge.feedbackLoop);
        expect(hasCycle(ids, forward)).toBe(false);
        // The feedback loop really closes a cycle.
        if (feedback.length > 0) expect(hasCycle(ids, template.edges)).toBe(true);
      });

      it("is connected, and every node but the impact leads somewhere", () => {
        const neighbours = new Map<string, Set<string>>(ids.map((id) => [id, new Set()]));
        for (const edge of template.edges) {
          neighbours.get(edge.source)?.add(edge.target);
          neighbours.get(edge.target)?.add(edge.source);
        }
        const reached = new Set<string>([ids[0] as string]);
        const queue = [ids[0] as string];
        while (queue.length > 0) {
          for (const other of neighbours.get(queue.shift() as string) ?? []) {
            if (!reached.has(other)) {
              reached.add(other);
              queue.push(other);
            }
          }
        }
        expect(reached.size).toBe(ids.length);
        for (const node of template.nodes) {
          const outgoing = template.edges.filter((edge) => edge.source === node.id && !edge.feedbackLoop);
          if (node.type !== "impact")
            expect(outgoing.length, `${node.id} has no outgoing edge`).toBeGreaterThan(0);
        }
      });

      it("states an assumption on every causal link from outputs onwards", () => {
        for (const edge of template.edges) {
          const from = typeOf.get(edge.source) as TocNodeType;
          if (rank(from) >= rank("output")) {
            expect(edge.assumption, `${edge.source}->${edge.target}`).toBeDefined();
          }
        }
      });

      it("has every text in French and English, labels of at most 60 characters", () => {
        for (const [path, text] of localisedTexts(template)) {
          expect(text.fr.trim(), `${path}.fr`).not.toBe("");
          expect(text.en.trim(), `${path}.en`).not.toBe("");
        }
        for (const node of template.nodes) {
          expect(node.label.fr.length, `${node.id}.fr`).toBeLessThanOrEqual(60);
          expect(node.label.en.length, `${node.id}.en`).toBeLessThanOrEqual(60);
        }
      });

      it("refers only to indicators of the built-in library", async () => {
        const codes = await libraryCodes();
        for (const node of template.nodes) {
          const nodeCodes = node.indicatorCodes ?? [];
          expect(new Set(nodeCodes).size, `${node.id}: duplicate codes`).toBe(nodeCodes.length);
          if (codes === null) continue;
          for (const code of nodeCodes) expect(codes.has(code), `${node.id}: unknown ${code}`).toBe(true);
        }
      });
    });
  }
});
