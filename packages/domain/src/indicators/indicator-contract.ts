import { z } from "zod";
import { ZLocalised } from "../i18n/localised.ts";
import type { IndicatorContent } from "./indicator-content.ts";
import {
  COLLECTION_METHODS,
  IMP_DIMENSIONS,
  INDICATOR_DIRECTIONS,
  INDICATOR_FREQUENCIES,
  INDICATOR_SECTORS,
  INDICATOR_TYPES,
} from "./indicator-vocabulary.ts";

export const INDICATOR_CODE_PATTERN = /^[A-Z][A-Z0-9-]{1,39}$/;
export const ZIndicatorCode = z
  .string()
  .trim()
  .transform((code) => code.toUpperCase())
  .pipe(z.string().regex(INDICATOR_CODE_PATTERN));

const ZShortLocalised = z.object({
  fr: z.string().trim().min(1).max(200),
  en: z.string().trim().min(1).max(200),
});

/** One version of a definition, as the API, the forms and the imports accept it. */
export const ZIndicatorContent = z.object({
  code: ZIndicatorCode,
  name: ZShortLocalised,
  definition: ZLocalised,
  type: z.enum(INDICATOR_TYPES),
  unit: z.object({ fr: z.string().trim().min(1).max(60), en: z.string().trim().min(1).max(60) }),
  direction: z.enum(INDICATOR_DIRECTIONS),
  source: ZLocalised,
  collectionMethod: z.enum(COLLECTION_METHODS),
  questionWording: ZLocalised.nullish(),
  frequency: z.enum(INDICATOR_FREQUENCIES),
  disaggregations: z
    .array(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/))
    .max(12)
    .default([]),
  sectors: z.array(z.enum(INDICATOR_SECTORS)).max(8).default([]),
  impDimension: z.enum(IMP_DIMENSIONS),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  irisId: z.string().trim().max(40).nullish(),
  irisVersion: z.string().trim().max(20).nullish(),
});
export type TIndicatorContent = z.input<typeof ZIndicatorContent>;

/** Who sees a definition: its organisation only, or its organisation and every descendant. */
export const INDICATOR_OWNED_SCOPES = ["private", "network"] as const;
export const INDICATOR_SCOPES = ["private", "network", "public"] as const;
export type IndicatorScope = (typeof INDICATOR_SCOPES)[number];

export const ZCreateIndicator = ZIndicatorContent.extend({
  scope: z.enum(INDICATOR_OWNED_SCOPES).default("private"),
});
export type TCreateIndicator = z.input<typeof ZCreateIndicator>;

export const ZUpdateIndicator = ZIndicatorContent.omit({ code: true }).extend({
  scope: z.enum(INDICATOR_OWNED_SCOPES).optional(),
  /** Why this version was made; shown to those offered the upgrade. */
  changeNote: z.string().trim().max(500).nullish(),
});
export type TUpdateIndicator = z.input<typeof ZUpdateIndicator>;

export const ZIndicatorSearch = z.object({
  q: z.string().trim().max(200).optional(),
  sector: z.union([z.enum(INDICATOR_SECTORS), z.literal("generic")]).optional(),
  dimension: z.enum(IMP_DIMENSIONS).optional(),
  type: z.enum(INDICATOR_TYPES).optional(),
  scope: z.enum(INDICATOR_SCOPES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type TIndicatorSearch = z.input<typeof ZIndicatorSearch>;

/** The parts of a version other than its code, stored whole. */
export function contentWithoutCode(content: IndicatorContent): Omit<IndicatorContent, "code"> {
  const { code: _code, ...rest } = content;
  return rest;
}
