import type { TocTemplate } from "../toc-template.ts";

/** Association supporting people with disabilities towards independent living and inclusive housing. */
export const disabilityAutonomyTemplate: TocTemplate = {
  key: "disability-autonomy",
  sector: "disability_autonomy",
  name: {
    fr: "Autonomie et habitat inclusif",
    en: "Independent living and inclusive housing",
  },
  description: {
    fr: "Une association accompagne des personnes en situation de handicap, notamment intellectuel, vers une vie plus autonome : apprentissages du quotidien, autodétermination, habitat inclusif avec un projet de vie sociale partagée et participation à la vie de la cité.",
    en: "An association supports people with disabilities, notably intellectual disabilities, towards more independent living: daily-life skills, self-determination, inclusive housing with a shared social life plan and taking part in community life.",
  },
  nodes: [
    {
      id: "need_no_housing_choice",
      type: "need",
      label: {
        fr: "Peu de choix de logement hors établissement ou famille",
        en: "Little housing choice beyond institutions or family",
      },
      description: {
        fr: "Beaucoup d'adultes en situation de handicap vivent chez leurs parents ou en établissement faute d'alternative accompagnée.",
        en: "Many disabled adults live with their parents or in institutions for lack of a supported alternative.",
      },
    },
    {
      id: "need_carer_strain",
      type: "need",
      label: {
        fr: "Épuisement et inquiétude des familles aidantes",
        en: "Exhausted and worried family carers",
      },
    },
    {
      id: "input_staff",
      type: "input",
      label: {
        fr: "Professionnels de l'accompagnement et animateurs",
        en: "Support workers and facilitators",
      },
    },
    {
      id: "input_funding",
      type: "input",
      label: {
        fr: "Aide à la vie partagée et financements publics",
        en: "Shared-living allowance and public funding",
      },
      description: {
        fr: "L'aide à la vie partagée (AVP) versée par le département, les prestations de compensation et les subventions.",
        en: "The shared-living allowance (AVP) paid by the département, disability compensation benefits and grants.",
      },
    },
    {
      id: "input_partners",
      type: "input",
      label: {
        fr: "Bailleurs sociaux, familles et services de proximité",
        en: "Social landlords, families and local services",
      },
    },
    {
      id: "act_daily_living_skills",
      type: "activity",
      label: {
        fr: "Apprentissages de la vie quotidienne et du budget",
        en: "Learning daily living and budgeting",
      },
    },
    {
      id: "act_self_determination",
      type: "activity",
      label: {
        fr: "Ateliers d'autodétermination et supports en FALC",
        en: "Self-determination workshops and easy-read materials",
      },
    },
    {
      id: "act_inclusive_housing",
      type: "activity",
      label: {
        fr: "Habitat inclusif avec projet de vie sociale partagée",
        en: "Inclusive housing with a shared social life plan",
      },
    },
    {
      id: "act_community_life",
      type: "activity",
      label: {
        fr: "Accompagnement vers les loisirs et la vie citoyenne",
        en: "Support to join leisure and civic life",
      },
    },
    {
      id: "out_residents",
      type: "output",
      indicatorCodes: ["GEN-PERSONNES-ACCOMPAGNEES"],
      label: {
        fr: "Personnes logées en habitat inclusif",
        en: "People living in inclusive housing",
      },
    },
    {
      id: "out_sessions",
      type: "output",
      label: {
        fr: "Ateliers et accompagnements individuels réalisés",
        en: "Workshops and individual support sessions held",
      },
    },
    {
      id: "out_community_activities",
      type: "output",
      label: {
        fr: "Activités extérieures et partenariats de proximité",
        en: "Community activities and local partnerships",
      },
    },
    {
      id: "oc_s_daily_skills",
      type: "outcome_short",
      indicatorCodes: ["HAN-DEPLACEMENT-AUTONOME"],
      label: {
        fr: "Gestes du quotidien et budget mieux maîtrisés",
        en: "Better command of daily tasks and budget",
      },
    },
    {
      id: "oc_s_expressing_choices",
      type: "outcome_short",
      indicatorCodes: ["HAN-AUTODETERMINATION", "GEN-ECOUTE"],
      label: {
        fr: "Capacité à exprimer ses choix et ses préférences",
        en: "Ability to express one's choices and preferences",
      },
    },
    {
      id: "oc_s_carers_reassured",
      type: "outcome_short",
      indicatorCodes: ["HAN-AIDANTS-EPUISEMENT", "HAN-AIDANTS-REPIT"],
      label: {
        fr: "Familles rassurées et moins sollicitées",
        en: "Families reassured and less called upon",
      },
    },
    {
      id: "oc_m_independence",
      type: "outcome_medium",
      indicatorCodes: ["HAN-HABITAT-ORDINAIRE", "HAN-AUTODETERMINATION"],
      label: {
        fr: "Autonomie accrue dans son logement",
        en: "Greater independence at home",
      },
    },
    {
      id: "oc_m_social_ties",
      type: "outcome_medium",
      indicatorCodes: ["HAN-PARTICIPATION-SOCIALE", "LIEN-NOUVELLES-RELATIONS", "LIEN-SOLITUDE-SCORE"],
      label: {
        fr: "Relations sociales élargies hors du cercle familial",
        en: "Wider social ties beyond the family",
      },
    },
    {
      id: "oc_l_quality_of_life",
      type: "outcome_long",
      indicatorCodes: ["HAN-QUALITE-VIE"],
      label: {
        fr: "Qualité de vie et vie choisie en milieu ordinaire",
        en: "Quality of life and a chosen life in the community",
      },
    },
    {
      id: "impact_inclusive_society",
      type: "impact",
      indicatorCodes: ["HAN-HABITAT-ORDINAIRE", "HAN-PARTICIPATION-SOCIALE"],
      label: {
        fr: "Une société inclusive où chacun choisit sa vie",
        en: "An inclusive society where everyone chooses their life",
      },
    },
  ],
  edges: [
    { source: "need_no_housing_choice", target: "act_inclusive_housing", evidence: "moderate" },
    { source: "need_no_housing_choice", target: "act_daily_living_skills", evidence: "moderate" },
    { source: "need_carer_strain", target: "act_inclusive_housing", evidence: "weak" },
    { source: "input_staff", target: "act_daily_living_skills", evidence: "strong" },
    { source: "input_staff", target: "act_self_determination", evidence: "moderate" },
    { source: "input_funding", target: "act_inclusive_housing", evidence: "strong" },
    { source: "input_partners", target: "act_inclusive_housing", evidence: "moderate" },
    { source: "input_partners", target: "act_community_life", evidence: "moderate" },
    { source: "act_inclusive_housing", target: "out_residents", evidence: "strong" },
    { source: "act_daily_living_skills", target: "out_sessions", evidence: "strong" },
    { source: "act_self_determination", target: "out_sessions", evidence: "strong" },
    { source: "act_community_life", target: "out_community_activities", evidence: "strong" },
    {
      source: "out_sessions",
      target: "oc_s_daily_skills",
      evidence: "moderate",
      assumption: {
        fr: "Les apprentissages sont faits en situation réelle, dans le logement, et répétés assez souvent.",
        en: "Learning happens in real situations, at home, and is repeated often enough.",
      },
    },
    {
      source: "out_sessions",
      target: "oc_s_expressing_choices",
      evidence: "weak",
      assumption: {
        fr: "Les supports faciles à lire et l'écoute des professionnels permettent à la personne de formuler ses souhaits.",
        en: "Easy-read materials and attentive staff enable the person to put their wishes into words.",
      },
    },
    {
      source: "out_residents",
      target: "oc_s_daily_skills",
      evidence: "moderate",
      assumption: {
        fr: "Vivre dans un logement à soi oblige et aide à prendre en charge les tâches quotidiennes.",
        en: "Living in one's own home both requires and helps one to take on daily tasks.",
      },
    },
    {
      source: "out_residents",
      target: "oc_s_carers_reassured",
      evidence: "weak",
      assumption: {
        fr: "La présence d'un accompagnement partagé et d'une veille rassure les familles sur la sécurité de leur proche.",
        en: "Shared support and someone keeping watch reassure families about their relative's safety.",
      },
    },
    {
      source: "out_community_activities",
      target: "oc_s_expressing_choices",
      evidence: "weak",
      assumption: {
        fr: "Découvrir des activités variées aide la personne à savoir ce qu'elle aime et à le dire.",
        en: "Trying various activities helps the person find out what they like and say so.",
      },
    },
    {
      source: "oc_s_daily_skills",
      target: "oc_m_independence",
      evidence: "moderate",
      assumption: {
        fr: "Les compétences acquises se maintiennent quand l'accompagnement devient moins intensif.",
        en: "Skills acquired are kept when support becomes less intensive.",
      },
    },
    {
      source: "oc_s_expressing_choices",
      target: "oc_m_independence",
      evidence: "weak",
      assumption: {
        fr: "Les choix exprimés par la personne sont effectivement respectés par son entourage.",
        en: "The choices the person expresses are actually respected by those around them.",
      },
    },
    {
      source: "oc_s_carers_reassured",
      target: "oc_m_independence",
      evidence: "weak",
      assumption: {
        fr: "Des parents rassurés acceptent de laisser leur proche faire par lui-même.",
        en: "Reassured parents agree to let their relative do things alone.",
      },
    },
    {
      source: "oc_s_expressing_choices",
      target: "oc_m_social_ties",
      evidence: "weak",
      assumption: {
        fr: "La personne qui ose dire ses envies s'inscrit à des activités où elle rencontre d'autres personnes.",
        en: "A person who dares to say what they want joins activities where they meet others.",
      },
    },
    {
      source: "oc_m_independence",
      target: "oc_l_quality_of_life",
      evidence: "moderate",
      assumption: {
        fr: "Plus d'autonomie ne s'accompagne pas d'un isolement ou d'une insécurité accrus.",
        en: "More independence does not come with more isolation or insecurity.",
      },
    },
    {
      source: "oc_m_social_ties",
      target: "oc_l_quality_of_life",
      evidence: "moderate",
      assumption: {
        fr: "Les liens créés durent au-delà des activités organisées par l'association.",
        en: "The ties formed last beyond the activities organised by the association.",
      },
    },
    {
      source: "oc_l_quality_of_life",
      target: "impact_inclusive_society",
      evidence: "weak",
      assumption: {
        fr: "La présence visible de personnes handicapées dans le quartier fait évoluer le regard des habitants et des services.",
        en: "The visible presence of disabled people in the neighbourhood changes how residents and services see them.",
      },
    },
    {
      source: "oc_m_independence",
      target: "act_self_determination",
      evidence: "weak",
      feedbackLoop: true,
      assumption: {
        fr: "Les habitants devenus plus autonomes témoignent et co-animent des ateliers en pair-aidance.",
        en: "Residents who have become more independent share their experience and co-run peer-support workshops.",
      },
    },
  ],
};
