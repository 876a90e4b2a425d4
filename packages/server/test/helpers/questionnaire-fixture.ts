// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions are written with ${name}
import type { QuestionnaireDefinition } from "@ricochet/domain";

/** A short, realistic follow-up questionnaire: skip logic, a constraint, a calculation, a matrix. */
export const FOLLOW_UP_QUESTIONNAIRE: QuestionnaireDefinition = {
  defaultLanguage: "fr",
  languages: ["fr", "en"],
  title: { fr: "Suivi des entrepreneurs", en: "Entrepreneur follow-up" },
  choiceLists: [
    {
      name: "accord",
      choices: [
        { value: "1", label: { fr: "Pas du tout d'accord", en: "Strongly disagree" } },
        { value: "2", label: { fr: "Plutôt pas d'accord", en: "Disagree" } },
        { value: "3", label: { fr: "Plutôt d'accord", en: "Agree" } },
        { value: "4", label: { fr: "Tout à fait d'accord", en: "Strongly agree" } },
      ],
    },
    {
      name: "situation",
      choices: [
        { value: "emploi", label: { fr: "En emploi", en: "Employed" } },
        { value: "formation", label: { fr: "En formation", en: "In training" } },
        { value: "recherche", label: { fr: "En recherche d'emploi", en: "Job seeking" } },
      ],
    },
  ],
  pages: [
    {
      name: "profil",
      title: { fr: "Votre situation", en: "Your situation" },
      questions: [
        {
          name: "age",
          type: "integer",
          label: { fr: "Quel âge avez-vous ?", en: "How old are you?" },
          easyRead: { fr: "Votre âge ?", en: "Your age?" },
          required: true,
          constraint: ". >= 16 and . <= 99",
          constraintMessage: { fr: "Entre 16 et 99 ans.", en: "Between 16 and 99." },
        },
        {
          name: "situation",
          type: "single_choice",
          choiceList: "situation",
          label: { fr: "Quelle est votre situation ?", en: "What is your situation?" },
          required: true,
        },
        {
          name: "heures",
          type: "decimal",
          label: { fr: "Heures travaillées par semaine", en: "Hours worked per week" },
          relevant: "${situation} = 'emploi'",
          required: true,
        },
      ],
    },
    {
      name: "ressenti",
      title: { fr: "Ce que vous ressentez", en: "How you feel" },
      questions: [
        {
          name: "confiance",
          type: "matrix",
          choiceList: "accord",
          label: { fr: "Êtes-vous d'accord ?", en: "Do you agree?" },
          items: [
            { name: "conf_avenir", label: { fr: "J'ai confiance en l'avenir", en: "I trust the future" } },
            { name: "conf_capable", label: { fr: "Je me sens capable", en: "I feel capable" } },
          ],
        },
        {
          name: "score_confiance",
          type: "calculate",
          label: {},
          calculation: "number(${conf_avenir}) + number(${conf_capable})",
        },
        {
          name: "satisfaction",
          type: "rating",
          label: { fr: "Votre satisfaction de 0 à 10", en: "Your satisfaction from 0 to 10" },
          scale: { min: 0, max: 10 },
        },
        {
          name: "consentement",
          type: "consent",
          label: { fr: "J'accepte d'être recontacté", en: "I agree to be contacted again" },
        },
      ],
    },
  ],
};

export const CONSENT_NOTICE = {
  purpose: "Mesurer les effets de l'accompagnement sur la situation des entrepreneurs.",
  controller: "CAE Les Ateliers du Vercors",
  retention: "3 ans après la fin de l'évaluation",
  rights: "Vous pouvez accéder à vos réponses, les corriger ou les faire effacer en écrivant au contact.",
  contact: "dpo@ateliers-vercors.example",
};
