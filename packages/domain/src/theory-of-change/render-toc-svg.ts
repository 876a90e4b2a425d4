import type { Locale } from "../i18n/locale.ts";
import { layoutTocGraph, TOC_LAYOUT_DEFAULTS } from "./layout-toc-graph.ts";
import type { TocEdge, TocGraph, TocNode } from "./toc-graph.ts";
import {
  EVIDENCE_LEVEL_LABELS,
  EVIDENCE_LEVELS,
  type EvidenceLevel,
  TOC_NODE_TYPE_LABELS,
  TOC_NODE_TYPES,
  type TocNodeType,
} from "./toc-vocabulary.ts";

export interface RenderTocSvgOptions {
  locale: Locale;
  /** Shown above the graph, and the document's accessible name; without it, "Theory of change". */
  title?: string;
}

/**
 * Fill and border of each node type. Fills are light so that TOC_TEXT_COLOUR reads on all of
 * them well above the WCAG AA 4.5:1 ratio; borders are dark enough (3:1 on white) to outline a
 * node for people who do not see the fill.
 */
export const TOC_NODE_COLOURS: Record<TocNodeType, { fill: string; stroke: string }> = {
  need: { fill: "#FDE2E1", stroke: "#B03A2E" },
  input: { fill: "#FDEBD3", stroke: "#A0560C" },
  activity: { fill: "#FBF3C4", stroke: "#7D6608" },
  output: { fill: "#E2F1D8", stroke: "#3E7B27" },
  outcome_short: { fill: "#D5EEF2", stroke: "#1C6F80" },
  outcome_medium: { fill: "#DCE7F7", stroke: "#2E5C9A" },
  outcome_long: { fill: "#E6DFF5", stroke: "#5B3E96" },
  impact: { fill: "#F5DDEB", stroke: "#8E2F6B" },
};
export const TOC_TEXT_COLOUR = "#1B1B1B";

const FONT_FAMILY = "DejaVu Sans, Arial, sans-serif";
const LINK_COLOUR = "#4D4D4D";
const FEEDBACK_COLOUR = "#7B1FA2";
const ARROW_ID = "ricochet-toc-arrow";
const FEEDBACK_ARROW_ID = "ricochet-toc-arrow-feedback";

const MARGIN = 24;
const TITLE_HEIGHT = 36;
const HEADER_HEIGHT = 40;
/** Room under the lowest node for feedback loops, which curve below the whole graph. */
const FEEDBACK_DEPTH = 64;
const LABEL_FONT_SIZE = 12;
const LABEL_LINE_HEIGHT = 15;
const LABEL_PADDING = 10;
const LABEL_MAX_LINES = 3;
/** Space kept between a link running past nodes and those nodes. */
const LANE_CLEARANCE = 6;
const LEGEND_FONT_SIZE = 11;
const LEGEND_ROW_HEIGHT = 22;
const LEGEND_SAMPLE_WIDTH = 36;
/** Without a text-measuring engine, widths are estimated: DejaVu Sans averages about 0.6 em. */
const AVERAGE_CHAR_EM = 0.6;

/** How a link's evidence level is drawn: unproven links are dashed so they stand out in print. */
const EVIDENCE_STROKES: Record<EvidenceLevel, { width: number; dash: string | null }> = {
  none: { width: 1.5, dash: "2 4" },
  weak: { width: 1.5, dash: "7 4" },
  moderate: { width: 1.75, dash: null },
  strong: { width: 2.75, dash: null },
};

