import type { IndicatorContent } from "./indicator-content.ts";

/**
 * The library's CSV layout: one indicator per row, localised fields in `_fr` / `_en` columns,
 * lists joined with « | ». The same columns are read back on import.
 */
export const INDICATOR_CSV_COLUMNS = [
  "code",
  "name_fr",
  "name_en",
  "definition_fr",
  "definition_en",
  "type",
  "unit_fr",
  "unit_en",
  "direction",
  "source_fr",
  "source_en",
  "collection_method",
  "question_fr",
  "question_en",
  "frequency",
  "disaggregations",
  "sectors",
  "imp_dimension",
  "tags",
  "iris_id",
  "iris_version",
] as const;
export type IndicatorCsvColumn = (typeof INDICATOR_CSV_COLUMNS)[number];
export const INDICATOR_FILE_FORMAT = "ricochet-indicators";

const LIST_SEPARATOR = "|";

export function indicatorToCsvRow(c: IndicatorContent): Record<IndicatorCsvColumn, string> {
  return {
    code: c.code,
    name_fr: c.name.fr,
    name_en: c.name.en,
    definition_fr: c.definition.fr,
    definition_en: c.definition.en,
    type: c.type,
    unit_fr: c.unit.fr,
    unit_en: c.unit.en,
    direction: c.direction,
    source_fr: c.source.fr,
    source_en: c.source.en,
    collection_method: c.collectionMethod,
    question_fr: c.questionWording?.fr ?? "",
    question_en: c.questionWording?.en ?? "",
    frequency: c.frequency,
    disaggregations: c.disaggregations.join(LIST_SEPARATOR),
    sectors: c.sectors.join(LIST_SEPARATOR),
    imp_dimension: c.impDimension,
    tags: c.tags.join(LIST_SEPARATOR),
    iris_id: c.irisId ?? "",
    iris_version: c.irisVersion ?? "",
  };
}

const list = (text: string | undefined) =>
  (text ?? "")
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);
const pair = (fr: string | undefined, en: string | undefined) => ({
  fr: (fr ?? "").trim(),
  en: (en ?? "").trim(),
});

/** A CSV row back into the shape the contract validates (validation says what is wrong). */
export function csvRowToIndicatorInput(
  row: Partial<Record<IndicatorCsvColumn, string>>,
): Record<string, unknown> {
  const question = pair(row.question_fr, row.question_en);
  return {
    code: (row.code ?? "").trim(),
    name: pair(row.name_fr, row.name_en),
    definition: pair(row.definition_fr, row.definition_en),
    type: (row.type ?? "").trim(),
    unit: pair(row.unit_fr, row.unit_en),
    direction: (row.direction ?? "").trim(),
    source: pair(row.source_fr, row.source_en),
    collectionMethod: (row.collection_method ?? "").trim(),
    questionWording: question.fr || question.en ? question : null,
    frequency: (row.frequency ?? "").trim(),
    disaggregations: list(row.disaggregations),
    sectors: list(row.sectors),
    impDimension: (row.imp_dimension ?? "").trim(),
    tags: list(row.tags),
    irisId: row.iris_id?.trim() || null,
    irisVersion: row.iris_version?.trim() || null,
  };
}

/** Which expected columns a header lacks, and which it has that we do not know. */
export function checkCsvHeader(header: readonly string[]): { missing: string[]; unknown: string[] } {
  const known = new Set<string>(INDICATOR_CSV_COLUMNS);
  const present = new Set(header.map((h) => h.trim()));
  const optional = new Set([
    "question_fr",
    "question_en",
    "iris_id",
    "iris_version",
    "tags",
    "disaggregations",
    "sectors",
  ]);
  return {
    missing: INDICATOR_CSV_COLUMNS.filter((c) => !present.has(c) && !optional.has(c)),
    unknown: [...present].filter((h) => h && !known.has(h)),
  };
}
