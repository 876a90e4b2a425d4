import type { Bilingual } from "../../i18n/locale.ts";

// How a column is called in messages written for people who never saw a header like `hint`.
const FIELD_NAMES: ReadonlyMap<string, Bilingual> = new Map([
  ["label", { fr: "le libellé", en: "the label" }],
  ["hint", { fr: "l'aide", en: "the hint" }],
  ["required_message", { fr: "le message de réponse obligatoire", en: "the required message" }],
  ["constraint_message", { fr: "le message d'erreur de la contrainte", en: "the constraint message" }],
  ["easy_read", { fr: "le texte en FALC (facile à lire)", en: "the easy-read text" }],
  ["image", { fr: "l'image", en: "the image" }],
  [
    "ricochet_rating_min_label",
    { fr: "le libellé du bas de l'échelle", en: "the low end label of the scale" },
  ],
  [
    "ricochet_rating_max_label",
    { fr: "le libellé du haut de l'échelle", en: "the high end label of the scale" },
  ],
  ["form_title", { fr: "le titre du questionnaire", en: "the questionnaire title" }],
  ["ricochet_description", { fr: "la description du questionnaire", en: "the questionnaire description" }],
]);

export function fieldName(field: string): Bilingual {
  return FIELD_NAMES.get(field) ?? { fr: `la colonne « ${field} »`, en: `the “${field}” column` };
}
