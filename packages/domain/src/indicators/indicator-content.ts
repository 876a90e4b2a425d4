import type { Localised } from "../i18n/localised.ts";
import type {
  CollectionMethod,
  ImpDimension,
  IndicatorDirection,
  IndicatorFrequency,
  IndicatorSector,
  IndicatorType,
} from "./indicator-vocabulary.ts";

/** The content of one version of an indicator definition. */
export interface IndicatorContent {
  /** Unique within its scope: upper-case letters, digits and dashes, e.g. "EMP-SORTIE-DYN". */
  code: string;
  name: Localised;
  /** What is counted or measured, precisely enough that two people compute the same figure. */
  definition: Localised;
  type: IndicatorType;
  /** e.g. { fr: "%", en: "%" }, { fr: "personnes", en: "people" }, { fr: "€", en: "€" }. */
  unit: Localised;
  direction: IndicatorDirection;
  /** Where the data comes from (who answers, which register). */
  source: Localised;
  collectionMethod: CollectionMethod;
  /** A question to ask respondents when the method is a questionnaire or an interview. */
  questionWording?: Localised | null;
  frequency: IndicatorFrequency;
  /** Keys such as "gender", "age_band" (see COMMON_DISAGGREGATIONS) or free snake_case keys. */
  disaggregations: string[];
  /** Empty for a generic indicator; otherwise the sectors / métiers it belongs to. */
  sectors: IndicatorSector[];
  impDimension: ImpDimension;
  /** Free keywords (lower case, French). */
  tags: string[];
  /** Optional external reference: an IRIS+ metric id together with the catalogue version. */
  irisId?: string | null;
  irisVersion?: string | null;
}
