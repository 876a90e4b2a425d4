import type { TocTemplate } from "../toc-template.ts";

/** Atelier et chantier d'insertion (ACI): supervised work on an insertion contract plus social support. */
export const jobInsertionTemplate: TocTemplate = {
  key: "job-insertion",
  sector: "employment_insertion",
  name: {
    fr: "Atelier et chantier d'insertion",
    en: "Work integration workshop (ACI)",
  },
  description: {
    fr: "Des personnes durablement éloignées de l'emploi travaillent en contrat à durée déterminée d'insertion (CDDI) sur un support d'activité réel, avec un encadrement technique et un accompagnement socioprofessionnel, pour lever leurs freins et accéder à un emploi durable ou à une formation qualifiante.",
    en: "People durably excluded from work are employed on an insertion contract (CDDI) on a real activity, with technical supervision and social and career support, so that they overcome their barriers and move on to lasting employment or qualifying training.",
  },
  nodes: [
    {
      id: "need_long_term_unemployment",
      type: "need",
      label: {
        fr: "Personnes durablement éloignées de l'emploi",
        en: "People durably excluded from employment",
      },
      description: {
        fr: "Chômeurs de longue durée, bénéficiaires du RSA, jeunes sans qualification ou personnes sortant de détention orientés par un prescripteur.",
        en: "Long-term jobseekers, minimum-income recipients, unqualified young people or people leaving prison, referred by an agency.",
      },
    },
    {
      id: "need_social_barriers",
      type: "need",
      label: {
        fr: "Freins sociaux à l'emploi (logement, mobilité, santé)",
        en: "Social barriers to work (housing, transport, health)",
      },
    },
    {
      id: "input_staff",
      type: "input",
      label: {
        fr: "Encadrants techniques et accompagnateurs socioprofessionnels",
        en: "Work supervisors and job coaches",
      },
    },
    {
      id: "input_funding",
      type: "input",
      label: {
        fr: "Aide au poste de l'État et subventions du Département",
        en: "State job subsidy and département grants",
      },
      description: {
        fr: "L'aide au poste d'insertion, les crédits du conseil départemental et les recettes de l'activité de production.",
        en: "The State's per-post insertion subsidy, département funding and income from the production activity.",
      },
    },
    {
      id: "input_partners",
      type: "input",
      label: {
        fr: "Prescripteurs, entreprises et organismes de formation",
        en: "Referrers, employers and training providers",
      },
    },
    {
      id: "act_supervised_work",
      type: "activity",
      label: {
        fr: "Mise en situation de travail encadrée en CDDI",
        en: "Supervised work on an insertion contract",
      },
      description: {
        fr: "Production réelle (maraîchage, recyclerie, espaces verts, bâtiment…) encadrée par des professionnels du métier.",
        en: "Real production (market gardening, reuse shop, green spaces, building…) supervised by skilled professionals.",
      },
    },
    {
      id: "act_social_support",
      type: "activity",
      label: {
        fr: "Accompagnement socioprofessionnel individuel",
        en: "Individual social and career support",
      },
    },
    {
      id: "act_training_placements",
      type: "activity",
      label: {
        fr: "Formations et immersions en entreprise (PMSMP)",
        en: "Training and work placements in companies",
      },
    },
    {
      id: "out_employees_hours",
      type: "output",
      label: {
        fr: "Salariés en parcours et heures travaillées",
        en: "Employees on pathways and hours worked",
      },
    },
    {
      id: "out_action_plans",
      type: "output",
      label: {
        fr: "Diagnostics et plans d'action individuels réalisés",
        en: "Needs assessments and individual action plans",
      },
    },
    {
      id: "out_trainings_placements",
      type: "output",
      indicatorCodes: ["EMP-HEURES-FORMATION"],
      label: {
        fr: "Formations suivies et immersions réalisées",
        en: "Training courses attended and placements done",
      },
    },
    {
      id: "oc_s_barriers_reduced",
      type: "outcome_short",
      indicatorCodes: ["EMP-FREINS-LEVES", "EMP-FREIN-MOBILITE"],
      label: {
        fr: "Freins périphériques levés ou réduits",
        en: "Peripheral barriers removed or reduced",
      },
    },
    {
      id: "oc_s_skills",
      type: "outcome_short",
      label: {
        fr: "Compétences techniques et savoir-être acquis",
        en: "Technical and soft skills acquired",
      },
    },
    {
      id: "oc_s_confidence",
      type: "outcome_short",
      indicatorCodes: ["GEN-CONFIANCE-SOI", "EMP-EMPLOYABILITE-PERCUE"],
      label: {
        fr: "Confiance en soi et capacité à se projeter",
        en: "Self-confidence and ability to plan ahead",
      },
    },
    {
      id: "oc_m_career_plan",
      type: "outcome_medium",
      label: {
        fr: "Projet professionnel construit et validé",
        en: "A realistic, tested career plan",
      },
    },
    {
      id: "oc_m_positive_exit",
      type: "outcome_medium",
      indicatorCodes: ["EMP-SORTIE-DYN", "EMP-SORTIE-CDI-CDD6", "EMP-FORMATION-QUALIF"],
      label: {
        fr: "Sortie dynamique : emploi ou formation qualifiante",
        en: "Positive exit: a job or qualifying training",
      },
      description: {
        fr: "Emploi durable, emploi de transition ou sortie positive au sens de l'insertion par l'activité économique.",
        en: "Lasting job, transitional job or positive exit as defined for work integration schemes.",
      },
    },
    {
      id: "oc_l_lasting_job",
      type: "outcome_long",
      indicatorCodes: ["EMP-EMPLOI-DURABLE-6M"],
      label: {
        fr: "Emploi durable et autonomie financière",
        en: "Lasting employment and financial independence",
      },
    },
    {
      id: "impact_inclusion",
      type: "impact",
      indicatorCodes: ["GEN-SITUATION-AMELIOREE", "GEN-CONTRIBUTION-PERCUE"],
      label: {
        fr: "Recul de l'exclusion durable du marché du travail",
        en: "Less long-term exclusion from the labour market",
      },
    },
  ],
  edges: [
    { source: "need_long_term_unemployment", target: "act_supervised_work", evidence: "moderate" },
    { source: "need_social_barriers", target: "act_social_support", evidence: "moderate" },
    { source: "input_staff", target: "act_supervised_work", evidence: "strong" },
    { source: "input_staff", target: "act_social_support", evidence: "strong" },
    { source: "input_funding", target: "act_supervised_work", evidence: "strong" },
    { source: "input_partners", target: "act_training_placements", evidence: "moderate" },
    { source: "act_supervised_work", target: "out_employees_hours", evidence: "strong" },
    { source: "act_social_support", target: "out_action_plans", evidence: "strong" },
    { source: "act_training_placements", target: "out_trainings_placements", evidence: "strong" },
    {
      source: "out_employees_hours",
      target: "oc_s_skills",
      evidence: "moderate",
      assumption: {
        fr: "Le support d'activité est assez proche des métiers qui recrutent pour que les gestes appris soient transférables.",
        en: "The production activity is close enough to hiring trades for the skills learned to be transferable.",
      },
    },
    {
      source: "out_employees_hours",
      target: "oc_s_confidence",
      evidence: "weak",
      assumption: {
        fr: "Un travail rémunéré, reconnu et encadré avec bienveillance redonne confiance aux salariés.",
        en: "Paid, recognised and kindly supervised work restores employees' confidence.",
      },
    },
    {
      source: "out_action_plans",
      target: "oc_s_barriers_reduced",
      evidence: "moderate",
      assumption: {
        fr: "Les partenaires du logement, de la santé et de la mobilité ont des solutions disponibles dans la durée du contrat.",
        en: "Housing, health and transport partners have solutions available within the length of the contract.",
      },
    },
    {
      source: "out_trainings_placements",
      target: "oc_s_skills",
      evidence: "moderate",
      assumption: {
        fr: "Les formations sont choisies selon le projet de la personne et non seulement selon l'offre disponible.",
        en: "Training is chosen for the person's plan, not only for what is on offer.",
      },
    },
    {
      source: "out_trainings_placements",
      target: "oc_s_confidence",
      evidence: "weak",
      assumption: {
        fr: "Une immersion réussie en entreprise montre à la personne qu'elle peut tenir un poste ordinaire.",
        en: "A successful company placement shows the person they can hold a mainstream job.",
      },
    },
    {
      source: "oc_s_confidence",
      target: "oc_m_career_plan",
      evidence: "weak",
      assumption: {
        fr: "Une personne plus confiante ose explorer des métiers qu'elle s'interdisait.",
        en: "A more confident person dares to explore trades they had ruled out.",
      },
    },
    {
      source: "oc_s_skills",
      target: "oc_m_career_plan",
      evidence: "weak",
      assumption: {
        fr: "Les compétences acquises sont reconnues (attestation, certification) et orientent le projet.",
        en: "Skills acquired are recognised (certificate, qualification) and shape the plan.",
      },
    },
    {
      source: "oc_s_skills",
      target: "oc_m_positive_exit",
      evidence: "moderate",
      assumption: {
        fr: "Les employeurs du territoire valorisent l'expérience acquise en chantier d'insertion.",
        en: "Local employers value experience gained in a work integration workshop.",
      },
    },
    {
      source: "oc_s_barriers_reduced",
      target: "oc_m_positive_exit",
      evidence: "moderate",
      assumption: {
        fr: "Sans solution de logement, de garde ou de transport, un emploi trouvé ne peut pas être tenu.",
        en: "Without housing, childcare or transport, a job found cannot be kept.",
      },
    },
    {
      source: "oc_m_career_plan",
      target: "oc_l_lasting_job",
      evidence: "weak",
      assumption: {
        fr: "Un emploi choisi, conforme à un projet validé par une immersion, est plus souvent conservé.",
        en: "A chosen job, matching a plan tested through a placement, is more often kept.",
      },
    },
    {
      source: "oc_m_positive_exit",
      target: "oc_l_lasting_job",
      evidence: "moderate",
      assumption: {
        fr: "Le marché local du travail offre des emplois stables accessibles sans diplôme élevé.",
        en: "The local labour market offers stable jobs accessible without high qualifications.",
      },
    },
    {
      source: "oc_l_lasting_job",
      target: "impact_inclusion",
      evidence: "weak",
      assumption: {
        fr: "Les emplois obtenus ne remplacent pas ceux d'autres demandeurs d'emploi (effet de déplacement limité).",
        en: "Jobs obtained do not merely replace those of other jobseekers (limited displacement).",
      },
    },
  ],
};