const TEXTS = {
  defaultTitle: { fr: "Théorie du changement", en: "Theory of change" },
  legendHeading: { fr: "Liens :", en: "Links:" },
  feedbackLoop: { fr: "Boucle de rétroaction", en: "Feedback loop" },
  emptyGraph: { fr: "Théorie du changement vide.", en: "Empty theory of change." },
} as const;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Everything the drawing functions share: where each node sits on the page, and the language. */
interface Scene {
  locale: Locale;
  /** The box of each node, by index in the graph. */
  boxes: Box[];
  /** Index of the first node with each id: the one links point to. */
  indexById: Map<string, number>;
  labels: Map<string, string>;
  nodesByType: Map<TocNodeType, TocNode[]>;
  /** Top of the node area and bottom of the lowest node, in page coordinates. */
  graphTop: number;
  graphBottom: number;
  contentWidth: number;
}

/**
 * A standalone SVG 1.1 document of the graph for reports (PDF, DOCX, print): column headers,
 * nodes coloured by type with labels wrapped on up to three lines, links as Bézier curves (dashed
 * when unproven, feedback loops in another colour curving below), and a legend. No scripts,
 * external fonts or references, so it renders the same in a browser, a PDF engine or a word
 * processor. Nodes keep their positions when all have one; otherwise the whole graph is laid
 * out, since placing only the missing nodes would pile them onto hand-placed ones.
 */
export function renderTocSvg(graph: TocGraph, options: RenderTocSvgOptions): string {
  const { locale } = options;
  const placed = graph.nodes.every((node) => node.position) ? graph : layoutTocGraph(graph);
  const titleHeight = options.title ? TITLE_HEIGHT : 0;
  const scene = buildScene(placed, locale, MARGIN + titleHeight + HEADER_HEIGHT);
  const edges = drawableEdges(placed.edges, scene);
  const hasFeedback = edges.some((edge) => edge.feedbackLoop || edge.source === edge.target);
  const legendTop = scene.graphBottom + (hasFeedback ? FEEDBACK_DEPTH : 0) + 20;
  const legend = drawLegend(scene, legendTop);
  const width = scene.contentWidth + 2 * MARGIN;
  const height = legend.bottom + MARGIN;
  const title = options.title ?? TEXTS.defaultTitle[locale];

  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" font-family="${FONT_FAMILY}">`,
    `<title>${escapeXml(title)}</title>`,
    `<desc>${escapeXml(describeGraph(placed, scene))}</desc>`,
    drawDefs(),
    `<rect x="0" y="0" width="${num(width)}" height="${num(height)}" fill="#FFFFFF"/>`,
    options.title ? drawTitle(options.title) : "",
    drawHeaders(placed, scene),
    `<g fill="none">`,
    ...edges.map((edge) => drawEdge(edge, scene)),
    `</g>`,
    ...placed.nodes.map((node, index) => drawNode(node, scene.boxes[index], scene)),
    legend.svg,
    `</svg>`,
  ]
    .filter((line) => line !== "")
    .join("\n")
    .concat("\n");
}

/** Moves the graph so its top-left node corner sits at (MARGIN, top). */
function buildScene(graph: TocGraph, locale: Locale, top: number): Scene {
  const { nodeWidth: width, nodeHeight: height } = TOC_LAYOUT_DEFAULTS;
  const xs = graph.nodes.map((node) => node.position?.x ?? 0);
  const ys = graph.nodes.map((node) => node.position?.y ?? 0);
  // Hand-placed graphs may start anywhere, even at negative coordinates: crop to the nodes.
  const [minX, minY] = graph.nodes.length === 0 ? [0, 0] : [Math.min(...xs), Math.min(...ys)];
  const graphWidth = graph.nodes.length === 0 ? 0 : Math.max(...xs) - minX + width;
  const graphHeight = graph.nodes.length === 0 ? 0 : Math.max(...ys) - minY + height;

  const boxes = graph.nodes.map((_, index) => ({
    x: MARGIN + (xs[index] ?? 0) - minX,
    y: top + (ys[index] ?? 0) - minY,
    width,
    height,
  }));
  const indexById = new Map<string, number>();
  const labels = new Map<string, string>();
  const nodesByType = new Map<TocNodeType, TocNode[]>();
  graph.nodes.forEach((node, index) => {
    if (!indexById.has(node.id)) {
      indexById.set(node.id, index);
      labels.set(node.id, node.label);
    }
    nodesByType.set(node.type, [...(nodesByType.get(node.type) ?? []), node]);
  });
  // A graph of one or two columns would squeeze the legend onto many rows.
  const contentWidth = Math.max(graphWidth, 520);
  return {
    locale,
    boxes,
    indexById,
    labels,
    nodesByType,
    graphTop: top,
    graphBottom: top + graphHeight,
    contentWidth,
  };
}

