// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions are written with ${name}
import type { QuestionnaireDefinition } from "@ricochet/domain";

// The two demo questionnaires, written as a small structure would: short, in plain French with
// an easy-to-read wording, English second. `indicators` name the library codes each question
// feeds; the seed turns them into definition ids.

const agree = {
  name: "accord",
  choices: [
    {
      value: "1",
      label: { fr: "Pas du tout d'accord", en: "Strongly disagree" },
      easyRead: { fr: "Non, pas du tout" },
    },
    { value: "2", label: { fr: "Plutôt pas d'accord", en: "Disagree" }, easyRead: { fr: "Plutôt non" } },
    { value: "3", label: { fr: "Plutôt d'accord", en: "Agree" }, easyRead: { fr: "Plutôt oui" } },
    {
      value: "4",
      label: { fr: "Tout à fait d'accord", en: "Strongly agree" },
      easyRead: { fr: "Oui, tout à fait" },
    },
  ],
};

export type DemoQuestionnaire = QuestionnaireDefinition & {
  /** Library indicator codes by question name. */
  indicators: Record<string, string[]>;
};

export const VERCORS_QUESTIONNAIRE: DemoQuestionnaire = {
  defaultLanguage: "fr",
  languages: ["fr", "en"],
  title: { fr: "Mon parcours dans la coopérative", en: "My path in the cooperative" },
  description: {
    fr: "Dix minutes pour dire ce que la coopérative change dans votre activité et votre vie.",
    en: "Ten minutes to say what the cooperative changes in your business and your life.",
  },
  choiceLists: [
    agree,
    {
      name: "anciennete",
      choices: [
        { value: "moins_1an", label: { fr: "Moins d'un an", en: "Less than a year" } },
        { value: "1_3ans", label: { fr: "De 1 à 3 ans", en: "1 to 3 years" } },
        { value: "plus_3ans", label: { fr: "Plus de 3 ans", en: "More than 3 years" } },
      ],
    },
    {
      name: "statut",
      choices: [
        { value: "test", label: { fr: "En test d'activité", en: "Testing my business" } },
        { value: "salarie", label: { fr: "Entrepreneur-salarié", en: "Employee-entrepreneur" } },
        { value: "associe", label: { fr: "Associé de la coopérative", en: "Cooperative member" } },
      ],
    },
  ],
  pages: [
    {
      name: "activite",
      title: { fr: "Votre activité", en: "Your business" },
      questions: [
        {
          name: "statut",
          type: "single_choice",
          choiceList: "statut",
          required: true,
          label: { fr: "Quel est votre statut aujourd'hui ?", en: "What is your status today?" },
          easyRead: { fr: "Vous êtes :" },
        },
        {
          name: "anciennete",
          type: "single_choice",
          choiceList: "anciennete",
          required: true,
          label: {
            fr: "Depuis combien de temps exercez-vous cette activité ?",
            en: "How long have you run this business?",
          },
        },
        {
          name: "remuneration",
          type: "decimal",
          label: {
            fr: "Combien vous versez-vous par mois, en moyenne, grâce à votre activité (en euros nets) ?",
            en: "How much do you pay yourself per month on average from your business (net euros)?",
          },
          easyRead: { fr: "Combien gagnez-vous par mois avec votre activité ?" },
          hint: {
            fr: "Une estimation suffit. 0 si vous ne vous versez rien.",
            en: "An estimate is enough. 0 if nothing.",
          },
          constraint: ". >= 0 and . <= 20000",
          constraintMessage: { fr: "Entre 0 et 20 000 €.", en: "Between €0 and €20,000." },
        },
        {
          name: "heures",
          type: "integer",
          label: {
            fr: "Combien d'heures travaillez-vous par semaine ?",
            en: "How many hours do you work per week?",
          },
          constraint: ". >= 0 and . <= 90",
          constraintMessage: { fr: "Entre 0 et 90 heures.", en: "Between 0 and 90 hours." },
          relevant: "${statut} != 'test'",
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
          required: true,
          label: { fr: "Êtes-vous d'accord avec ces phrases ?", en: "Do you agree with these sentences?" },
          easyRead: { fr: "Êtes-vous d'accord ?" },
          items: [
            {
              name: "conf_avenir",
              label: {
                fr: "J'ai confiance dans l'avenir de mon activité",
                en: "I trust the future of my business",
              },
              easyRead: { fr: "Mon activité va bien marcher" },
            },
            {
              name: "conf_competences",
              label: {
                fr: "Je me sens capable de gérer mon entreprise",
                en: "I feel able to run my business",
              },
              easyRead: { fr: "Je sais gérer mon entreprise" },
            },
            {
              name: "conf_decider",
              label: {
                fr: "Je peux prendre les décisions qui me concernent",
                en: "I can take the decisions that concern me",
              },
              easyRead: { fr: "Je décide pour moi" },
            },
            {
              name: "conf_entourage",
              label: {
                fr: "Je peux compter sur d'autres entrepreneurs",
                en: "I can count on other entrepreneurs",
              },
              easyRead: { fr: "D'autres entrepreneurs m'aident" },
            },
          ],
        },
        {
          name: "score_confiance",
          type: "calculate",
          label: {},
          calculation:
            "number(${conf_avenir}) + number(${conf_competences}) + number(${conf_decider}) + number(${conf_entourage})",
        },
        {
          name: "satisfaction",
          type: "rating",
          scale: {
            min: 0,
            max: 10,
            minLabel: { fr: "Pas du tout satisfait" },
            maxLabel: { fr: "Très satisfait" },
          },
          label: {
            fr: "Dans l'ensemble, êtes-vous satisfait de l'accompagnement de la coopérative ?",
            en: "Overall, are you satisfied with the cooperative's support?",
          },
          easyRead: { fr: "Êtes-vous content de la coopérative ? Donnez une note." },
        },
        {
          name: "commentaire",
          type: "long_text",
          label: { fr: "Qu'est-ce qui a le plus changé pour vous ?", en: "What has changed most for you?" },
        },
      ],
    },
  ],
  indicators: {
    remuneration: ["ENT-REMUNERATION-MENSUELLE"],
    statut: ["ENT-SOCIETARIAT"],
    confiance: ["GEN-CONFIANCE-SOI", "GEN-POUVOIR-AGIR"],
    satisfaction: ["GEN-SATISFACTION"],
  },
};

