import { z } from "@hono/zod-openapi";
import { CRITERION_KINDS, TOC_NODE_TYPES } from "@ricochet/domain";

// Response contracts of an evaluation's framework (référentiel).

const localised = z.object({ fr: z.string(), en: z.string() });
const decimal = z.string().openapi({ description: 'Decimal as typed, e.g. "42.5" or "-3"' });
const isoDate = z.string().openapi({ description: "ISO date, e.g. 2026-12-31" });

export const ZNetworkOrigin = z
  .object({
    networkFrameworkId: z.string(),
    frameworkName: z.string(),
    networkName: z.string().openapi({ description: "The publishing network or regional body" }),
  })
  .nullable()
  .openapi("NetworkOrigin", {
    description:
      "The network framework the item was copied from (shared, locked: no removal, move, renaming or upgrade by the member); null for the evaluation's own items",
  });

export const ZFrameworkIndicator = z
  .object({
    id: z.string(),
    criterionId: z.string().nullable(),
    indicatorId: z.string().openapi({ description: "The library definition" }),
    code: z.string(),
    name: localised,
    type: z.string(),
    unit: localised,
    pinnedVersion: z.number().int(),
    currentVersion: z.number().int(),
    upgradeAvailable: z.boolean(),
    changeNote: z
      .string()
      .nullable()
      .openapi({ description: "Why the newest version was made, when offered" }),
    baselineValue: decimal.nullable(),
    baselineDate: isoDate.nullable(),
    baselineNote: z.string().nullable(),
    targetValue: decimal.nullable(),
    targetDate: isoDate.nullable(),
    outcomeNodeIds: z.array(z.string()),
    origin: ZNetworkOrigin,
  })
  .openapi("FrameworkIndicator");

export const ZFrameworkAdoption = z
  .object({
    networkFrameworkId: z.string(),
    name: z.string(),
    network: z.string().openapi({ description: "The publishing network or regional body" }),
    adoptedVersion: z.number().int(),
    currentVersion: z.number().int(),
    updateAvailable: z.boolean(),
    changeNote: z
      .string()
      .nullable()
      .openapi({ description: "Why the newest version was made, when offered" }),
  })
  .openapi("FrameworkAdoption");

export const ZFramework = z
  .object({
    questions: z.array(
      z.object({
        id: z.string(),
        text: z.string(),
        origin: ZNetworkOrigin,
        criteria: z.array(
          z.object({
            id: z.string(),
            questionId: z.string(),
            kind: z.enum(CRITERION_KINDS),
            label: z.string(),
            origin: ZNetworkOrigin,
            indicators: z.array(ZFrameworkIndicator),
          }),
        ),
      }),
    ),
    unplaced: z.array(ZFrameworkIndicator),
    coverage: z.object({
      outcomesWithoutIndicator: z.array(
        z.object({ nodeId: z.string(), type: z.enum(TOC_NODE_TYPES), label: z.string() }),
      ),
      indicatorsMeasuringNothing: z.array(z.string()),
      danglingLinks: z.array(
        z.object({ frameworkIndicatorId: z.string(), nodeId: z.string(), label: z.string().nullable() }),
      ),
    }),
    adoptions: z.array(ZFrameworkAdoption),
  })
  .openapi("Framework");