/** Links to missing nodes cannot be drawn (and are reported by validateTocGraph). */
function drawableEdges(edges: TocEdge[], scene: Scene): TocEdge[] {
  return edges.filter((edge) => scene.indexById.has(edge.source) && scene.indexById.has(edge.target));
}

function drawDefs(): string {
  const marker = (id: string, colour: string) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto"><polygon points="0,0 10,5 0,10" fill="${colour}"/></marker>`;
  return `<defs>\n${marker(ARROW_ID, LINK_COLOUR)}\n${marker(FEEDBACK_ARROW_ID, FEEDBACK_COLOUR)}\n</defs>`;
}

function drawTitle(title: string): string {
  return `<text x="${MARGIN}" y="${MARGIN + 18}" font-size="16" font-weight="bold" fill="${TOC_TEXT_COLOUR}">${escapeXml(title)}</text>`;
}

/** One header per type present, centred over its nodes, with a bar in the type's colour. */
function drawHeaders(graph: TocGraph, scene: Scene): string {
  const parts: string[] = [];
  const baseline = scene.graphTop - 18;
  for (const type of TOC_NODE_TYPES) {
    const boxes = scene.boxes.filter((_, index) => graph.nodes[index]?.type === type);
    if (boxes.length === 0) continue;
    const centre = boxes.reduce((sum, box) => sum + box.x + box.width / 2, 0) / boxes.length;
    const width = TOC_LAYOUT_DEFAULTS.nodeWidth;
    parts.push(
      `<text x="${num(centre)}" y="${num(baseline)}" text-anchor="middle" font-size="13" font-weight="bold" fill="${TOC_TEXT_COLOUR}">${escapeXml(TOC_NODE_TYPE_LABELS[type][scene.locale])}</text>`,
      `<rect x="${num(centre - width / 2)}" y="${num(baseline + 6)}" width="${num(width)}" height="3" fill="${TOC_NODE_COLOURS[type].stroke}"/>`,
    );
  }
  return `<g>\n${parts.join("\n")}\n</g>`;
}

/** One <path> per link, with a tooltip naming both ends, the assumption and the evidence. */
function drawEdge(edge: TocEdge, scene: Scene): string {
  const source = boxOf(edge.source, scene);
  const target = boxOf(edge.target, scene);
  if (!source || !target) return "";
  const backwards = edge.feedbackLoop || edge.source === edge.target;
  const d = backwards ? belowCurve(source, target, scene.graphBottom) : forwardCurve(source, target, scene);
  const stroke = EVIDENCE_STROKES[edge.evidence];
  const dash = stroke.dash ? ` stroke-dasharray="${stroke.dash}"` : "";
  const colour = backwards ? FEEDBACK_COLOUR : LINK_COLOUR;
  const marker = backwards ? FEEDBACK_ARROW_ID : ARROW_ID;
  return `<path d="${d}" stroke="${colour}" stroke-width="${stroke.width}"${dash} marker-end="url(#${marker})"><title>${escapeXml(edgeTooltip(edge, scene))}</title></path>`;
}

function boxOf(id: string, scene: Scene): Box | undefined {
  const index = scene.indexById.get(id);
  return index === undefined ? undefined : scene.boxes[index];
}

/**
 * Right side of the cause to left side of the effect, leaving and arriving horizontally. A link
 * that skips columns (a need straight to an activity) would pass behind the nodes in between and
 * seem to end there, so it runs along a free lane through those columns instead.
 */
