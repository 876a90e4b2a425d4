import { z } from "@hono/zod-openapi";
import {
  COLLECTION_METHODS,
  IMP_DIMENSIONS,
  INDICATOR_DIRECTIONS,
  INDICATOR_FREQUENCIES,
  INDICATOR_SCOPES,
  INDICATOR_SECTORS,
  INDICATOR_TYPES,
} from "@ricochet/domain";

const localised = z.object({ fr: z.string(), en: z.string() });

export const ZIndicatorContentOut = z
  .object({
    code: z.string(),
    name: localised,
    definition: localised,
    type: z.enum(INDICATOR_TYPES),
    unit: localised,
    direction: z.enum(INDICATOR_DIRECTIONS),
    source: localised,
    collectionMethod: z.enum(COLLECTION_METHODS),
    questionWording: localised.nullish(),
    frequency: z.enum(INDICATOR_FREQUENCIES),
    disaggregations: z.array(z.string()),
    sectors: z.array(z.enum(INDICATOR_SECTORS)),
    impDimension: z.enum(IMP_DIMENSIONS),
    tags: z.array(z.string()),
    irisId: z.string().nullish(),
    irisVersion: z.string().nullish(),
  })
  .openapi("IndicatorContent");

export const ZIndicator = z
  .object({
    id: z.string(),
    code: z.string(),
    scope: z.enum(INDICATOR_SCOPES),
    organisationId: z.string().nullable(),
    ownerName: z.string().nullable(),
    builtIn: z.boolean(),
    version: z.number().int(),
    versionId: z.string(),
    currentVersion: z.number().int(),
    content: ZIndicatorContentOut,
    changeNote: z.string().nullable(),
    editable: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Indicator");

export const ZIndicatorDetail = ZIndicator.extend({
  versions: z.array(
    z.object({
      id: z.string(),
      version: z.number().int(),
      changeNote: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  usage: z.object({ evaluations: z.number().int() }),
}).openapi("IndicatorDetail");

export const ZImportReport = z
  .object({
    rows: z.number().int(),
    imported: z.number().int(),
    dryRun: z.boolean(),
    codes: z.array(z.string()),
  })
  .openapi("IndicatorImportReport");
