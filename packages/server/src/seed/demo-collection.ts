import type { Answers, CampaignArm, CampaignWave } from "@ricochet/domain";
import {
  type DemoQuestionnaire,
  EPICERIE_QUESTIONNAIRE,
  VERCORS_QUESTIONNAIRE,
} from "./demo-questionnaires.ts";

// The demo's data collection: for each demo evaluation a questionnaire, a baseline and an endline
// campaign of the people supported (linked by pseudonymous codes), and a control group, with a
// few hundred answers drawn from a seeded generator: the same demo at every start.

export interface DemoCampaign {
  key: string;
  name: string;
  wave: CampaignWave;
  arm: CampaignArm;
  opensOn: string;
  closesOn: string;
  target: number;
  /** How many answers, and from whom: `panel` reuses the baseline's codes (attrition included). */
  answers: number;
  codes: "panel" | "none";
  status: "open" | "closed";
}

export interface DemoCollection {
  evaluation: string;
  author: string;
  questionnaire: DemoQuestionnaire;
  consent: { purpose: string; controller: string; retention: string; rights: string; contact: string };
  campaigns: DemoCampaign[];
  /** One answered questionnaire for a person of this wave and arm (`level` is who they are). */
  answer: (random: () => number, wave: CampaignWave, arm: CampaignArm, level: number) => Answers;
}

/** A small seeded generator (mulberry32): deterministic, good enough for demo data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const normal = (random: () => number) => {
  const u = Math.max(random(), 1e-9);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
};
const likert = (random: () => number, mean: number) =>
  String(clamp(Math.round(mean + normal(random) * 0.8), 1, 4));

/** Whether the supported people's situation has had time to change (endline of the treated). */
const effect = (wave: CampaignWave, arm: CampaignArm) =>
  wave === "endline" ? (arm === "control" ? 0.15 : 1) : 0;

const VERCORS_COMMENTS = [
  "Je ne suis plus seule face aux questions administratives.",
  "Le collectif m'a donné confiance pour augmenter mes tarifs.",
  "J'ai trouvé deux clients grâce à un autre entrepreneur de la coopérative.",
  "La comptabilité mutualisée me libère du temps.",
  "Je me verse enfin un salaire régulier.",
  "Les formations collectives m'ont beaucoup apporté.",
];