function forwardCurve(source: Box, target: Box, scene: Scene): string {
  const [x1, y1] = [source.x + source.width, source.y + source.height / 2];
  const [x2, y2] = [target.x, target.y + target.height / 2];
  const between = scene.boxes.filter((box) => box.x >= x1 && box.x + box.width <= x2);
  const start = `M ${num(x1)} ${num(y1)}`;
  if (between.length === 0 || !blocks(between, y1, y2)) return `${start} ${bend(x1, y1, x2, y2)}`;
  const lane = freeLane(between, y1, y2);
  const laneStart = Math.min(...between.map((box) => box.x));
  const laneEnd = Math.max(...between.map((box) => box.x + box.width));
  return `${start} ${bend(x1, y1, laneStart, lane)} L ${num(laneEnd)} ${num(lane)} ${bend(laneEnd, lane, x2, y2)}`;
}

/** A horizontal S from (x1, y1) to (x2, y2), the path already standing at (x1, y1). */
function bend(x1: number, y1: number, x2: number, y2: number): string {
  const pull = Math.max(x2 - x1 > 0 ? (x2 - x1) / 2 : 40, 20);
  return `C ${num(x1 + pull)} ${num(y1)} ${num(x2 - pull)} ${num(y2)} ${num(x2)} ${num(y2)}`;
}

/** The curve stays between its two heights, so only boxes reaching into that band can hide it. */
function blocks(boxes: Box[], y1: number, y2: number): boolean {
  const [top, bottom] = [Math.min(y1, y2) - LANE_CLEARANCE, Math.max(y1, y2) + LANE_CLEARANCE];
  return boxes.some((box) => box.y < bottom && box.y + box.height > top);
}

/**
 * The height, free of every box in between, closest to both ends: the middle of a gap between
 * boxes, or just above or below them all.
 */
function freeLane(boxes: Box[], y1: number, y2: number): number {
  const spans = boxes
    .map((box) => [box.y - LANE_CLEARANCE, box.y + box.height + LANE_CLEARANCE] as const)
    .sort((a, b) => a[0] - b[0]);
  const candidates = [spans[0]?.[0] ?? y1];
  let reach = spans[0]?.[1] ?? y1;
  for (const [top, bottom] of spans.slice(1)) {
    if (top > reach) candidates.push((reach + top) / 2);
    reach = Math.max(reach, bottom);
  }
  candidates.push(reach);
  const cost = (lane: number) => Math.abs(lane - y1) + Math.abs(lane - y2);
  return candidates.reduce((best, lane) => (cost(lane) < cost(best) ? lane : best));
}

/**
 * Feedback loops leave the bottom of the later node and come back up into the earlier one,
 * dipping under the whole graph so they never read as forward links.
 */
function belowCurve(source: Box, target: Box, graphBottom: number): string {
  const [x1, y1] = [source.x + source.width / 2, source.y + source.height];
  const [x2, y2] = [target.x + target.width / 2, target.y + target.height];
  // A node looping onto itself needs its two ends pulled apart to draw a visible loop.
  const spread = x1 === x2 ? 48 : 0;
  const depth = graphBottom + FEEDBACK_DEPTH - 8;
  return `M ${num(x1)} ${num(y1)} C ${num(x1 + spread)} ${num(depth)} ${num(x2 - spread)} ${num(depth)} ${num(x2)} ${num(y2)}`;
}

function edgeTooltip(edge: TocEdge, scene: Scene): string {
  const { locale } = scene;
  const label = (id: string) => scene.labels.get(id) ?? id;
  const parts = [
    `${label(edge.source)} → ${label(edge.target)}`,
    EVIDENCE_LEVEL_LABELS[edge.evidence][locale],
  ];
  if (edge.feedbackLoop) parts.push(TEXTS.feedbackLoop[locale]);
  if (edge.assumption) parts.push(edge.assumption);
  return parts.join(" — ");
}

