import { describe, expect, it } from "vitest";
import {
  instantiateTemplate,
  renderTocSvg,
  TOC_NODE_COLOURS,
  TOC_NODE_TYPE_LABELS,
  TOC_NODE_TYPES,
  TOC_TEMPLATES,
  TOC_TEXT_COLOUR,
  type TocGraph,
} from "../src/index.ts";
import { edge, graph, node } from "./toc-fixtures.ts";

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  /** Text directly inside the element, entities left as written. */
  text: string;
  children: XmlElement[];
}

const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

/** Every "&" starts a known entity and no "<" appears: what XML requires of text and attribute values. */
function checkCharacterData(text: string, where: string): void {
  if (text.includes("<")) throw new Error(`"<" in ${where}: ${text}`);
  for (let i = text.indexOf("&"); i !== -1; i = text.indexOf("&", i + 1)) {
    ENTITY.lastIndex = i;
    if (!ENTITY.test(text)) throw new Error(`bare "&" in ${where}: ${text.slice(i, i + 12)}`);
  }
}

/**
 * A small well-formedness checker, enough for what the renderer writes: an optional XML
 * declaration, elements with double-quoted attributes, text; no comments, CDATA or doctype.
 * Throws on any violation and returns the root element.
 */
function parseXml(xml: string): XmlElement {
  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>\s*/.exec(xml);
  let position = declaration ? declaration[0].length : 0;
  const token = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*="[^"]*")*)\s*(\/?)>|([^<]+)/y;
  const attribute = /([A-Za-z_][\w.:-]*)="([^"]*)"/g;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (position < xml.length) {
    token.lastIndex = position;
    const match = token.exec(xml);
    if (!match) throw new Error(`not XML at ${position}: ${xml.slice(position, position + 40)}`);
    position = token.lastIndex;
    const [, closing, name, rawAttributes, selfClosing, text] = match;
    const current = stack[stack.length - 1];
    if (text !== undefined) {
      if (!current) {
        if (text.trim() !== "") throw new Error(`text outside the root: ${text}`);
        continue;
      }
      checkCharacterData(text, `<${current.name}>`);
      current.text += text;
      continue;
    }
    if (!name) throw new Error("tag without a name");
    if (closing) {
      if (current?.name !== name) throw new Error(`</${name}> closes <${current?.name}>`);
      stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key = "", value = ""] of (rawAttributes ?? "").matchAll(attribute)) {
      if (key in attributes) throw new Error(`duplicate attribute ${key} on <${name}>`);
      checkCharacterData(value, `${name}@${key}`);
      attributes[key] = value;
    }
    const element: XmlElement = { name, attributes, text: "", children: [] };
    if (current) current.children.push(element);
    else if (root) throw new Error("two root elements");
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1]?.name}>`);
  if (!root) throw new Error("no root element");
  return root;
}

function all(element: XmlElement, name: string): XmlElement[] {
  const found = element.name === name ? [element] : [];
  return found.concat(element.children.flatMap((child) => all(child, name)));
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

const sample = (): TocGraph =>
  graph(
    [
      node("need", "need", { label: "Isolement <&>\"' des aînés" }),
      node("act", "activity", { label: "Visites à domicile" }),
      node("out", "output", { label: "Personnes visitées" }),
      node("eff", "outcome_short", { label: "Liens sociaux renforcés" }),
    ],
    [
      edge("e1", "need", "act", { evidence: "moderate" }),
      edge("e2", "act", "out", { evidence: "weak", assumption: "Si les bénévoles <restent>" }),
      edge("e3", "out", "eff", { evidence: "strong" }),
      edge("e4", "eff", "act", { evidence: "none", feedbackLoop: true }),
    ],
  );

describe("renderTocSvg", () => {
  it("writes a well-formed SVG 1.1 document sized by its viewBox", () => {
    const svg = renderTocSvg(sample(), { locale: "fr" });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    const root = parseXml(svg);
    expect(root.name).toBe("svg");
    expect(root.attributes.xmlns).toBe("http://www.w3.org/2000/svg");
    expect(root.attributes.version).toBe("1.1");
    expect(root.attributes["font-family"]).toBe("DejaVu Sans, Arial, sans-serif");
    const { width, height, viewBox } = root.attributes;
    expect(viewBox).toBe(`0 0 ${width} ${height}`);
    expect(Number(width)).toBeGreaterThan(3 * 260);
    expect(Number(height)).toBeGreaterThan(72);
  });

  it("has an accessible title and description, first in the document", () => {
    const root = parseXml(renderTocSvg(sample(), { locale: "en", title: "Visits & ties" }));
    expect(root.children[0]?.name).toBe("title");
    expect(root.children[0]?.text).toBe("Visits &amp; ties");
    expect(root.children[1]?.name).toBe("desc");
    expect(unescapeXml(root.children[1]?.text ?? "")).toContain(
      "Theory of change: 4 columns, 4 nodes and 4 links, including 1 feedback loop.",
    );
    expect(unescapeXml(root.children[1]?.text ?? "")).toContain("Activities: Visites à domicile.");
    const untitled = parseXml(renderTocSvg(sample(), { locale: "fr" }));
    expect(untitled.children[0]?.text).toBe("Théorie du changement");
  });

  it("escapes XML special characters in every label and assumption", () => {
    const svg = renderTocSvg(sample(), { locale: "fr" });
    expect(svg).toContain("Isolement &lt;&amp;&gt;&quot;&apos; des aînés");
    expect(svg).not.toContain("<&>");
    expect(svg).toContain("Si les bénévoles &lt;restent&gt;");
    const root = parseXml(svg);
    const titles = all(root, "title").map((title) => unescapeXml(title.text));
    for (const n of sample().nodes)
      expect(
        titles.some((title) => title.endsWith(n.label)),
        n.label,
      ).toBe(true);
  });

  it("drops characters XML cannot carry", () => {
    const g = graph([node("a", "activity", { label: "Bip\u0007 \uD800ok" })], []);
    const svg = renderTocSvg(g, { locale: "fr" });
    expect(() => parseXml(svg)).not.toThrow();
    expect(svg).toContain("Bip ok");
  });

  it("draws one path per link, dashed when evidence is none or weak, feedback loops apart", () => {
    const root = parseXml(renderTocSvg(sample(), { locale: "fr" }));
    const paths = all(root, "path");
    expect(paths).toHaveLength(4);
    const [moderate, weak, strong, feedback] = paths;
    expect(moderate?.attributes["stroke-dasharray"]).toBeUndefined();
    expect(weak?.attributes["stroke-dasharray"]).toBeDefined();
    expect(strong?.attributes["stroke-dasharray"]).toBeUndefined();
    expect(Number(strong?.attributes["stroke-width"])).toBeGreaterThan(
      Number(moderate?.attributes["stroke-width"]),
    );
    expect(feedback?.attributes["stroke-dasharray"]).toBeDefined();
    expect(feedback?.attributes.stroke).not.toBe(moderate?.attributes.stroke);
    for (const path of paths) {
      expect(path.attributes.d).toMatch(/^M [\d.-]+ [\d.-]+ C( [\d.-]+){6}$/);
      expect(path.attributes.fill ?? "none").toBe("none");
      expect(path.attributes["marker-end"]).toMatch(/^url\(#[\w-]+\)$/);
    }
    // The feedback loop dips below every node.
    const lowestNode = Math.max(
      ...all(root, "rect")
        .filter((r) => r.attributes.rx)
        .map((r) => Number(r.attributes.y) + 72),
    );
    const controlY = Number(feedback?.attributes.d?.split(" ")[5]);
    expect(controlY).toBeGreaterThan(lowestNode);
  });

  it("routes a link that skips a column around the nodes in between", () => {
    const g = graph(
      [node("n", "need"), node("i", "input"), node("a", "activity")],
      [edge("e1", "n", "a"), edge("e2", "i", "a")],
    );
    const root = parseXml(renderTocSvg(g, { locale: "fr" }));
    const [skipping, direct] = all(root, "path").map((p) => p.attributes.d ?? "");
    expect(direct).not.toContain(" L ");
    // M, a bend to the lane, along the lane past the input, a bend into the activity.
    const lane = /C(?: [\d.-]+){5} ([\d.-]+) L [\d.-]+ ([\d.-]+) C/.exec(skipping ?? "");
    expect(lane).not.toBeNull();
    const input = all(root, "rect").filter((r) => r.attributes.rx)[1];
    const [top, bottom] = [Number(input?.attributes.y), Number(input?.attributes.y) + 72];
    const laneY = Number(lane?.[1]);
    expect(laneY).toBe(Number(lane?.[2]));
    expect(laneY < top || laneY > bottom).toBe(true);
  });

  it("defines the arrow markers it uses", () => {
    const root = parseXml(renderTocSvg(sample(), { locale: "fr" }));
    const ids = new Set(all(root, "marker").map((m) => m.attributes.id));
    for (const element of [...all(root, "path"), ...all(root, "line")]) {
      const id = /^url\(#(.+)\)$/.exec(element.attributes["marker-end"] ?? "")?.[1];
      expect(ids.has(id)).toBe(true);
    }
  });

  it("draws a rounded box per node and a header per type present, in the locale", () => {
    const fr = parseXml(renderTocSvg(sample(), { locale: "fr" }));
    expect(all(fr, "rect").filter((r) => r.attributes.rx === "8")).toHaveLength(4);
    const texts = all(fr, "text").map((t) => unescapeXml(t.text));
    expect(texts).toEqual(
      expect.arrayContaining(["Besoins", "Activités", "Réalisations", "Effets à court terme"]),
    );
    expect(texts).not.toContain("Impact");
    const en = all(parseXml(renderTocSvg(sample(), { locale: "en" })), "text").map((t) => t.text);
    expect(en).toEqual(expect.arrayContaining(["Needs", "Activities", "Outputs", "Short-term outcomes"]));
  });

  it("has a legend with the evidence levels and the feedback loop", () => {
    const texts = all(parseXml(renderTocSvg(sample(), { locale: "fr" })), "text").map((t) => t.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        "Aucune preuve",
        "Preuve faible",
        "Preuve modérée",
        "Preuve forte",
        "Boucle de rétroaction",
      ]),
    );
    const en = all(parseXml(renderTocSvg(sample(), { locale: "en" })), "text").map((t) => t.text);
    expect(en).toEqual(expect.arrayContaining(["No evidence", "Strong evidence", "Feedback loop"]));
  });

  it("wraps long labels on at most three lines, ending with an ellipsis", () => {
    const long =
      "Les personnes accompagnées retrouvent confiance en elles et osent entreprendre des démarches vers l'emploi durable";
    const root = parseXml(
      renderTocSvg(graph([node("a", "outcome_long", { label: long })], []), { locale: "fr" }),
    );
    const label = all(root, "text").find((t) => t.children.length > 0);
    const lines = label?.children.map((tspan) => unescapeXml(tspan.text)) ?? [];
    expect(lines).toHaveLength(3);
    expect(lines[2]?.endsWith("…")).toBe(true);
    expect(lines.every((line) => [...line].length <= 25)).toBe(true);
    expect(long.startsWith(lines.slice(0, 2).join(" "))).toBe(true);
    const short = parseXml(
      renderTocSvg(graph([node("a", "impact", { label: "Inclusion" })], []), { locale: "fr" }),
    );
    expect(all(short, "tspan").map((t) => t.text)).toEqual(["Inclusion"]);
  });

  it("keeps hand-made positions, and lays out a graph missing some", () => {
    const placed = graph(
      [
        node("a", "activity", { position: { x: 0, y: 300 } }),
        node("b", "output", { position: { x: 500, y: 0 } }),
      ],
      [edge("e1", "a", "b")],
    );
    const boxes = (g: TocGraph) =>
      all(parseXml(renderTocSvg(g, { locale: "fr" })), "rect")
        .filter((r) => r.attributes.rx)
        .map((r) => [Number(r.attributes.x), Number(r.attributes.y)]);
    const [a, b] = boxes(placed);
    expect((b?.[0] ?? 0) - (a?.[0] ?? 0)).toBe(500);
    expect((a?.[1] ?? 0) - (b?.[1] ?? 0)).toBe(300);
    const shifted = graph(
      placed.nodes.map((n) => ({
        ...n,
        position: { x: (n.position?.x ?? 0) + 1000, y: (n.position?.y ?? 0) - 50 },
      })),
      placed.edges,
    );
    expect(boxes(shifted)).toEqual(boxes(placed));
    expect(boxes(placed)[0]?.[0]).toBe(24);
    const partly = graph([placed.nodes[0] ?? node("a", "activity"), node("b", "output")], placed.edges);
    const [c, d] = boxes(partly);
    expect((d?.[0] ?? 0) - (c?.[0] ?? 0)).toBe(260);
    expect(c?.[1]).toBe(d?.[1]);
  });

  it("refers to nothing outside itself and runs no script", () => {
    const svg = renderTocSvg(sample(), { locale: "fr", title: "Rapport" });
    expect(svg).not.toMatch(/<script|<image|<foreignObject|<style|href=|@import|on[a-z]+="|url\((?!#)/i);
  });

  it("renders an empty graph and every template, in both languages", () => {
    expect(() => parseXml(renderTocSvg(graph([], []), { locale: "en" }))).not.toThrow();
    for (const template of TOC_TEMPLATES) {
      for (const locale of ["fr", "en"] as const) {
        const { graph: g } = instantiateTemplate(template, locale);
        const root = parseXml(renderTocSvg(g, { locale, title: template.name[locale] }));
        expect(all(root, "path"), template.key).toHaveLength(g.edges.length);
        for (const type of TOC_NODE_TYPES) {
          expect(
            all(root, "text").some((t) => unescapeXml(t.text) === TOC_NODE_TYPE_LABELS[type][locale]),
          ).toBe(true);
        }
      }
    }
  });

  it("is deterministic", () => {
    expect(renderTocSvg(sample(), { locale: "fr" })).toBe(renderTocSvg(sample(), { locale: "fr" }));
  });
});

describe("the test's XML checker", () => {
  it("rejects what is not well-formed", () => {
    expect(() => parseXml("<a><b></a></b>")).toThrow();
    expect(() => parseXml("<a>x & y</a>")).toThrow();
    expect(() => parseXml('<a t="<"/>')).toThrow();
    expect(() => parseXml('<a t="1" t="2"/>')).toThrow();
    expect(() => parseXml("<a/><b/>")).toThrow();
    expect(() => parseXml("<a>")).toThrow();
    expect(() => parseXml("<a t=1/>")).toThrow();
    expect(parseXml('<a t="&amp;">x &lt; y<b/></a>').children).toHaveLength(1);
  });
});

/** WCAG 2.1 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe("node colours", () => {
  it("keep label text readable (AA, 4.5:1) and borders visible on white (3:1)", () => {
    for (const type of TOC_NODE_TYPES) {
      const { fill, stroke } = TOC_NODE_COLOURS[type];
      expect(contrast(TOC_TEXT_COLOUR, fill), type).toBeGreaterThanOrEqual(4.5);
      expect(contrast(stroke, "#FFFFFF"), type).toBeGreaterThanOrEqual(3);
    }
  });
});
