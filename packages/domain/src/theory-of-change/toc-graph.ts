import { z } from "zod";
import { EVIDENCE_LEVELS, TOC_NODE_TYPES } from "./toc-vocabulary.ts";

/** Node and edge ids are chosen by the editor; short, stable within one graph. */
const ZGraphId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const ZTocNode = z.object({
  id: ZGraphId,
  type: z.enum(TOC_NODE_TYPES),
  label: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).nullish(),
  /** Stakeholders (ids of the evaluation's stakeholders) an outcome or impact concerns. */
  stakeholderIds: z.array(z.string().min(1).max(64)).max(50).default([]),
  /** Position on the canvas; absent until laid out or moved by hand. */
  position: z.object({ x: z.number().finite(), y: z.number().finite() }).nullish(),
  /** Comments of the team on this node, oldest first. */
  comments: z
    .array(
      z.object({
        author: z.string().max(120),
        text: z.string().trim().min(1).max(2000),
        at: z.string().max(40),
      }),
    )
    .max(200)
    .default([]),
});
export type TocNode = z.infer<typeof ZTocNode>;

export const ZTocEdge = z.object({
  id: ZGraphId,
  source: ZGraphId,
  target: ZGraphId,
  assumption: z.string().trim().max(2000).nullish(),
  evidence: z.enum(EVIDENCE_LEVELS).default("none"),
  /** Only a marked feedback loop may close a cycle. */
  feedbackLoop: z.boolean().default(false),
});
export type TocEdge = z.infer<typeof ZTocEdge>;

export const ZTocGraph = z.object({
  nodes: z.array(ZTocNode).max(500),
  edges: z.array(ZTocEdge).max(2000),
});
export type TocGraph = z.infer<typeof ZTocGraph>;
export type TocGraphInput = z.input<typeof ZTocGraph>;