/** A rounded box in the type's colours, its label wrapped and centred, the full label as tooltip. */
function drawNode(node: TocNode, box: Box | undefined, scene: Scene): string {
  if (!box) return "";
  const colours = TOC_NODE_COLOURS[node.type];
  const maxChars = Math.floor((box.width - 2 * LABEL_PADDING) / (LABEL_FONT_SIZE * AVERAGE_CHAR_EM));
  const lines = wrapText(node.label, maxChars, LABEL_MAX_LINES);
  const centreX = box.x + box.width / 2;
  // Baseline of the first line, so the block of lines is centred (0.35 em ≈ half a capital's height).
  const firstBaseline =
    box.y + box.height / 2 - ((lines.length - 1) * LABEL_LINE_HEIGHT) / 2 + LABEL_FONT_SIZE * 0.35;
  const tspans = lines
    .map(
      (line, index) =>
        `<tspan x="${num(centreX)}" y="${num(firstBaseline + index * LABEL_LINE_HEIGHT)}">${escapeXml(line)}</tspan>`,
    )
    .join("");
  return [
    `<g>`,
    `<title>${escapeXml(`${TOC_NODE_TYPE_LABELS[node.type][scene.locale]}${colon(scene.locale)}${node.label}`)}</title>`,
    `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="8" ry="8" fill="${colours.fill}" stroke="${colours.stroke}" stroke-width="1.5"/>`,
    `<text text-anchor="middle" font-size="${LABEL_FONT_SIZE}" fill="${TOC_TEXT_COLOUR}">${tspans}</text>`,
    `</g>`,
  ].join("");
}

/**
 * Greedy word wrap on at most `maxLines` lines of `maxChars`; a word longer than a line is cut,
 * and text that does not fit ends the last line with "…" (the full label stays in the tooltip).
 */
function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text
    .split(/\s+/)
    .filter((word) => word !== "")
    .flatMap((word) => chunk(word, maxChars));
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const lastLine = kept[maxLines - 1] ?? "";
  kept[maxLines - 1] = `${lastLine.slice(0, maxChars - 1).trimEnd()}…`;
  return kept;
}

/** Splits by code point, so an emoji or accented letter is never cut in half. */
function chunk(word: string, size: number): string[] {
  const characters = [...word];
  const chunks: string[] = [];
  for (let start = 0; start < characters.length; start += size) {
    chunks.push(characters.slice(start, start + size).join(""));
  }
  return chunks;
}

/** Heading, one sample per evidence level, then the feedback loop; wraps onto more rows when narrow. */
function drawLegend(scene: Scene, top: number): { svg: string; bottom: number } {
  const { locale } = scene;
  const items: Array<{ label: string; draw: (x: number, y: number) => string }> = EVIDENCE_LEVELS.map(
    (level) => ({
      label: EVIDENCE_LEVEL_LABELS[level][locale],
      draw: (x, y) => legendSample(x, y, LINK_COLOUR, ARROW_ID, EVIDENCE_STROKES[level]),
    }),
  );
  items.push({
    label: TEXTS.feedbackLoop[locale],
    draw: (x, y) => legendSample(x, y, FEEDBACK_COLOUR, FEEDBACK_ARROW_ID, EVIDENCE_STROKES.moderate),
  });

  const parts: string[] = [];
  const heading = TEXTS.legendHeading[locale];
  let x = MARGIN;
  let y = top + LEGEND_ROW_HEIGHT / 2;
  parts.push(legendText(x, y, heading, true));
  x += estimateWidth(heading, LEGEND_FONT_SIZE) + 12;
  for (const item of items) {
    const width = LEGEND_SAMPLE_WIDTH + 6 + estimateWidth(item.label, LEGEND_FONT_SIZE);
    if (x + width > MARGIN + scene.contentWidth) {
      x = MARGIN;
      y += LEGEND_ROW_HEIGHT;
    }
    parts.push(item.draw(x, y), legendText(x + LEGEND_SAMPLE_WIDTH + 6, y, item.label, false));
    x += width + 18;
  }
  return { svg: `<g>\n${parts.join("\n")}\n</g>`, bottom: y + LEGEND_ROW_HEIGHT / 2 };
}

