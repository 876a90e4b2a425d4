import { z } from "@hono/zod-openapi";
import { ORGANISATION_KINDS } from "@ricochet/domain";
import { ZFramework } from "./framework-schemas.ts";

// Response contracts of network frameworks (référentiels de réseau): published by a network or
// regional body, adopted by its members. Members' data never appears here, only counts.

export const ZNetworkFramework = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    network: z
      .object({ id: z.string(), name: z.string(), kind: z.enum(ORGANISATION_KINDS) })
      .openapi({ description: "The publishing network or regional body" }),
    relation: z.enum(["published", "adoptable"]).openapi({
      description: "Published by the organisation asking, or adoptable (published by one of its ancestors)",
    }),
    currentVersion: z.number().int(),
    changeNote: z.string().nullable().openapi({ description: "What the current version changed" }),
    publishedAt: z.string().openapi({ description: "When the current version was published (ISO)" }),
    counts: z.object({
      questions: z.number().int(),
      criteria: z.number().int(),
      indicators: z.number().int(),
    }),
    indicators: z.array(z.object({ code: z.string(), version: z.number().int() })),
    sourceEvaluationId: z
      .string()
      .nullable()
      .openapi({ description: "The publisher's evaluation the versions come from; null for members" }),
    adoptions: z
      .array(
        z.object({
          version: z.number().int(),
          evaluations: z.number().int(),
          organisations: z.number().int(),
        }),
      )
      .nullable()
      .openapi({
        description: "For the publisher: how many member evaluations follow each version (counts only)",
      }),
  })
  .openapi("NetworkFramework");

export const ZPublishedNetworkFramework = z
  .object({
    networkFramework: ZNetworkFramework,
    changes: z.object({
      unchanged: z.boolean(),
      indicatorsAdded: z.array(z.string()),
      indicatorsRemoved: z.array(z.string()),
      indicatorsRepinned: z.array(
        z.object({ code: z.string(), from: z.number().int(), to: z.number().int() }),
      ),
      questionsAdded: z.number().int(),
      questionsRemoved: z.number().int(),
      criteriaAdded: z.number().int(),
      criteriaRemoved: z.number().int(),
    }),
  })
  .openapi("PublishedNetworkFramework");

const counts = { questions: z.number().int(), criteria: z.number().int() };

export const ZAdoptionResult = z
  .object({
    framework: ZFramework,
    adoption: z.object({
      networkFrameworkId: z.string(),
      name: z.string(),
      network: z.string(),
      fromVersion: z.number().int().nullable().openapi({ description: "Null on a first adoption" }),
      toVersion: z.number().int(),
      changed: z
        .boolean()
        .openapi({ description: "False when the evaluation already followed this version" }),
      added: z.object({ ...counts, indicators: z.array(z.string()) }),
      linked: z.array(z.string()).openapi({
        description: "Indicators the evaluation already had, now shared (figures kept, version aligned)",
      }),
      repinned: z.array(z.object({ code: z.string(), from: z.number().int(), to: z.number().int() })),
      removed: z.object({ ...counts, indicators: z.array(z.string()) }),
      keptAsLocal: z
        .object({
          questions: z.array(z.string()),
          criteria: z.array(z.string()),
          indicators: z.array(z.string()),
        })
        .openapi({
          description:
            "Dropped by the network but carrying the member's baseline, target or own items: kept as its own",
        }),
    }),
  })
  .openapi("AdoptionResult");
