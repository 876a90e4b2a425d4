import type { TocTemplate } from "../toc-template.ts";

/** Coopérative d'activité et d'emploi (CAE): entrepreneurs test, then run, their business as employees and associates. */
export const businessEmploymentCooperativeTemplate: TocTemplate = {
  key: "business-employment-cooperative",
  sector: "entrepreneurship_cooperatives",
  name: {
    fr: "Coopérative d'activité et d'emploi (CAE)",
    en: "Business and employment cooperative (CAE)",
  },
  description: {
    fr: "Des porteurs de projet testent leur activité dans un cadre sécurisé, deviennent entrepreneurs-salariés puis associés de la coopérative, en bénéficiant d'un accompagnement, de services mutualisés et d'un collectif de pairs.",
    en: "Founders test their business in a secure setting, become employee-entrepreneurs and then associates of the cooperative, with coaching, shared services and a group of peers.",
  },
  nodes: [
    {
      id: "need_isolated_founders",
      type: "need",
      label: {
        fr: "Créateurs isolés, souvent demandeurs d'emploi",
        en: "Isolated founders, often jobseekers",
      },
      description: {
        fr: "Des personnes qui veulent créer leur emploi mais manquent de réseau, de compétences de gestion ou de sécurité financière.",
        en: "People who want to create their own job but lack a network, management skills or financial security.",
      },
    },
    {
      id: "need_precarious_self_employment",
      type: "need",
      label: {
        fr: "Précarité et risques de l'entrepreneuriat individuel",
        en: "Insecurity and risks of solo self-employment",
      },
    },
    {
      id: "input_support_team",
      type: "input",
      label: {
        fr: "Équipe d'appui : accompagnateurs, comptables, paie",
        en: "Support team: advisers, accountants, payroll",
      },
    },
    {
      id: "input_funding",
      type: "input",
      label: {
        fr: "Contribution coopérative et subventions publiques",
        en: "Cooperative contribution and public grants",
      },
      description: {
        fr: "Un pourcentage de la marge des entrepreneurs, complété par la métropole, la région, l'État ou le Fonds social européen.",
        en: "A share of the entrepreneurs' margin, topped up by the metropolis, the region, the State or the European Social Fund.",
      },
    },
    {
      id: "input_associates",
      type: "input",
      label: {
        fr: "Entrepreneurs associés et réseau de la coopérative",
        en: "Associate entrepreneurs and the cooperative's network",
      },
    },
    {
      id: "act_business_test",
      type: "activity",
      label: {
        fr: "Test de l'activité en contrat d'appui (CAPE)",
        en: "Business testing under a support contract (CAPE)",
      },
    },
    {
      id: "act_individual_coaching",
      type: "activity",
      label: {
        fr: "Accompagnement individuel du projet",
        en: "One-to-one business coaching",
      },
    },
    {
      id: "act_shared_services",
      type: "activity",
      label: {
        fr: "Services mutualisés : gestion, comptabilité, paie",
        en: "Shared services: admin, accounting, payroll",
      },
      description: {
        fr: "La coopérative porte juridiquement, fiscalement et comptablement l'activité de chaque entrepreneur.",
        en: "The cooperative carries each entrepreneur's business legally, for tax and in its accounts.",
      },
    },
    {
      id: "act_collective_life",
      type: "activity",
      label: {
        fr: "Ateliers collectifs et vie coopérative",
        en: "Group workshops and cooperative life",
      },
    },
    {
      id: "out_founders_welcomed",
      type: "output",
      indicatorCodes: ["ENT-ENTREPRENEURS-ACCUEILLIS"],
      label: {
        fr: "Porteurs accueillis et contrats d'appui signés",
        en: "Founders welcomed and support contracts signed",
      },
    },
    {
      id: "out_revenue_salaries",
      type: "output",
      label: {
        fr: "Chiffre d'affaires géré et salaires versés",
        en: "Revenue managed and salaries paid",
      },
    },
    {
      id: "out_participation",
      type: "output",
      label: {
        fr: "Participation aux ateliers et aux instances",
        en: "Attendance at workshops and governance meetings",
      },
    },
    {
      id: "oc_s_entrepreneurial_skills",
      type: "outcome_short",
      label: {
        fr: "Compétences entrepreneuriales renforcées",
        en: "Stronger entrepreneurial skills",
      },
    },
    {
      id: "oc_s_social_protection",
      type: "outcome_short",
      indicatorCodes: ["ENT-SECURITE-PRO"],
      label: {
        fr: "Statut de salarié et protection sociale",
        en: "Employee status and social protection",
      },
    },
    {
      id: "oc_s_less_isolation",
      type: "outcome_short",
      indicatorCodes: ["LIEN-SOLITUDE-SCORE", "LIEN-NOUVELLES-RELATIONS"],
      label: {
        fr: "Moins d'isolement, appartenance à un collectif",
        en: "Less isolation, a sense of belonging",
      },
    },
    {
      id: "oc_m_viable_business",
      type: "outcome_medium",
      indicatorCodes: ["ENT-CA-MOYEN", "ENT-REMUNERATION-MENSUELLE"],
      label: {
        fr: "Activité viable procurant un revenu régulier",
        en: "A viable business providing a regular income",
      },
    },
    {
      id: "oc_m_associate",
      type: "outcome_medium",
      indicatorCodes: ["ENT-SOCIETARIAT", "GOU-PARTICIPATION-AG", "GOU-INFLUENCE-RESSENTIE"],
      label: {
        fr: "Accès au sociétariat et pouvoir de décision",
        en: "Becoming an associate with a say in decisions",
      },
    },
    {
      id: "oc_l_lasting_employment",
      type: "outcome_long",
      indicatorCodes: ["ENT-PERENNITE-3ANS", "ENT-SORTIES-EMPLOI-CREATION"],
      label: {
        fr: "Emploi durable et choisi des entrepreneurs",
        en: "Lasting, chosen employment for entrepreneurs",
      },
    },
    {
      id: "oc_l_local_economy",
      type: "outcome_long",
      indicatorCodes: ["ENT-EMPLOIS-ETP"],
      label: {
        fr: "Activité économique ancrée dans le territoire",
        en: "Economic activity rooted in the local area",
      },
    },
    {
      id: "impact_secure_entrepreneurship",
      type: "impact",
      indicatorCodes: ["ENT-SECURITE-PRO", "ENT-EMPLOIS-ETP"],
      label: {
        fr: "Un entrepreneuriat collectif, sécurisé et démocratique",
        en: "Secure, collective and democratic entrepreneurship",
      },
    },
  ],
  edges: [
    { source: "need_isolated_founders", target: "act_individual_coaching", evidence: "moderate" },
    { source: "need_precarious_self_employment", target: "act_shared_services", evidence: "moderate" },
    { source: "input_support_team", target: "act_individual_coaching", evidence: "strong" },
    { source: "input_support_team", target: "act_shared_services", evidence: "strong" },
    { source: "input_funding", target: "act_business_test", evidence: "moderate" },
    { source: "input_associates", target: "act_collective_life", evidence: "moderate" },
    { source: "act_business_test", target: "out_founders_welcomed", evidence: "strong" },
    { source: "act_individual_coaching", target: "out_founders_welcomed", evidence: "strong" },
    { source: "act_shared_services", target: "out_revenue_salaries", evidence: "strong" },
    { source: "act_collective_life", target: "out_participation", evidence: "strong" },
    {
      source: "out_founders_welcomed",
      target: "oc_s_entrepreneurial_skills",
      evidence: "moderate",
      assumption: {
        fr: "Tester son activité en conditions réelles, avec un accompagnateur, apprend davantage qu'une formation théorique.",
        en: "Testing a business for real, with an adviser, teaches more than classroom training.",
      },
    },
    {
      source: "out_revenue_salaries",
      target: "oc_s_social_protection",
      evidence: "strong",
      assumption: {
        fr: "Le chiffre d'affaires dégagé suffit à verser un salaire, qui ouvre les droits du régime général.",
        en: "The revenue earned is enough to pay a salary, which opens general social security rights.",
      },
    },
    {
      source: "out_participation",
      target: "oc_s_less_isolation",
      evidence: "moderate",
      assumption: {
        fr: "Les temps collectifs sont assez fréquents et conviviaux pour créer des liens entre entrepreneurs.",
        en: "Group events are frequent and friendly enough for entrepreneurs to bond.",
      },
    },
    {
      source: "out_participation",
      target: "oc_s_entrepreneurial_skills",
      evidence: "weak",
      assumption: {
        fr: "Les pairs partagent réellement leurs savoir-faire lors des ateliers.",
        en: "Peers genuinely share their know-how during workshops.",
      },
    },
    {
      source: "oc_s_entrepreneurial_skills",
      target: "oc_m_viable_business",
      evidence: "moderate",
      assumption: {
        fr: "Il existe une clientèle solvable pour l'activité testée.",
        en: "There is a paying market for the business being tested.",
      },
    },
    {
      source: "oc_s_social_protection",
      target: "oc_m_viable_business",
      evidence: "weak",
      assumption: {
        fr: "Sécurisé par son statut, l'entrepreneur prend le temps de développer son activité au lieu de l'abandonner.",
        en: "Secured by their status, the entrepreneur takes time to grow the business instead of giving up.",
      },
    },
    {
      source: "oc_s_less_isolation",
      target: "oc_m_associate",
      evidence: "weak",
      assumption: {
        fr: "Un entrepreneur qui se sent membre du collectif souhaite s'engager dans sa gouvernance.",
        en: "An entrepreneur who feels part of the group wants to take part in its governance.",
      },
    },
    {
      source: "oc_m_viable_business",
      target: "oc_l_lasting_employment",
      evidence: "moderate",
      assumption: {
        fr: "L'activité résiste aux aléas économiques une fois sortie de la phase de test.",
        en: "The business withstands economic shocks once past the test phase.",
      },
    },
    {
      source: "oc_m_associate",
      target: "oc_l_lasting_employment",
      evidence: "weak",
      assumption: {
        fr: "Les associés restent plus longtemps dans la coopérative et y trouvent un emploi choisi.",
        en: "Associates stay longer in the cooperative and find chosen work there.",
      },
    },
    {
      source: "oc_m_viable_business",
      target: "oc_l_local_economy",
      evidence: "weak",
      assumption: {
        fr: "Les entrepreneurs achètent et vendent surtout localement.",
        en: "Entrepreneurs mostly buy and sell locally.",
      },
    },
    {
      source: "oc_l_lasting_employment",
      target: "impact_secure_entrepreneurship",
      evidence: "weak",
      assumption: {
        fr: "Le modèle coopératif se diffuse au-delà des seuls membres de la CAE.",
        en: "The cooperative model spreads beyond the CAE's own members.",
      },
    },
    {
      source: "oc_l_local_economy",
      target: "impact_secure_entrepreneurship",
      evidence: "weak",
      assumption: {
        fr: "Les emplois créés n'évincent pas des entreprises locales existantes.",
        en: "The jobs created do not crowd out existing local businesses.",
      },
    },
    {
      source: "oc_m_associate",
      target: "act_collective_life",
      evidence: "weak",
      feedbackLoop: true,
      assumption: {
        fr: "Les entrepreneurs devenus associés parrainent les nouveaux venus et animent des ateliers.",
        en: "Entrepreneurs who became associates mentor newcomers and run workshops.",
      },
    },
  ],
};
