import { z } from "@hono/zod-openapi";
import { EVIDENCE_LEVELS, TOC_NODE_TYPES } from "@ricochet/domain";

const localised = z.object({ fr: z.string(), en: z.string() });

export const ZTocGraphOut = z
  .object({
    nodes: z.array(
      z.object({
        id: z.string(),
        type: z.enum(TOC_NODE_TYPES),
        label: z.string(),
        description: z.string().nullish(),
        stakeholderIds: z.array(z.string()),
        position: z.object({ x: z.number(), y: z.number() }).nullish(),
        comments: z.array(z.object({ author: z.string(), text: z.string(), at: z.string() })),
      }),
    ),
    edges: z.array(
      z.object({
        id: z.string(),
        source: z.string(),
        target: z.string(),
        assumption: z.string().nullish(),
        evidence: z.enum(EVIDENCE_LEVELS),
        feedbackLoop: z.boolean(),
      }),
    ),
  })
  .openapi("TocGraph");

export const ZTheoryOfChange = z
  .object({
    graph: ZTocGraphOut,
    revision: z.number().int(),
    templateKey: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .openapi("TheoryOfChange");

export const ZTocVersion = z
  .object({
    id: z.string(),
    number: z.number().int(),
    label: z.string(),
    createdAt: z.string(),
    createdBy: z.string().nullable(),
    nodes: z.number().int(),
    edges: z.number().int(),
  })
  .openapi("TocVersion");

const changes = <T extends z.ZodTypeAny>(item: T) =>
  z.object({
    added: z.array(item),
    removed: z.array(item),
    changed: z.array(z.object({ before: item, after: item, fields: z.array(z.string()) })),
  });

export const ZTocDiff = z
  .object({
    from: z.string(),
    to: z.string(),
    nodes: changes(ZTocGraphOut.shape.nodes.element),
    edges: changes(ZTocGraphOut.shape.edges.element),
    summary: localised,
  })
  .openapi("TocDiff");

export const ZTocTemplateSummary = z
  .object({
    key: z.string(),
    sector: z.string(),
    name: localised,
    description: localised,
    nodes: z.number().int(),
    edges: z.number().int(),
  })
  .openapi("TocTemplateSummary");
