import type { TocTemplate } from "../toc-template.ts";

/** Citizen renewable energy cooperative: residents finance, own and govern local solar and wind plants. */
export const citizenRenewableEnergyTemplate: TocTemplate = {
  key: "citizen-renewable-energy",
  sector: "energy_citizen_participation",
  name: {
    fr: "Coopérative citoyenne d'énergie renouvelable",
    en: "Citizen renewable energy cooperative",
  },
  description: {
    fr: "Des habitants, des collectivités et des entreprises locales financent, possèdent et gouvernent ensemble des installations solaires ou éoliennes, tout en sensibilisant à la sobriété énergétique et en réinvestissant les bénéfices sur le territoire.",
    en: "Residents, local authorities and local businesses jointly finance, own and govern solar or wind installations, while raising awareness of energy sufficiency and reinvesting profits in the area.",
  },
  nodes: [
    {
      id: "need_fossil_dependence",
      type: "need",
      label: {
        fr: "Dépendance aux énergies fossiles et urgence climatique",
        en: "Fossil fuel dependence and the climate emergency",
      },
    },
    {
      id: "need_citizens_excluded",
      type: "need",
      label: {
        fr: "Projets énergétiques conçus sans les habitants",
        en: "Energy projects designed without local residents",
      },
      description: {
        fr: "Les parcs portés par des développeurs extérieurs suscitent souvent des oppositions et leurs revenus quittent le territoire.",
        en: "Plants built by outside developers often meet opposition and their revenue leaves the area.",
      },
    },
    {
      id: "input_people",
      type: "input",
      label: {
        fr: "Bénévoles et salariés de la coopérative",
        en: "The cooperative's volunteers and staff",
      },
    },
    {
      id: "input_capital",
      type: "input",
      label: {
        fr: "Épargne citoyenne, prêts bancaires et subventions",
        en: "Citizen savings, bank loans and grants",
      },
    },
    {
      id: "input_partners",
      type: "input",
      label: {
        fr: "Collectivités, toitures publiques et réseau d'appui",
        en: "Local authorities, public roofs and support network",
      },
      description: {
        fr: "Communes qui louent leurs toitures ou entrent au capital, et réseaux régionaux ou nationaux d'énergie citoyenne.",
        en: "Municipalities that lease their roofs or take shares, and regional or national citizen energy networks.",
      },
    },
    {
      id: "act_plant_development",
      type: "activity",
      label: {
        fr: "Développement et exploitation de centrales solaires",
        en: "Developing and running solar plants",
      },
      description: {
        fr: "Études, financement, construction et exploitation d'installations photovoltaïques ou éoliennes.",
        en: "Studies, financing, construction and operation of solar or wind installations.",
      },
    },
    {
      id: "act_shareholding",
      type: "activity",
      label: {
        fr: "Appel à l'épargne et gouvernance coopérative",
        en: "Raising citizen savings and cooperative governance",
      },
    },
    {
      id: "act_awareness",
      type: "activity",
      label: {
        fr: "Sensibilisation à la sobriété énergétique",
        en: "Awareness-raising on energy sufficiency",
      },
    },
    {
      id: "out_energy_produced",
      type: "output",
      indicatorCodes: ["ENR-PRODUCTION-RENOUVELABLE"],
      label: {
        fr: "Puissance installée et énergie produite (MWh)",
        en: "Installed capacity and energy produced (MWh)",
      },
    },
    {
      id: "out_members_capital",
      type: "output",
      indicatorCodes: ["ENR-SOCIETAIRES-CITOYENS", "ENR-EPARGNE-LOCALE"],
      label: {
        fr: "Sociétaires et capital citoyen collecté",
        en: "Members and citizen capital raised",
      },
    },
    {
      id: "out_awareness_participants",
      type: "output",
      label: {
        fr: "Animations et participants aux ateliers énergie",
        en: "Energy events held and participants",
      },
    },
    {
      id: "oc_s_informed_residents",
      type: "outcome_short",
      label: {
        fr: "Habitants informés et mobilisés sur l'énergie",
        en: "Residents informed and mobilised on energy",
      },
    },
    {
      id: "oc_s_citizen_control",
      type: "outcome_short",
      indicatorCodes: ["ENR-CAPITAL-CITOYEN", "GOU-PARTICIPATION-AG", "GOU-INFLUENCE-RESSENTIE"],
      label: {
        fr: "Citoyens associés aux décisions énergétiques",
        en: "Citizens involved in energy decisions",
      },
    },
    {
      id: "oc_s_local_revenue",
      type: "outcome_short",
      indicatorCodes: ["ENR-CAPITAL-CITOYEN", "ENR-SOCIETAIRES-LOCAUX"],
      label: {
        fr: "Revenus de l'énergie conservés sur le territoire",
        en: "Energy revenue kept in the local area",
      },
    },
    {
      id: "oc_m_sufficiency_practices",
      type: "outcome_medium",
      indicatorCodes: ["ENR-ECONOMIES-FACTURE"],
      label: {
        fr: "Pratiques de sobriété adoptées par les ménages",
        en: "Households adopt energy-saving practices",
      },
    },
    {
      id: "oc_m_local_acceptance",
      type: "outcome_medium",
      indicatorCodes: ["ENR-SOCIETAIRES-LOCAUX"],
      label: {
        fr: "Appropriation locale des projets renouvelables",
        en: "Local ownership and acceptance of renewables",
      },
    },
    {
      id: "oc_m_reinvestment",
      type: "outcome_medium",
      label: {
        fr: "Bénéfices réinvestis dans de nouveaux projets",
        en: "Profits reinvested in new projects",
      },
    },
    {
      id: "oc_l_emissions_avoided",
      type: "outcome_long",
      indicatorCodes: ["ENR-PRODUCTION-RENOUVELABLE"],
      label: {
        fr: "Émissions de gaz à effet de serre évitées",
        en: "Greenhouse gas emissions avoided",
      },
    },
    {
      id: "oc_l_energy_autonomy",
      type: "outcome_long",
      indicatorCodes: ["ENR-PRODUCTION-RENOUVELABLE"],
      label: {
        fr: "Autonomie énergétique accrue du territoire",
        en: "Greater energy self-reliance for the area",
      },
    },
    {
      id: "impact_citizen_transition",
      type: "impact",
      indicatorCodes: ["ENR-PRODUCTION-RENOUVELABLE", "ENR-CAPITAL-CITOYEN"],
      label: {
        fr: "Une transition énergétique locale, juste et citoyenne",
        en: "A local, fair and citizen-led energy transition",
      },
    },
  ],
  edges: [
    { source: "need_fossil_dependence", target: "act_plant_development", evidence: "strong" },
    { source: "need_citizens_excluded", target: "act_shareholding", evidence: "moderate" },
    { source: "input_people", target: "act_shareholding", evidence: "moderate" },
    { source: "input_people", target: "act_awareness", evidence: "moderate" },
    { source: "input_capital", target: "act_plant_development", evidence: "strong" },
    { source: "input_partners", target: "act_plant_development", evidence: "moderate" },
    { source: "act_plant_development", target: "out_energy_produced", evidence: "strong" },
    { source: "act_shareholding", target: "out_members_capital", evidence: "strong" },
    { source: "act_awareness", target: "out_awareness_participants", evidence: "strong" },
    {
      source: "out_awareness_participants",
      target: "oc_s_informed_residents",
      evidence: "moderate",
      assumption: {
        fr: "Les animations touchent au-delà du cercle des personnes déjà convaincues.",
        en: "Events reach beyond people who are already convinced.",
      },
    },
    {
      source: "out_members_capital",
      target: "oc_s_citizen_control",
      evidence: "moderate",
      assumption: {
        fr: "La règle « une personne, une voix » et une vie démocratique active donnent un réel pouvoir aux sociétaires.",
        en: "The one-member-one-vote rule and an active democratic life give members real power.",
      },
    },
    {
      source: "out_members_capital",
      target: "oc_s_informed_residents",
      evidence: "weak",
      assumption: {
        fr: "Devenir sociétaire pousse à s'intéresser à sa propre consommation d'énergie.",
        en: "Becoming a member prompts people to take an interest in their own energy use.",
      },
    },
    {
      source: "out_energy_produced",
      target: "oc_s_local_revenue",
      evidence: "strong",
      assumption: {
        fr: "Le tarif de vente de l'électricité couvre les coûts et dégage un excédent.",
        en: "The electricity sale price covers costs and leaves a surplus.",
      },
    },
    {
      source: "oc_s_informed_residents",
      target: "oc_m_sufficiency_practices",
      evidence: "weak",
      assumption: {
        fr: "L'information se traduit en changements de comportement durables, malgré les habitudes et les contraintes.",
        en: "Information turns into lasting behaviour change despite habits and constraints.",
      },
    },
    {
      source: "oc_s_citizen_control",
      target: "oc_m_local_acceptance",
      evidence: "moderate",
      assumption: {
        fr: "Les riverains associés à la conception d'un projet s'y opposent moins.",
        en: "Neighbours involved in designing a project oppose it less.",
      },
    },
    {
      source: "oc_s_local_revenue",
      target: "oc_m_reinvestment",
      evidence: "moderate",
      assumption: {
        fr: "Les sociétaires choisissent de réinvestir plutôt que de distribuer l'essentiel des bénéfices.",
        en: "Members choose to reinvest rather than pay out most of the profits.",
      },
    },
    {
      source: "oc_s_local_revenue",
      target: "oc_m_local_acceptance",
      evidence: "weak",
      assumption: {
        fr: "Des retombées visibles pour la commune rendent les projets plus légitimes aux yeux des habitants.",
        en: "Visible benefits for the municipality make projects more legitimate in residents' eyes.",
      },
    },
    {
      source: "oc_m_sufficiency_practices",
      target: "oc_l_emissions_avoided",
      evidence: "moderate",
      assumption: {
        fr: "Les économies d'énergie ne sont pas annulées par un effet rebond.",
        en: "Energy savings are not cancelled out by a rebound effect.",
      },
    },
    {
      source: "oc_m_local_acceptance",
      target: "oc_l_energy_autonomy",
      evidence: "weak",
      assumption: {
        fr: "Une meilleure acceptation accélère le déploiement d'autres installations sur le territoire.",
        en: "Better acceptance speeds up the roll-out of further installations in the area.",
      },
    },
    {
      source: "oc_m_reinvestment",
      target: "oc_l_energy_autonomy",
      evidence: "moderate",
      assumption: {
        fr: "Les nouveaux projets financés augmentent la part d'énergie produite localement.",
        en: "The new projects financed raise the share of energy produced locally.",
      },
    },
    {
      source: "oc_m_reinvestment",
      target: "oc_l_emissions_avoided",
      evidence: "moderate",
      assumption: {
        fr: "L'électricité des nouvelles centrales remplace une production plus carbonée.",
        en: "Electricity from the new plants replaces more carbon-intensive generation.",
      },
    },
    {
      source: "oc_l_emissions_avoided",
      target: "impact_citizen_transition",
      evidence: "weak",
      assumption: {
        fr: "Les réductions locales s'additionnent à celles d'autres territoires engagés.",
        en: "Local reductions add up with those of other committed areas.",
      },
    },
    {
      source: "oc_l_energy_autonomy",
      target: "impact_citizen_transition",
      evidence: "weak",
      assumption: {
        fr: "Le modèle citoyen essaime et ses bénéfices profitent aussi aux ménages modestes.",
        en: "The citizen model spreads and its benefits also reach low-income households.",
      },
    },
    {
      source: "oc_m_reinvestment",
      target: "act_plant_development",
      evidence: "moderate",
      feedbackLoop: true,
      assumption: {
        fr: "Les bénéfices réinvestis financent de nouvelles centrales, qui génèrent à leur tour des revenus.",
        en: "Reinvested profits fund new plants, which in turn generate revenue.",
      },
    },
  ],
};
