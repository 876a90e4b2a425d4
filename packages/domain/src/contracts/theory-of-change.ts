import { z } from "zod";
import { ZTocGraph } from "../theory-of-change/toc-graph.ts";

export const ZSaveTheoryOfChange = z.object({
  graph: ZTocGraph,
  /** The revision the editor started from; a newer one on the server means someone else saved. */
  revision: z.number().int().min(0),
});
export type TSaveTheoryOfChange = z.input<typeof ZSaveTheoryOfChange>;

export const ZApplyTocTemplate = z.object({
  templateKey: z.string().min(1).max(80),
  locale: z.enum(["fr", "en"]).default("fr"),
  /** Starting from a template replaces the graph: only allowed on an empty one unless confirmed. */
  replace: z.boolean().default(false),
  revision: z.number().int().min(0),
});
export type TApplyTocTemplate = z.input<typeof ZApplyTocTemplate>;

export const ZSaveTocVersion = z.object({ label: z.string().trim().min(1).max(120) });
export type TSaveTocVersion = z.input<typeof ZSaveTocVersion>;
