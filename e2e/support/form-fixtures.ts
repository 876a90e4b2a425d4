import type { QuestionnaireDefinition } from "@ricochet/domain";

// Questionnaires and notices the browser tests of the respondents' page share.

/** A small pictogram (a wheel), as questionnaires store them: a base64 data URL. */
export const PICTOGRAM = `data:image/svg+xml;base64,${Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><circle cx="12" cy="32" r="9" fill="none" stroke="#1e3a8a" stroke-width="4"/><circle cx="36" cy="32" r="9" fill="none" stroke="#1e3a8a" stroke-width="4"/><path d="M12 32l10-16h10l4 16" fill="none" stroke="#1e3a8a" stroke-width="4"/></svg>',
).toString("base64")}`;

export const CONSENT_NOTICE = {
  purpose: "Mesurer ce que l'atelier change dans la vie des participants, pour l'améliorer.",
  controller: "Association L'Atelier du Vercors",
  retention: "3 ans après la fin de l'évaluation",
  rights: "Vous pouvez accéder à vos réponses, les corriger ou les faire effacer en écrivant au contact.",
  contact: "dpo@atelier-vercors.example",
};

/** Every question type, with skip logic, a constraint, a calculation, FALC and pictograms. */
export const EVERY_TYPE_QUESTIONNAIRE: QuestionnaireDefinition = {
  defaultLanguage: "fr",
  languages: ["fr", "en"],
  title: { fr: "Suivi des participants", en: "Participant follow-up" },
  description: {
    fr: "Quelques questions sur votre situation et ce que l'atelier vous a apporté.",
    en: "A few questions about your situation and what the workshop gave you.",
  },
  choiceLists: [
    {
      name: "situation",
      choices: [
        {
          value: "emploi",
          label: { fr: "En emploi", en: "Employed" },
          easyRead: { fr: "J'ai un travail", en: "I have a job" },
        },
        {
          value: "formation",
          label: { fr: "En formation", en: "In training" },
          easyRead: { fr: "J'apprends un métier", en: "I am learning a trade" },
        },
        {
          value: "recherche",
          label: { fr: "En recherche d'emploi", en: "Job seeking" },
          easyRead: { fr: "Je cherche un travail", en: "I am looking for a job" },
        },
      ],
    },
    {
      name: "transport",
      choices: [
        { value: "velo", label: { fr: "Vélo", en: "Bike" }, image: PICTOGRAM },
        { value: "bus", label: { fr: "Bus ou tram", en: "Bus or tram" } },
        { value: "voiture", label: { fr: "Voiture", en: "Car" } },
        { value: "pied", label: { fr: "À pied", en: "On foot" } },
      ],
    },
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
      name: "priorites",
      choices: [
        { value: "logement", label: { fr: "Trouver un logement", en: "Find housing" } },
        { value: "emploi", label: { fr: "Trouver un emploi", en: "Find a job" } },
        { value: "sante", label: { fr: "Prendre soin de ma santé", en: "Look after my health" } },
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
          hint: { fr: "En années.", en: "In years." },
          required: true,
          constraint: ". >= 16 and . <= 99",
          constraintMessage: { fr: "Entre 16 et 99 ans.", en: "Between 16 and 99." },
        },
        {
          name: "situation",
          type: "single_choice",
          choiceList: "situation",
          label: { fr: "Quelle est votre situation aujourd'hui ?", en: "What is your situation today?" },
          easyRead: { fr: "Que faites-vous en ce moment ?", en: "What do you do now?" },
          required: true,
        },
        {
          name: "heures",
          type: "decimal",
          label: { fr: "Heures travaillées par semaine", en: "Hours worked per week" },
          // biome-ignore lint/suspicious/noTemplateCurlyInString: an XLSForm expression, not a template.
          relevant: "${situation} = 'emploi'",
          required: true,
        },
      ],
    },
    {
      name: "quotidien",
      title: { fr: "Votre quotidien", en: "Your daily life" },
      questions: [
        {
          name: "intro_quotidien",
          type: "note",
          label: {
            fr: "Ces questions portent sur les trois derniers mois.",
            en: "These questions are about the last three months.",
          },
        },
        {
          name: "transport",
          type: "multiple_choice",
          choiceList: "transport",
          randomizeChoices: true,
          label: { fr: "Comment vous déplacez-vous ?", en: "How do you get around?" },
          hint: { fr: "Plusieurs réponses possibles.", en: "Several answers possible." },
        },
        {
          name: "utile",
          type: "likert",
          choiceList: "accord",
          label: { fr: "L'atelier m'a été utile", en: "The workshop was useful to me" },
        },
        {
          name: "satisfaction",
          type: "rating",
          label: { fr: "Votre satisfaction, de 0 à 10", en: "Your satisfaction, from 0 to 10" },
          scale: {
            min: 0,
            max: 10,
            minLabel: { fr: "Pas du tout satisfait", en: "Not at all satisfied" },
            maxLabel: { fr: "Très satisfait", en: "Very satisfied" },
          },
        },
        {
          name: "recommande",
          type: "yes_no",
          label: {
            fr: "Le recommanderiez-vous à un proche ?",
            en: "Would you recommend it to someone close?",
          },
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
          required: true,
          items: [
            {
              name: "conf_avenir",
              label: { fr: "J'ai confiance en l'avenir", en: "I trust the future" },
              easyRead: { fr: "Demain sera bien", en: "Tomorrow will be fine" },
            },
            { name: "conf_capable", label: { fr: "Je me sens capable", en: "I feel capable" } },
          ],
        },
        {
          name: "score_confiance",
          type: "calculate",
          label: {},
          // biome-ignore lint/suspicious/noTemplateCurlyInString: an XLSForm expression, not a template.
          calculation: "number(${conf_avenir}) + number(${conf_capable})",
        },
        {
          name: "priorites",
          type: "ranking",
          choiceList: "priorites",
          label: { fr: "Classez vos priorités", en: "Rank your priorities" },
        },
        {
          name: "arrivee",
          type: "date",
          label: { fr: "Date de votre arrivée à l'atelier", en: "When you joined the workshop" },
        },
        {
          name: "commentaire",
          type: "long_text",
          label: { fr: "Voulez-vous ajouter quelque chose ?", en: "Anything to add?" },
        },
        {
          name: "recontact",
          type: "consent",
          label: { fr: "J'accepte d'être recontacté", en: "I agree to be contacted again" },
        },
      ],
    },
  ],
};