export const EPICERIE_QUESTIONNAIRE: DemoQuestionnaire = {
  defaultLanguage: "fr",
  languages: ["fr", "en"],
  title: { fr: "L'épicerie et votre foyer", en: "The grocery and your household" },
  description: {
    fr: "Quelques questions sur vos courses et vos liens dans le village. Vos réponses restent anonymes.",
    en: "A few questions on your shopping and your ties in the village. Your answers stay anonymous.",
  },
  choiceLists: [
    agree,
    {
      name: "frequence",
      choices: [
        { value: "jamais", label: { fr: "Jamais", en: "Never" } },
        { value: "parfois", label: { fr: "Parfois", en: "Sometimes" } },
        { value: "souvent", label: { fr: "Souvent", en: "Often" } },
        { value: "toujours", label: { fr: "Toujours", en: "Always" } },
      ],
    },
    {
      name: "commune",
      choices: [
        { value: "mens", label: { fr: "Mens" } },
        { value: "clelles", label: { fr: "Clelles" } },
        { value: "monestier", label: { fr: "Monestier-de-Clermont" } },
        { value: "autre", label: { fr: "Une autre commune", en: "Another town" } },
      ],
    },
  ],
  pages: [
    {
      name: "foyer",
      title: { fr: "Votre foyer", en: "Your household" },
      questions: [
        {
          name: "commune",
          type: "single_choice",
          choiceList: "commune",
          required: true,
          label: { fr: "Où habitez-vous ?", en: "Where do you live?" },
        },
        {
          name: "personnes",
          type: "integer",
          required: true,
          label: {
            fr: "Combien de personnes vivent dans votre foyer ?",
            en: "How many people live in your household?",
          },
          easyRead: { fr: "Vous êtes combien à la maison ?" },
          constraint: ". >= 1 and . <= 15",
          constraintMessage: { fr: "Entre 1 et 15 personnes.", en: "Between 1 and 15 people." },
        },
        {
          name: "enfants",
          type: "yes_no",
          label: { fr: "Y a-t-il des enfants de moins de 18 ans ?", en: "Are there children under 18?" },
        },
      ],
    },
    {
      name: "courses",
      title: { fr: "Vos courses", en: "Your shopping" },
      questions: [
        {
          name: "depense",
          type: "decimal",
          label: {
            fr: "Combien dépensez-vous pour l'alimentation par semaine, à peu près (en euros) ?",
            en: "Roughly how much do you spend on food per week (euros)?",
          },
          easyRead: { fr: "Combien coûtent vos courses de nourriture chaque semaine ?" },
          constraint: ". >= 0 and . <= 1000",
          constraintMessage: { fr: "Entre 0 et 1 000 €.", en: "Between €0 and €1,000." },
        },
        {
          name: "produits_frais",
          type: "likert",
          choiceList: "frequence",
          label: {
            fr: "Mangez-vous des fruits et légumes frais dans la semaine ?",
            en: "Do you eat fresh fruit and vegetables during the week?",
          },
          easyRead: { fr: "Vous mangez des fruits et des légumes ?" },
        },
        {
          name: "renonce",
          type: "yes_no",
          required: true,
          label: {
            fr: "Ce mois-ci, avez-vous dû renoncer à acheter quelque chose d'essentiel ?",
            en: "This month, did you have to go without something essential?",
          },
          easyRead: { fr: "Ce mois-ci, il vous a manqué des choses importantes ?" },
        },
      ],
    },
    {
      name: "liens",
      title: { fr: "Vos liens", en: "Your ties" },
      questions: [
        {
          name: "liens",
          type: "matrix",
          choiceList: "accord",
          label: { fr: "Êtes-vous d'accord ?", en: "Do you agree?" },
          items: [
            {
              name: "lien_voisins",
              label: {
                fr: "Je parle régulièrement avec des gens du village",
                en: "I often talk with people from the village",
              },
              easyRead: { fr: "Je parle avec des gens du village" },
            },
            {
              name: "lien_aide",
              label: { fr: "Je sais à qui demander de l'aide", en: "I know whom to ask for help" },
              easyRead: { fr: "Je sais qui peut m'aider" },
            },
            {
              name: "lien_seul",
              label: { fr: "Je me sens rarement seul", en: "I rarely feel lonely" },
              easyRead: { fr: "Je ne me sens pas seul" },
            },
          ],
        },
        {
          name: "satisfaction",
          type: "rating",
          scale: { min: 0, max: 10 },
          label: { fr: "Quelle note donnez-vous à l'épicerie ?", en: "What mark do you give the grocery?" },
          relevant: "${commune} != 'autre'",
        },
      ],
    },
  ],
  indicators: {
    liens: ["LIEN-SOLITUDE-SCORE", "LIEN-PERSONNE-RESSOURCE"],
    satisfaction: ["GEN-SATISFACTION"],
  },
};