export const DEMO_COLLECTIONS: DemoCollection[] = [
  {
    evaluation: "vercors",
    author: "ines",
    questionnaire: VERCORS_QUESTIONNAIRE,
    consent: {
      purpose:
        "Mesurer ce que le parcours dans la coopérative change pour les entrepreneurs, afin d'améliorer l'accompagnement et d'en rendre compte à nos financeurs.",
      controller: "CAE Les Ateliers du Vercors, 12 rue de la Poste, 26150 Die",
      retention: "3 ans après la fin de l'évaluation (décembre 2029), puis suppression",
      rights:
        "Vous pouvez accéder à vos réponses, les corriger ou les faire effacer, et retirer votre accord à tout moment, en écrivant à l'adresse ci-dessous avec votre code de répondant.",
      contact: "donnees@ateliers-vercors.example",
    },
    campaigns: [
      {
        key: "base",
        name: "Mesure initiale — entrepreneurs accompagnés",
        wave: "baseline",
        arm: "treatment",
        opensOn: "2025-01-06",
        closesOn: "2025-02-28",
        target: 130,
        answers: 120,
        codes: "panel",
        status: "closed",
      },
      {
        key: "base-control",
        name: "Mesure initiale — groupe de comparaison",
        wave: "baseline",
        arm: "control",
        opensOn: "2025-01-06",
        closesOn: "2025-02-28",
        target: 80,
        answers: 70,
        codes: "none",
        status: "closed",
      },
      {
        key: "end",
        name: "Mesure finale — entrepreneurs accompagnés",
        wave: "endline",
        arm: "treatment",
        opensOn: "2026-01-05",
        closesOn: "2026-12-31",
        target: 120,
        answers: 104,
        codes: "panel",
        status: "open",
      },
      {
        key: "end-control",
        name: "Mesure finale — groupe de comparaison",
        wave: "endline",
        arm: "control",
        opensOn: "2026-01-05",
        closesOn: "2026-12-31",
        target: 70,
        answers: 60,
        codes: "none",
        status: "open",
      },
    ],
    answer(random, wave, arm, level) {
      const e = effect(wave, arm);
      const statut =
        e > 0.5 && random() < 0.35 ? "associe" : pick(random, ["test", "salarie", "salarie", "associe"]);
      const remuneration = Math.max(
        0,
        Math.round((900 + level * 350 + e * 260 + normal(random) * 220) / 10) * 10,
      );
      const answers: Answers = {
        statut,
        anciennete: pick(random, ["moins_1an", "1_3ans", "1_3ans", "plus_3ans"]),
        remuneration,
        confiance: {
          conf_avenir: likert(random, 2.3 + level * 0.3 + e * 0.7),
          conf_competences: likert(random, 2.4 + level * 0.3 + e * 0.6),
          conf_decider: likert(random, 2.6 + level * 0.2 + e * 0.5),
          conf_entourage: likert(random, 2.0 + e * 0.9),
        },
        satisfaction: clamp(Math.round(6.5 + e * 1.2 + normal(random) * 1.4), 0, 10),
      };
      if (statut !== "test") answers.heures = clamp(Math.round(28 + level * 6 + normal(random) * 7), 5, 70);
      if (random() < 0.3) answers.commentaire = pick(random, VERCORS_COMMENTS);
      return answers;
    },
  },
  {
    evaluation: "epicerie",
    author: "julien",
    questionnaire: EPICERIE_QUESTIONNAIRE,
    consent: {
      purpose:
        "Comprendre ce que l'épicerie solidaire change pour les familles du Trièves, pour mieux répondre à leurs besoins et le montrer à nos partenaires.",
      controller: "Épicerie solidaire Le Panier Partagé, place de la Halle, 38710 Mens",
      retention: "2 ans après la fin de l'évaluation, puis suppression",
      rights:
        "Vous pouvez consulter, corriger ou faire effacer vos réponses en nous écrivant ou en passant à l'épicerie avec votre code.",
      contact: "bonjour@epicerie-trieves.example",
    },
    campaigns: [
      {
        key: "base",
        name: "Familles inscrites — début 2026",
        wave: "baseline",
        arm: "treatment",
        opensOn: "2026-01-12",
        closesOn: "2026-03-15",
        target: 100,
        answers: 90,
        codes: "panel",
        status: "closed",
      },
      {
        key: "end",
        name: "Familles inscrites — fin 2026",
        wave: "endline",
        arm: "treatment",
        opensOn: "2026-10-01",
        closesOn: "2026-12-20",
        target: 90,
        answers: 78,
        codes: "panel",
        status: "open",
      },
      {
        key: "end-control",
        name: "Familles d'un canton voisin sans épicerie",
        wave: "endline",
        arm: "control",
        opensOn: "2026-10-01",
        closesOn: "2026-12-20",
        target: 80,
        answers: 65,
        codes: "none",
        status: "open",
      },
    ],
    answer(random, wave, arm, level) {
      const e = effect(wave, arm);
      const control = arm === "control";
      const personnes = clamp(Math.round(2.6 + normal(random) * 1.3), 1, 8);
      const answers: Answers = {
        commune: control ? "autre" : pick(random, ["mens", "mens", "clelles", "monestier"]),
        personnes,
        enfants: personnes > 2 && random() < 0.75 ? "yes" : "no",
        depense: Math.max(10, Math.round(personnes * (38 - e * 6 + normal(random) * 6))),
        produits_frais: pick(
          random,
          e > 0.5
            ? ["parfois", "souvent", "souvent", "toujours"]
            : ["jamais", "parfois", "parfois", "souvent"],
        ),
        renonce: random() < 0.55 - e * 0.22 - level * 0.05 ? "yes" : "no",
        liens: {
          lien_voisins: likert(random, 2.2 + e * 0.6),
          lien_aide: likert(random, 2.3 + level * 0.2 + e * 0.5),
          lien_seul: likert(random, 2.1 + e * 0.6),
        },
      };
      if (!control) answers.satisfaction = clamp(Math.round(7.2 + e * 0.8 + normal(random) * 1.2), 0, 10);
      return answers;
    },
  },
];
