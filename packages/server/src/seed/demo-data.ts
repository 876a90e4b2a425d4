import type { OrganisationKind, Role } from "@ricochet/domain";

// An invented but realistic French example: a federation of business and employment
// cooperatives (CAE) with two regional bodies, and an incubator following a cohort.

export const DEMO_PASSWORD = "Impact-Social-2026";

export interface DemoUser {
  key: string;
  name: string;
  email: string;
}

export const DEMO_USERS: DemoUser[] = [
  { key: "camille", name: "Camille Martin", email: "demo@ricochet.fr" },
  { key: "karim", name: "Karim Benali", email: "karim.benali@demo.ricochet.fr" },
  { key: "ines", name: "Inès Moreau", email: "ines.moreau@demo.ricochet.fr" },
  { key: "lucas", name: "Lucas Girard", email: "lucas.girard@demo.ricochet.fr" },
  { key: "sophie", name: "Sophie Lambert", email: "sophie.lambert@demo.ricochet.fr" },
  { key: "thomas", name: "Thomas Roux", email: "thomas.roux@demo.ricochet.fr" },
  { key: "nadia", name: "Nadia Haddad", email: "nadia.haddad@demo.ricochet.fr" },
  { key: "julien", name: "Julien Fabre", email: "julien.fabre@demo.ricochet.fr" },
  { key: "aurelie", name: "Aurélie Perrin", email: "aurelie.perrin@demo.ricochet.fr" },
];

export interface DemoOrganisation {
  key: string;
  name: string;
  kind: OrganisationKind;
  parent?: string;
  territory: string;
  sectorTags: string[];
  owner: string;
  members?: [userKey: string, role: Role][];
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    key: "federation",
    name: "Fédération Coopérer Ensemble",
    kind: "network",
    territory: "France",
    sectorTags: ["CAE", "entrepreneuriat collectif", "emploi"],
    owner: "camille",
    members: [
      ["karim", "admin"],
      ["aurelie", "viewer"],
    ],
  },
  {
    key: "aura",
    name: "Coopérer Ensemble Auvergne-Rhône-Alpes",
    kind: "regional_body",
    parent: "federation",
    territory: "Auvergne-Rhône-Alpes",
    sectorTags: ["CAE"],
    owner: "karim",
  },
  {
    key: "occitanie",
    name: "Coopérer Ensemble Occitanie",
    kind: "regional_body",
    parent: "federation",
    territory: "Occitanie",
    sectorTags: ["CAE"],
    owner: "camille",
  },
  {
    key: "vercors",
    name: "CAE Les Ateliers du Vercors",
    kind: "structure",
    parent: "aura",
    territory: "Drôme (26)",
    sectorTags: ["CAE", "artisanat", "bâtiment"],
    owner: "ines",
    members: [
      ["lucas", "evaluator"],
      ["camille", "evaluator"],
      ["aurelie", "contributor"],
    ],
  },
  {
    key: "vercors-die",
    name: "Les Ateliers du Vercors — antenne de Die",
    kind: "establishment",
    parent: "vercors",
    territory: "Die (26)",
    sectorTags: ["CAE"],
    owner: "ines",
  },
  {
    key: "rhone",
    name: "Rhône Solidaire Entreprendre",
    kind: "structure",
    parent: "aura",
    territory: "Rhône (69)",
    sectorTags: ["CAE", "services aux personnes", "numérique"],
    owner: "lucas",
  },
  {
    key: "isere",
    name: "Grésivaudan Coop Activités",
    kind: "structure",
    parent: "aura",
    territory: "Isère (38)",
    sectorTags: ["CAE", "transition écologique"],
    owner: "karim",
  },
  {
    key: "garonne",
    name: "CAE Garonne Initiatives",
    kind: "structure",
    parent: "occitanie",
    territory: "Haute-Garonne (31)",
    sectorTags: ["CAE", "culture", "formation"],
    owner: "sophie",
    members: [["thomas", "evaluator"]],
  },
  {
    key: "cevennes",
    name: "Cévennes Entreprendre Coopérative",
    kind: "structure",
    parent: "occitanie",
    territory: "Gard (30)",
    sectorTags: ["CAE", "agriculture", "tourisme"],
    owner: "thomas",
  },
  {
    key: "incubator",
    name: "Incubateur Tremplin ESS",
    kind: "support_organisation",
    territory: "Auvergne-Rhône-Alpes",
    sectorTags: ["incubation", "accompagnement"],
    owner: "nadia",
    members: [["julien", "evaluator"]],
  },
  {
    key: "epicerie",
    name: "Épicerie solidaire Le Panier Partagé",
    kind: "structure",
    territory: "Trièves (38)",
    sectorTags: ["alimentation", "commerce rural", "lien social"],
    owner: "julien",
  },
  {
    key: "recyclerie",
    name: "Recyclerie du Val — atelier chantier d'insertion",
    kind: "structure",
    territory: "Valence (26)",
    sectorTags: ["insertion par l'activité économique", "réemploi"],
    owner: "sophie",
  },
  {
    key: "mobilite",
    name: "Mobilité Inclusive Isère",
    kind: "structure",
    territory: "Grenoble (38)",
    sectorTags: ["handicap", "mobilité", "transport adapté"],
    owner: "nadia",
  },
];

export const DEMO_COHORT = {
  support: "incubator",
  cohort: "Promotion 2026 — mesure d'impact",
  startsOn: "2026-01-15",
  endsOn: "2027-01-14",
  members: ["epicerie", "recyclerie", "mobilite"],
};
