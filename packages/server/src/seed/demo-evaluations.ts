import type {
  EvaluationStep,
  TActivityInput,
  TContributionInput,
  TEvaluationScope,
  TStakeholderInput,
} from "@ricochet/domain";

/**
 * Two evaluations of the demo, well advanced: one in a cooperative of the network, one in a
 * structure of the incubator's cohort. Names are invented; figures look like the real thing.
 */
export interface DemoEvaluation {
  organisation: string;
  author: string;
  scope: TEvaluationScope & { title: string };
  stepsDone: EvaluationStep[];
  stepInProgress: EvaluationStep;
  /** The theory of change starts from this template; its outcomes concern `beneficiaries`. */
  tocTemplate: string;
  beneficiaries: string;
  stakeholders: TStakeholderInput[];
  activities: TActivityInput[];
  /** Stakeholder and activity by name. */
  contributions: Array<
    Omit<TContributionInput, "stakeholderId" | "activityId"> & { stakeholder: string; activity: string }
  >;
}

const SMIC_CHARGED = "15.20";

export const DEMO_EVALUATIONS: DemoEvaluation[] = [
  {
    organisation: "vercors",
    author: "ines",
    scope: {
      title: "Le parcours entrepreneur-salarié : quels effets sur l'emploi et l'autonomie ? (2025-2026)",
      subject:
        "Le parcours proposé par la coopérative aux porteurs de projet, de l'accueil au sociétariat : accompagnement individuel, formations collectives et services mutualisés.",
      subjectKind: "programme",
      purposes: ["improve", "demonstrate"],
      audiences: [
        "Conseil d'administration",
        "Région Auvergne-Rhône-Alpes",
        "Entrepreneurs-salariés",
        "Fédération Coopérer Ensemble",
      ],
      periodStart: "2025-01-01",
      periodEnd: "2026-12-31",
      territory: "Drôme et Diois",
      steeringCommittee: [
        { name: "Inès Moreau", role: "Gérante de la coopérative" },
        { name: "Lucas Girard", role: "Chargé d'accompagnement" },
        { name: "Aurélie Perrin", role: "Entrepreneure-salariée associée" },
        { name: "Représentant de la Région", role: "Financeur, membre invité" },
      ],
      questions: [
        {
          text: "Le parcours permet-il aux entrepreneurs de créer une activité qui dure et les fait vivre ?",
        },
        { text: "Les entrepreneurs gagnent-ils en autonomie, en compétences et en confiance ?" },
        { text: "La coopérative crée-t-elle des liens et de l'activité économique sur le territoire ?" },
        { text: "Les ressources engagées sont-elles à la mesure des effets obtenus ?" },
      ],
    },
    stepsDone: ["scope", "stakeholders", "theory_of_change"],
    stepInProgress: "framework",
    tocTemplate: "business-employment-cooperative",
    beneficiaries: "Entrepreneurs-salariés",
    stakeholders: [
      {
        name: "Entrepreneurs-salariés",
        category: "beneficiaries",
        estimatedSize: 62,
        involvement: "involved",
        expectedChanges:
          "Un revenu tiré de leur activité, un statut salarié protecteur, des compétences de gestion, moins d'isolement.",
      },
      {
        name: "Associés de la coopérative",
        category: "members",
        estimatedSize: 28,
        involvement: "co_decides",
        expectedChanges: "Une gouvernance partagée et une activité pérennisée.",
      },
      {
        name: "Équipe d'appui",
        category: "staff",
        estimatedSize: 5,
        involvement: "involved",
        expectedChanges: "Des pratiques d'accompagnement mieux outillées.",
      },
      {
        name: "Entrepreneurs mentors bénévoles",
        category: "volunteers",
        estimatedSize: 9,
        involvement: "consulted",
        expectedChanges: "Transmettre leur expérience, renforcer le collectif.",
      },
      {
        name: "Région Auvergne-Rhône-Alpes",
        category: "funders",
        estimatedSize: 1,
        involvement: "consulted",
        expectedChanges: "Des créations d'emplois durables en zone rurale.",
      },
      {
        name: "Communauté de communes du Diois",
        category: "public_bodies",
        estimatedSize: 1,
        involvement: "informed",
        expectedChanges: "Le maintien d'activités artisanales et de services sur le territoire.",
      },
      {
        name: "Clients des entrepreneurs",
        category: "local_community",
        estimatedSize: 1500,
        involvement: "informed",
        expectedChanges: "Des services et produits de proximité.",
      },
    ],
    activities: [
      {
        name: "Accueil et parcours d'intégration",
        description: "Réunions d'information, diagnostic du projet, contrat d'appui au projet d'entreprise.",
      },
      {
        name: "Accompagnement individuel",
        description: "Rendez-vous mensuels de suivi commercial, financier et administratif.",
      },
      {
        name: "Formations collectives",
        description: "Ateliers prix de revient, communication, gestion du temps, posture d'entrepreneur.",
      },
      {
        name: "Services mutualisés",
        description: "Comptabilité, paie, assurance, facturation et outils numériques partagés.",
      },
    ],
    contributions: [
      {
        stakeholder: "Région Auvergne-Rhône-Alpes",
        activity: "Accompagnement individuel",
        kind: "money",
        amount: "48000",
        valueSource: "Convention 2025-2026",
      },
      {
        stakeholder: "Communauté de communes du Diois",
        activity: "Accueil et parcours d'intégration",
        kind: "money",
        amount: "12000",
        valueSource: "Subvention annuelle",
      },
      {
        stakeholder: "Communauté de communes du Diois",
        activity: "Formations collectives",
        kind: "in_kind",
        amount: "4800",
        valueSource: "Mise à disposition d'une salle, 40 jours à 120 €",
        description: "Salle de formation à Die",
      },
      {
        stakeholder: "Associés de la coopérative",
        activity: "Services mutualisés",
        kind: "money",
        amount: "86400",
        valueSource: "Contribution coopérative de 10 % du chiffre d'affaires",
      },
      {
        stakeholder: "Équipe d'appui",
        activity: "Accompagnement individuel",
        kind: "staff_time",
        hours: "2600",
        hourlyValue: "28.50",
        valueSource: "Coût horaire chargé moyen de l'équipe",
      },
      {
        stakeholder: "Équipe d'appui",
        activity: "Services mutualisés",
        kind: "staff_time",
        hours: "1400",
        hourlyValue: "28.50",
        valueSource: "Coût horaire chargé moyen de l'équipe",
      },
      {
        stakeholder: "Entrepreneurs mentors bénévoles",
        activity: "Formations collectives",
        kind: "volunteer_time",
        hours: "180",
        hourlyValue: SMIC_CHARGED,
        valueSource: "SMIC horaire chargé 2026",
      },
      {
        stakeholder: "Entrepreneurs-salariés",
        activity: "Formations collectives",
        kind: "volunteer_time",
        hours: "620",
        hourlyValue: SMIC_CHARGED,
        valueSource: "Temps de formation non facturé, valorisé au SMIC chargé",
      },
    ],
  },
  {
    organisation: "epicerie",
    author: "julien",
    scope: {
      title: "Ce que l'épicerie solidaire change pour les familles du Trièves (2026)",
      subject:
        "L'épicerie solidaire à prix réduits, ses ateliers cuisine et santé et son café-rencontre, pour les foyers orientés par les travailleurs sociaux.",
      subjectKind: "organisation",
      purposes: ["improve", "demonstrate"],
      audiences: [
        "Bénévoles et salariée",
        "CCAS et commune",
        "Incubateur Tremplin ESS",
        "Fondation partenaire",
      ],
      periodStart: "2026-01-01",
      periodEnd: "2026-12-31",
      territory: "Trièves (Isère)",
      steeringCommittee: [
        { name: "Julien Fabre", role: "Président de l'association" },
        { name: "Coordinatrice de l'épicerie", role: "Salariée" },
        { name: "Deux bénéficiaires volontaires", role: "Membres du comité des usagers" },
        { name: "Chargée de mission de l'incubateur", role: "Accompagnement" },
      ],
      questions: [
        {
          text: "L'épicerie améliore-t-elle l'accès des familles à une alimentation suffisante et de qualité ?",
        },
        { text: "Les familles se sentent-elles moins isolées et plus confiantes ?" },
        { text: "Le reste à vivre dégagé permet-il de réaliser un projet (dette, équipement, formation) ?" },
      ],
    },
    stepsDone: ["scope", "stakeholders", "theory_of_change"],
    stepInProgress: "framework",
    tocTemplate: "rural-services",
    beneficiaries: "Foyers bénéficiaires",
    stakeholders: [
      {
        name: "Foyers bénéficiaires",
        category: "beneficiaries",
        estimatedSize: 140,
        involvement: "involved",
        expectedChanges: "Mieux manger, économiser pour un projet, rompre l'isolement, reprendre confiance.",
      },
      {
        name: "Bénévoles",
        category: "volunteers",
        estimatedSize: 35,
        involvement: "involved",
        expectedChanges: "Se sentir utiles, créer des liens.",
      },
      {
        name: "Coordinatrice salariée",
        category: "staff",
        estimatedSize: 1,
        involvement: "co_decides",
        expectedChanges: "Un projet mieux piloté.",
      },
      {
        name: "CCAS de Mens",
        category: "public_bodies",
        estimatedSize: 1,
        involvement: "consulted",
        expectedChanges: "Une réponse complémentaire aux aides d'urgence.",
      },
      {
        name: "Producteurs locaux",
        category: "businesses",
        estimatedSize: 8,
        involvement: "informed",
        expectedChanges: "Un débouché pour les invendus et les fruits déclassés.",
      },
      {
        name: "Fondation partenaire",
        category: "funders",
        estimatedSize: 1,
        involvement: "informed",
        expectedChanges: "Des effets démontrés sur l'alimentation des familles.",
      },
    ],
    activities: [
      {
        name: "Épicerie à prix solidaires",
        description: "Produits vendus à 10-30 % du prix courant, trois demi-journées par semaine.",
      },
      {
        name: "Ateliers cuisine et santé",
        description: "Deux ateliers par mois avec une diététicienne bénévole.",
      },
      {
        name: "Café-rencontre",
        description: "Un espace d'accueil convivial ouvert pendant les horaires de l'épicerie.",
      },
    ],
    contributions: [
      {
        stakeholder: "CCAS de Mens",
        activity: "Épicerie à prix solidaires",
        kind: "money",
        amount: "9500",
        valueSource: "Subvention 2026",
      },
      {
        stakeholder: "CCAS de Mens",
        activity: "Épicerie à prix solidaires",
        kind: "in_kind",
        amount: "7200",
        valueSource: "Loyer du local mis à disposition, estimation du service des domaines",
        description: "Local de 120 m²",
      },
      {
        stakeholder: "Fondation partenaire",
        activity: "Ateliers cuisine et santé",
        kind: "money",
        amount: "6000",
        valueSource: "Convention de mécénat",
      },
      {
        stakeholder: "Producteurs locaux",
        activity: "Épicerie à prix solidaires",
        kind: "in_kind",
        amount: "3150.50",
        valueSource: "Valeur marchande des dons relevée à chaque livraison",
      },
      {
        stakeholder: "Bénévoles",
        activity: "Épicerie à prix solidaires",
        kind: "volunteer_time",
        hours: "2340",
        hourlyValue: SMIC_CHARGED,
        valueSource: "SMIC horaire chargé 2026",
      },
      {
        stakeholder: "Bénévoles",
        activity: "Ateliers cuisine et santé",
        kind: "volunteer_time",
        hours: "96",
        hourlyValue: "35.00",
        valueSource: "Tarif horaire d'une diététicienne libérale",
      },
      {
        stakeholder: "Bénévoles",
        activity: "Café-rencontre",
        kind: "volunteer_time",
        hours: "410",
        hourlyValue: SMIC_CHARGED,
        valueSource: "SMIC horaire chargé 2026",
      },
      {
        stakeholder: "Coordinatrice salariée",
        activity: "Épicerie à prix solidaires",
        kind: "staff_time",
        hours: "1100",
        hourlyValue: "22.40",
        valueSource: "Salaire chargé de la coordinatrice",
      },
      {
        stakeholder: "Coordinatrice salariée",
        activity: "Café-rencontre",
        kind: "staff_time",
        hours: "300",
        hourlyValue: "22.40",
        valueSource: "Salaire chargé de la coordinatrice",
      },
    ],
  },
];