/** A short questionnaire for the builder's preview and staff entry. */
export const PREVIEW_QUESTIONNAIRE: QuestionnaireDefinition = {
  defaultLanguage: "fr",
  languages: ["fr", "en"],
  title: { fr: "Suivi des participants", en: "Participant follow-up" },
  description: { fr: "Quelques questions sur votre situation.", en: "A few questions about your situation." },
  choiceLists: [
    {
      name: "situation",
      choices: [
        {
          value: "emploi",
          label: { fr: "En emploi", en: "Employed" },
          easyRead: { fr: "J'ai un travail", en: "I have a job" },
        },
        { value: "formation", label: { fr: "En formation", en: "In training" } },
        { value: "recherche", label: { fr: "En recherche d'emploi", en: "Job seeking" } },
      ],
    },
    {
      name: "transport",
      choices: [
        { value: "velo", label: { fr: "Vélo", en: "Bike" }, image: PICTOGRAM },
        { value: "bus", label: { fr: "Bus ou tram", en: "Bus or tram" } },
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
          // biome-ignore lint/suspicious/noTemplateCurlyInString: an XLSForm expression, not a template.
          relevant: "${situation} = 'emploi'",
        },
      ],
    },
    {
      name: "quotidien",
      title: { fr: "Votre quotidien", en: "Your daily life" },
      questions: [
        {
          name: "transport",
          type: "multiple_choice",
          choiceList: "transport",
          label: { fr: "Comment vous déplacez-vous ?", en: "How do you get around?" },
        },
        {
          name: "satisfaction",
          type: "rating",
          label: { fr: "Votre satisfaction, de 0 à 10", en: "Your satisfaction, from 0 to 10" },
          scale: { min: 0, max: 10 },
        },
      ],
    },
  ],
};
