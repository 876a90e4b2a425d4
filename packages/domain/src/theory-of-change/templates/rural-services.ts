import type { TocTemplate } from "../toc-template.ts";

/** Tiers-lieu / maison de services in a rural area: access to public services, digital inclusion and a meeting place. */
export const ruralServicesTemplate: TocTemplate = {
  key: "rural-services",
  sector: "rural_services",
  name: {
    fr: "Tiers-lieu et maison de services en milieu rural",
    en: "Rural third place and local services hub",
  },
  description: {
    fr: "Un tiers-lieu rural réunit un accueil pour les démarches administratives, de la médiation numérique, des services de proximité et des animations, pour rapprocher les services des habitants et recréer du lien sur le territoire.",
    en: "A rural third place combines help with administrative procedures, digital mediation, local services and events, to bring services closer to residents and rebuild ties in the area.",
  },
  nodes: [
    {
      id: "need_services_distance",
      type: "need",
      label: {
        fr: "Éloignement des services publics et fracture numérique",
        en: "Public services far away and a digital divide",
      },
      description: {
        fr: "Fermeture des guichets, démarches dématérialisées, transports rares et personnes peu à l'aise avec internet.",
        en: "Counters closing, procedures moved online, scarce public transport and people uneasy with the internet.",
      },
    },
    {
      id: "need_isolation",
      type: "need",
      label: {
        fr: "Isolement et manque de lieux de rencontre",
        en: "Isolation and few places to meet",
      },
    },
    {
      id: "input_staff",
      type: "input",
      label: {
        fr: "Animateurs, conseillers et médiateurs numériques",
        en: "Facilitators, advisers and digital mediators",
      },
    },
    {
      id: "input_volunteers",
      type: "input",
      label: {
        fr: "Bénévoles et habitants impliqués",
        en: "Volunteers and involved residents",
      },
    },
    {
      id: "input_partners_funding",
      type: "input",
      label: {
        fr: "Commune, intercommunalité, État et opérateurs partenaires",
        en: "Municipality, inter-municipality, State and partners",
      },
      description: {
        fr: "Locaux mis à disposition, subventions de fonctionnement et conventions avec les organismes sociaux et fiscaux.",
        en: "Premises provided, operating grants and agreements with social security and tax bodies.",
      },
    },
    {
      id: "act_admin_help",
      type: "activity",
      label: {
        fr: "Accueil et aide aux démarches administratives",
        en: "Reception and help with administrative procedures",
      },
    },
    {
      id: "act_digital_workshops",
      type: "activity",
      label: {
        fr: "Médiation et ateliers numériques",
        en: "Digital mediation and workshops",
      },
    },
    {
      id: "act_local_services",
      type: "activity",
      label: {
        fr: "Services de proximité : coworking, épicerie, relais",
        en: "Local services: coworking, grocery, parcel point",
      },
    },
    {
      id: "act_events",
      type: "activity",
      label: {
        fr: "Animations, événements et café associatif",
        en: "Events, activities and community café",
      },
    },
    {
      id: "out_procedures",
      type: "output",
      indicatorCodes: ["RUR-DEMARCHES-ACCOMPAGNEES"],
      label: {
        fr: "Personnes reçues et démarches accompagnées",
        en: "People received and procedures supported",
      },
    },
    {
      id: "out_workshop_participants",
      type: "output",
      label: {
        fr: "Ateliers numériques tenus et participants",
        en: "Digital workshops held and participants",
      },
    },
    {
      id: "out_footfall",
      type: "output",
      indicatorCodes: ["RUR-COMMUNES-COUVERTES"],
      label: {
        fr: "Fréquentation du lieu et événements organisés",
        en: "Footfall and events organised",
      },
    },
    {
      id: "oc_s_rights_opened",
      type: "outcome_short",
      indicatorCodes: ["RUR-DEMARCHES-ABOUTIES"],
      label: {
        fr: "Droits ouverts et démarches abouties",
        en: "Rights opened and procedures completed",
      },
    },
    {
      id: "oc_s_digital_skills",
      type: "outcome_short",
      label: {
        fr: "Compétences numériques de base acquises",
        en: "Basic digital skills acquired",
      },
    },
    {
      id: "oc_s_encounters",
      type: "outcome_short",
      indicatorCodes: ["LIEN-NOUVELLES-RELATIONS", "LIEN-MIXITE"],
      label: {
        fr: "Rencontres et liens nouveaux entre habitants",
        en: "New encounters and ties between residents",
      },
    },
    {
      id: "oc_m_less_non_take_up",
      type: "outcome_medium",
      indicatorCodes: ["SAN-DROITS-OUVERTS", "RUR-DEMARCHES-ABOUTIES"],
      label: {
        fr: "Moins de non-recours aux droits",
        en: "Fewer unclaimed rights and benefits",
      },
    },
    {
      id: "oc_m_online_autonomy",
      type: "outcome_medium",
      label: {
        fr: "Autonomie dans les démarches en ligne",
        en: "Independence with online procedures",
      },
    },
    {
      id: "oc_m_residents_engaged",
      type: "outcome_medium",
      indicatorCodes: ["BEN-NOUVEAUX", "BEN-ACTIFS", "GOU-DECISIONS-COCONSTRUITES"],
      label: {
        fr: "Habitants engagés dans des projets locaux",
        en: "Residents engaged in local projects",
      },
    },
    {
      id: "oc_l_territory_vitality",
      type: "outcome_long",
      indicatorCodes: ["RUR-SERVICES-MAINTENUS", "LIEN-SOLITUDE-SCORE"],
      label: {
        fr: "Cohésion et vitalité du territoire rural",
        en: "Cohesion and vitality of the rural area",
      },
    },
    {
      id: "impact_equal_access",
      type: "impact",
      indicatorCodes: ["RUR-TEMPS-ACCES", "RUR-KM-EVITES"],
      label: {
        fr: "Égalité d'accès aux services dans les territoires ruraux",
        en: "Equal access to services in rural areas",
      },
    },
  ],
  edges: [
    { source: "need_services_distance", target: "act_admin_help", evidence: "strong" },
    { source: "need_services_distance", target: "act_digital_workshops", evidence: "moderate" },
    { source: "need_isolation", target: "act_events", evidence: "moderate" },
    { source: "input_staff", target: "act_admin_help", evidence: "strong" },
    { source: "input_staff", target: "act_digital_workshops", evidence: "strong" },
    { source: "input_volunteers", target: "act_events", evidence: "moderate" },
    { source: "input_volunteers", target: "act_local_services", evidence: "weak" },
    { source: "input_partners_funding", target: "act_local_services", evidence: "moderate" },
    { source: "act_admin_help", target: "out_procedures", evidence: "strong" },
    { source: "act_digital_workshops", target: "out_workshop_participants", evidence: "strong" },
    { source: "act_local_services", target: "out_footfall", evidence: "moderate" },
    { source: "act_events", target: "out_footfall", evidence: "strong" },
    {
      source: "out_procedures",
      target: "oc_s_rights_opened",
      evidence: "moderate",
      assumption: {
        fr: "Les conseillers ont accès aux bons interlocuteurs des organismes pour débloquer les dossiers.",
        en: "Advisers can reach the right contacts at public bodies to unblock cases.",
      },
    },
    {
      source: "out_workshop_participants",
      target: "oc_s_digital_skills",
      evidence: "moderate",
      assumption: {
        fr: "Les ateliers partent des usages réels des participants et sont suivis sur plusieurs séances.",
        en: "Workshops start from participants' real needs and are attended over several sessions.",
      },
    },
    {
      source: "out_footfall",
      target: "oc_s_encounters",
      evidence: "moderate",
      assumption: {
        fr: "Le lieu attire des publics différents (âges, anciens et nouveaux habitants) qui se croisent.",
        en: "The place draws different groups (ages, long-standing and new residents) who mix.",
      },
    },
    {
      source: "oc_s_rights_opened",
      target: "oc_m_less_non_take_up",
      evidence: "moderate",
      assumption: {
        fr: "Les droits ouverts sont maintenus dans la durée (renouvellements, déclarations).",
        en: "Rights once opened are kept up over time (renewals, declarations).",
      },
    },
    {
      source: "oc_s_digital_skills",
      target: "oc_m_online_autonomy",
      evidence: "weak",
      assumption: {
        fr: "Les personnes disposent d'un équipement et d'une connexion chez elles.",
        en: "People have a device and an internet connection at home.",
      },
    },
    {
      source: "oc_s_digital_skills",
      target: "oc_m_less_non_take_up",
      evidence: "weak",
      assumption: {
        fr: "Savoir utiliser les portails en ligne aide à connaître et à réclamer ses droits.",
        en: "Knowing how to use online portals helps people learn about and claim their rights.",
      },
    },
    {
      source: "oc_s_encounters",
      target: "oc_m_residents_engaged",
      evidence: "weak",
      assumption: {
        fr: "Le lieu laisse aux habitants la place de proposer et de porter leurs propres projets.",
        en: "The place leaves room for residents to propose and lead their own projects.",
      },
    },
    {
      source: "oc_m_less_non_take_up",
      target: "oc_l_territory_vitality",
      evidence: "weak",
      assumption: {
        fr: "Des droits mieux exercés améliorent les conditions de vie et limitent les départs du territoire.",
        en: "Better use of rights improves living conditions and limits people moving away.",
      },
    },
    {
      source: "oc_m_online_autonomy",
      target: "oc_l_territory_vitality",
      evidence: "weak",
      assumption: {
        fr: "L'autonomie numérique ouvre l'accès au télétravail, à la formation et aux services à distance.",
        en: "Digital independence opens access to remote work, training and online services.",
      },
    },
    {
      source: "oc_m_residents_engaged",
      target: "oc_l_territory_vitality",
      evidence: "moderate",
      assumption: {
        fr: "Les projets portés par les habitants durent et trouvent des relais auprès des élus.",
        en: "Projects led by residents last and find support from local councillors.",
      },
    },
    {
      source: "oc_l_territory_vitality",
      target: "impact_equal_access",
      evidence: "weak",
      assumption: {
        fr: "Le lieu est pérennisé et les pouvoirs publics maintiennent un accueil humain de proximité.",
        en: "The place is made sustainable and public authorities keep a local, human point of contact.",
      },
    },
    {
      source: "oc_m_residents_engaged",
      target: "input_volunteers",
      evidence: "moderate",
      feedbackLoop: true,
      assumption: {
        fr: "Des usagers du lieu deviennent bénévoles et renforcent ses ressources.",
        en: "Users of the place become volunteers and add to its resources.",
      },
    },
  ],
};
