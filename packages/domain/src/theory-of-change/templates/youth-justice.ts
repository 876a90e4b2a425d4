import type { TocTemplate } from "../toc-template.ts";

/** Support for young people under a court measure: educational support, reparation, remobilisation, release. */
export const youthJusticeTemplate: TocTemplate = {
  key: "youth-justice",
  sector: "justice",
  name: {
    fr: "Accompagnement de jeunes sous main de justice",
    en: "Support for young people in the justice system",
  },
  description: {
    fr: "Une association habilitée accompagne des jeunes de 13 à 25 ans faisant l'objet d'une mesure judiciaire (réparation pénale, travail d'intérêt général, sortie de détention) pour qu'ils respectent leurs obligations, se remobilisent, s'insèrent et sortent durablement de la délinquance.",
    en: "An accredited association supports young people aged 13 to 25 under a court measure (reparation order, community service, release from custody) so that they comply with their obligations, regain momentum, find a place in society and desist from offending for good.",
  },
  nodes: [
    {
      id: "need_breakdown",
      type: "need",
      label: {
        fr: "Jeunes sous main de justice en rupture scolaire et sociale",
        en: "Young offenders out of school and socially excluded",
      },
      description: {
        fr: "Décrochage scolaire, liens familiaux fragiles, absence de ressources et de logement stable.",
        en: "School dropout, fragile family ties, no income and no stable housing.",
      },
    },
    {
      id: "need_reoffending_risk",
      type: "need",
      label: {
        fr: "Risque élevé de récidive à la sortie de détention",
        en: "High risk of reoffending after release from custody",
      },
    },
    {
      id: "input_educators",
      type: "input",
      label: {
        fr: "Éducateurs spécialisés et conseillers d'insertion",
        en: "Specialist youth workers and integration advisers",
      },
    },
    {
      id: "input_funding",
      type: "input",
      label: {
        fr: "Financements de la justice, de l'État et du Département",
        en: "Funding from the justice system, State and département",
      },
      description: {
        fr: "Habilitation et prix de journée de la protection judiciaire de la jeunesse, conventions avec le service pénitentiaire.",
        en: "Accreditation and daily rates from the youth justice service, agreements with the probation service.",
      },
    },
    {
      id: "input_partners",
      type: "input",
      label: {
        fr: "Mission locale, entreprises et structures d'accueil",
        en: "Youth employment centre, employers and host bodies",
      },
    },
    {
      id: "act_educational_support",
      type: "activity",
      label: {
        fr: "Accompagnement éducatif individualisé",
        en: "Individual educational support",
      },
    },
    {
      id: "act_reparation_community_service",
      type: "activity",
      label: {
        fr: "Mesures de réparation et travail d'intérêt général",
        en: "Reparation orders and community service",
      },
    },
    {
      id: "act_remobilisation",
      type: "activity",
      label: {
        fr: "Chantiers éducatifs, sport et remobilisation",
        en: "Educational work projects, sport and remobilisation",
      },
    },
    {
      id: "act_release_preparation",
      type: "activity",
      label: {
        fr: "Préparation à la sortie de détention",
        en: "Preparing release from custody",
      },
    },
    {
      id: "out_young_people_followed",
      type: "output",
      indicatorCodes: ["GEN-PERSONNES-ACCOMPAGNEES"],
      label: {
        fr: "Jeunes accompagnés et entretiens réalisés",
        en: "Young people supported and meetings held",
      },
    },
    {
      id: "out_measures_completed",
      type: "output",
      indicatorCodes: ["JUS-MESURES-ACCUEILLIES", "JUS-MESURES-ACHEVEES"],
      label: {
        fr: "Mesures exécutées jusqu'à leur terme",
        en: "Court measures completed in full",
      },
    },
    {
      id: "out_referrals",
      type: "output",
      label: {
        fr: "Orientations vers formation, emploi, logement, soins",
        en: "Referrals to training, jobs, housing and care",
      },
    },
    {
      id: "oc_s_compliance",
      type: "outcome_short",
      indicatorCodes: ["JUS-MESURES-ACHEVEES", "GEN-ABANDON"],
      label: {
        fr: "Respect des obligations judiciaires",
        en: "Compliance with court obligations",
      },
    },
    {
      id: "oc_s_self_confidence",
      type: "outcome_short",
      indicatorCodes: ["GEN-CONFIANCE-SOI", "JEU-CONFIANCE-AVENIR"],
      label: {
        fr: "Remobilisation et confiance en soi",
        en: "Renewed motivation and self-confidence",
      },
    },
    {
      id: "oc_s_awareness",
      type: "outcome_short",
      label: {
        fr: "Prise de conscience des actes et de leurs conséquences",
        en: "Awareness of one's acts and their consequences",
      },
    },
    {
      id: "oc_m_training_employment",
      type: "outcome_medium",
      indicatorCodes: ["JEU-SORTIE-EMPLOI-FORMATION", "JEU-PROJET-AVENIR"],
      label: {
        fr: "Entrée en formation, en emploi ou en parcours d'insertion",
        en: "Entry into training, work or an integration pathway",
      },
    },
    {
      id: "oc_m_stable_situation",
      type: "outcome_medium",
      indicatorCodes: ["JUS-SORTIE-LOGEMENT", "SAN-DROITS-OUVERTS"],
      label: {
        fr: "Situation stabilisée : logement, santé, droits",
        en: "Stable situation: housing, health, rights",
      },
    },
    {
      id: "oc_l_desistance",
      type: "outcome_long",
      indicatorCodes: ["JUS-REITERATION-12M"],
      label: {
        fr: "Sortie durable de la délinquance (désistance)",
        en: "Lasting desistance from offending",
      },
    },
    {
      id: "impact_safer_inclusive_society",
      type: "impact",
      indicatorCodes: ["JUS-REITERATION-12M", "GEN-SITUATION-AMELIOREE"],
      label: {
        fr: "Moins de récidive, une société plus sûre et inclusive",
        en: "Less reoffending, a safer and more inclusive society",
      },
    },
  ],
  edges: [
    { source: "need_breakdown", target: "act_educational_support", evidence: "moderate" },
    { source: "need_breakdown", target: "act_remobilisation", evidence: "moderate" },
    { source: "need_reoffending_risk", target: "act_release_preparation", evidence: "moderate" },
    { source: "input_educators", target: "act_educational_support", evidence: "strong" },
    { source: "input_educators", target: "act_release_preparation", evidence: "moderate" },
    { source: "input_funding", target: "act_reparation_community_service", evidence: "strong" },
    { source: "input_partners", target: "act_reparation_community_service", evidence: "moderate" },
    { source: "input_partners", target: "act_remobilisation", evidence: "moderate" },
    { source: "act_educational_support", target: "out_young_people_followed", evidence: "strong" },
    { source: "act_reparation_community_service", target: "out_measures_completed", evidence: "moderate" },
    { source: "act_remobilisation", target: "out_young_people_followed", evidence: "strong" },
    { source: "act_release_preparation", target: "out_referrals", evidence: "moderate" },
    {
      source: "out_young_people_followed",
      target: "oc_s_compliance",
      evidence: "moderate",
      assumption: {
        fr: "Une relation de confiance avec un éducateur référent aide le jeune à honorer ses rendez-vous et obligations.",
        en: "A trusting relationship with a key worker helps the young person keep appointments and obligations.",
      },
    },
    {
      source: "out_young_people_followed",
      target: "oc_s_self_confidence",
      evidence: "weak",
      assumption: {
        fr: "Des réussites concrètes sur un chantier ou en sport changent l'image que le jeune a de lui-même.",
        en: "Concrete successes on a work project or in sport change how the young person sees themselves.",
      },
    },
    {
      source: "out_measures_completed",
      target: "oc_s_awareness",
      evidence: "weak",
      assumption: {
        fr: "La réparation a du sens pour le jeune, qui comprend le lien entre l'activité et le tort causé.",
        en: "The reparation makes sense to the young person, who sees the link between the task and the harm done.",
      },
    },
    {
      source: "out_measures_completed",
      target: "oc_s_compliance",
      evidence: "moderate",
      assumption: {
        fr: "Les structures d'accueil sont disponibles à temps pour que la mesure soit exécutée dans les délais.",
        en: "Host bodies are available in time for the measure to be carried out within the deadline.",
      },
    },
    {
      source: "out_referrals",
      target: "oc_m_stable_situation",
      evidence: "moderate",
      assumption: {
        fr: "Les partenaires du logement et de la santé acceptent ces jeunes malgré leur passé judiciaire.",
        en: "Housing and health partners accept these young people despite their criminal record.",
      },
    },
    {
      source: "oc_s_self_confidence",
      target: "oc_m_training_employment",
      evidence: "weak",
      assumption: {
        fr: "Un jeune remobilisé ose s'engager dans une formation ou un emploi.",
        en: "A young person who has regained momentum dares to commit to training or a job.",
      },
    },
    {
      source: "oc_s_compliance",
      target: "oc_m_training_employment",
      evidence: "weak",
      assumption: {
        fr: "La ponctualité et l'assiduité travaillées dans la mesure se transfèrent au cadre d'une formation.",
        en: "Punctuality and attendance practised during the measure carry over to training.",
      },
    },
    {
      source: "oc_s_awareness",
      target: "oc_m_stable_situation",
      evidence: "weak",
      assumption: {
        fr: "La prise de conscience conduit le jeune à s'éloigner des fréquentations et situations à risque.",
        en: "Awareness leads the young person to step away from risky peers and situations.",
      },
    },
    {
      source: "oc_m_training_employment",
      target: "oc_l_desistance",
      evidence: "moderate",
      assumption: {
        fr: "Un emploi ou une formation offre des ressources, un rythme et une identité autres que la délinquance.",
        en: "A job or training provides income, routine and an identity other than offending.",
      },
    },
    {
      source: "oc_m_stable_situation",
      target: "oc_l_desistance",
      evidence: "moderate",
      assumption: {
        fr: "Un logement stable et des droits ouverts réduisent les facteurs de passage à l'acte.",
        en: "Stable housing and rights in place reduce the triggers for offending.",
      },
    },
    {
      source: "oc_l_desistance",
      target: "impact_safer_inclusive_society",
      evidence: "weak",
      assumption: {
        fr: "La baisse de la récidive observée chez les jeunes suivis n'est pas due à d'autres facteurs (contexte, effet d'aubaine).",
        en: "Lower reoffending among young people supported is not due to other factors (context, deadweight).",
      },
    },
  ],
};