/** A <line>, not a <path>: paths are kept for the graph's links only. */
function legendSample(
  x: number,
  y: number,
  colour: string,
  marker: string,
  stroke: { width: number; dash: string | null },
): string {
  const dash = stroke.dash ? ` stroke-dasharray="${stroke.dash}"` : "";
  return `<line x1="${num(x)}" y1="${num(y)}" x2="${num(x + LEGEND_SAMPLE_WIDTH)}" y2="${num(y)}" stroke="${colour}" stroke-width="${stroke.width}"${dash} marker-end="url(#${marker})"/>`;
}

function legendText(x: number, y: number, text: string, bold: boolean): string {
  const weight = bold ? ` font-weight="bold"` : "";
  return `<text x="${num(x)}" y="${num(y + LEGEND_FONT_SIZE * 0.35)}" font-size="${LEGEND_FONT_SIZE}"${weight} fill="${TOC_TEXT_COLOUR}">${escapeXml(text)}</text>`;
}

function estimateWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * AVERAGE_CHAR_EM;
}

/** The text a screen reader gives for the image: the counts, then each column's labels. */
function describeGraph(graph: TocGraph, scene: Scene): string {
  const { locale } = scene;
  if (graph.nodes.length === 0) return TEXTS.emptyGraph[locale];
  const feedbackCount = graph.edges.filter((edge) => edge.feedbackLoop).length;
  const columns = TOC_NODE_TYPES.filter((type) => scene.nodesByType.has(type));
  const counts =
    locale === "fr"
      ? `${plural(columns.length, "colonne", "colonnes")}, ${plural(graph.nodes.length, "nœud", "nœuds")} et ${plural(graph.edges.length, "lien", "liens")}${feedbackCount > 0 ? `, dont ${plural(feedbackCount, "boucle de rétroaction", "boucles de rétroaction")}` : ""}.`
      : `${plural(columns.length, "column", "columns")}, ${plural(graph.nodes.length, "node", "nodes")} and ${plural(graph.edges.length, "link", "links")}${feedbackCount > 0 ? `, including ${plural(feedbackCount, "feedback loop", "feedback loops")}` : ""}.`;
  const separator = colon(locale);
  const listSeparator = locale === "fr" ? " ; " : "; ";
  const perColumn = columns.map(
    (type) =>
      `${TOC_NODE_TYPE_LABELS[type][locale]}${separator}${(scene.nodesByType.get(type) ?? []).map((node) => node.label).join(listSeparator)}.`,
  );
  return [`${TEXTS.defaultTitle[locale]}${separator}${counts}`, ...perColumn].join(" ");
}

/** French typography puts a space before a colon or semicolon; English does not. */
function colon(locale: Locale): string {
  return locale === "fr" ? " : " : ": ";
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Escapes the five XML special characters and drops what XML 1.0 cannot carry at all (control
 * characters, lone surrogates), so any label yields a well-formed document.
 */
function escapeXml(text: string): string {
  return [...text]
    .filter(isXmlCharacter)
    .join("")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** XML 1.0 `Char`: tab, newline, carriage return, and everything from U+0020 but lone surrogates and U+FFFE/U+FFFF. */
function isXmlCharacter(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  if (code === 0x9 || code === 0xa || code === 0xd) return true;
  if (code < 0x20 || code === 0xfffe || code === 0xffff) return false;
  // Spreading a string yields a pair as one character, so a lone surrogate shows up alone here.
  return code < 0xd800 || code > 0xdfff;
}

/** Coordinates to one decimal: shorter files, and identical output across platforms. */
function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}
