import type { Bilingual } from "../i18n/locale.ts";

export const OUTCOME_PARAMETERS = [
  "quantity",
  "proxy",
  "deadweight",
  "displacement",
  "attribution",
  "dropOff",
  "duration",
] as const;
export type OutcomeParameter = (typeof OUTCOME_PARAMETERS)[number];
export type SroiParameter = OutcomeParameter | "discountRate";

export const FRACTION_PARAMETERS = ["deadweight", "displacement", "attribution", "dropOff"] as const;
export type FractionParameter = (typeof FRACTION_PARAMETERS)[number];

/** Names as sentence starts, with the SVUK term in brackets where the French one is less known. */
export const PARAMETER_NAMES: Record<SroiParameter, Bilingual> = {
  quantity: { fr: "La quantité", en: "Quantity" },
  proxy: { fr: "La valeur de l'indicateur financier (proxy)", en: "Financial proxy value" },
  deadweight: { fr: "L'effet d'aubaine (deadweight)", en: "Deadweight" },
  displacement: { fr: "Le déplacement (displacement)", en: "Displacement" },
  attribution: { fr: "L'attribution", en: "Attribution" },
  dropOff: { fr: "La diminution annuelle (drop-off)", en: "Drop-off" },
  duration: { fr: "La durée", en: "Duration" },
  discountRate: { fr: "Le taux d'actualisation", en: "Discount rate" },
};
