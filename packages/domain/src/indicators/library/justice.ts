import type { IndicatorContent } from "../indicator-content.ts";

/** Justice: alternative sentences, reoffending, reintegration after prison, youth justice. */
export const JUSTICE_INDICATORS: IndicatorContent[] = [
  {
    code: "JUS-MESURES-ACCUEILLIES",
    name: { fr: "Mesures alternatives accueillies", en: "Alternative measures hosted" },
    definition: {
      fr: "Nombre de mesures alternatives à l'incarcération ou aux poursuites qui ont commencé dans la structure pendant l'année : travail d'intérêt général, travail non rémunéré, mesure de réparation pénale, stage de citoyenneté ou de sensibilisation, placement extérieur. Une personne ayant deux mesures successives compte pour deux mesures.",
      en: "Number of measures that are alternatives to prison or prosecution and that started in the organisation during the year: community service, unpaid work, youth reparation measure, citizenship or awareness course, external placement. A person with two successive measures counts for two measures.",
    },
    type: "count",
    unit: { fr: "mesures", en: "measures" },
    direction: "higher_is_better",
    source: {
      fr: "Registre des mesures de la structure et fiches de liaison des services judiciaires",
      en: "Organisation's measures register and referral forms from the justice services",
    },
    collectionMethod: "administrative_records",
    frequency: "yearly",
    disaggregations: ["measure_type", "age_band", "gender"],
    sectors: ["justice"],
    impDimension: "how_much",
    tags: ["tig", "mesures alternatives", "réparation pénale", "justice", "peine alternative"],
  },
  {
    code: "JUS-MESURES-ACHEVEES",
    name: { fr: "Mesures menées à leur terme", en: "Measures completed" },
    definition: {
      fr: "Nombre de mesures alternatives terminées pendant l'année dont toutes les heures ou obligations prévues ont été accomplies, divisé par le nombre de mesures terminées pendant l'année (accomplies, interrompues ou révoquées). Les mesures interrompues pour une raison indépendante de la personne (fermeture du poste, hospitalisation) sont retirées du dénominateur.",
      en: "Number of alternative measures that ended during the year with all planned hours or obligations fulfilled, divided by the number of measures that ended during the year (fulfilled, interrupted or revoked). Measures interrupted for a reason beyond the person's control (post closed, hospital stay) are removed from the denominator.",
    },
    type: "proportion",
    unit: { fr: "%", en: "%" },
    direction: "higher_is_better",
    source: {
      fr: "Registre des mesures et bilans transmis aux services judiciaires",
      en: "Measures register and reports sent to the justice services",
    },
    collectionMethod: "administrative_records",
    frequency: "yearly",
    disaggregations: ["measure_type", "age_band"],
    sectors: ["justice"],
    impDimension: "what",
    tags: ["exécution des peines", "tig", "réussite", "accompagnement judiciaire"],
  },
  {
    code: "JUS-REITERATION-12M",
    name: { fr: "Nouvelle affaire pénale dans les 12 mois", en: "New criminal case within 12 months" },
    definition: {
      fr: "Nombre de personnes dont la mesure ou l'accompagnement s'est terminé pendant l'année N-1 et qui ont fait l'objet d'une nouvelle condamnation ou d'une nouvelle mesure pénale pour des faits commis dans les 12 mois suivant la fin, divisé par le nombre de personnes sorties pendant l'année N-1 dont la situation est connue. Le nombre de situations inconnues est publié à côté du résultat. Ne pas confondre avec la récidive légale, notion juridique plus étroite.",
      en: "Number of people whose measure or support ended in year N-1 and who received a new conviction or a new criminal measure for acts committed within 12 months of the end, divided by the number of people who left in year N-1 whose situation is known. The number of unknown situations is published next to the result. Not to be confused with legal recidivism, a narrower legal notion.",
    },
    type: "proportion",
    unit: { fr: "%", en: "%" },
    direction: "lower_is_better",
    source: {
      fr: "Informations transmises par les services judiciaires ou de probation, avec l'accord des personnes",
      en: "Information from the justice or probation services, with the people's consent",
    },
    collectionMethod: "administrative_records",
    frequency: "yearly",
    disaggregations: ["age_band", "gender", "measure_type"],
    sectors: ["justice", "youth"],
    impDimension: "what",
    tags: ["récidive", "réitération", "prévention de la délinquance", "justice des mineurs"],
  },
  {
    code: "JUS-SORTIE-LOGEMENT",
    name: {
      fr: "Sortants de prison avec une solution de logement",
      en: "Prison leavers with a housing solution",
    },
    definition: {
      fr: "Nombre de personnes accompagnées avant leur libération qui ont, le jour de leur sortie de détention, une solution de logement ou d'hébergement stable d'au moins 3 mois (logement personnel, famille, résidence sociale, hébergement d'insertion), divisé par le nombre de personnes accompagnées libérées pendant l'année.",
      en: "Number of people supported before release who, on the day they leave prison, have a stable housing or accommodation solution for at least 3 months (own home, family, social residence, supported accommodation), divided by the number of people supported who were released during the year.",
    },
    type: "proportion",
    unit: { fr: "%", en: "%" },
    direction: "higher_is_better",
    source: {
      fr: "Dossiers individuels (situation le jour de la sortie)",
      en: "Individual files (situation on release day)",
    },
    collectionMethod: "administrative_records",
    frequency: "yearly",
    disaggregations: ["housing_type", "age_band", "gender"],
    sectors: ["justice", "housing"],
    impDimension: "what",
    tags: ["sortie de détention", "réinsertion", "logement", "prévention de la récidive"],
  },
];
