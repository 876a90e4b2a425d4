import type { CriterionKind } from "@ricochet/domain";

/**
 * The federation's common framework (référentiel commun): built in an evaluation of its own,
 * published to its members, and adopted by the Vercors cooperative next to its own indicators.
 * Built-in public indicators only, so that every member sees them.
 */
export interface DemoNetworkFramework {
  organisation: string;
  author: string;
  title: string;
  name: string;
  description: string;
  changeNote: string;
  questions: Array<{
    text: string;
    criteria: Array<{ kind: CriterionKind; label?: string; indicators: string[] }>;
  }>;
  /** Member organisations whose demo evaluation adopts it, by key. */
  adoptedBy: string[];
}

export const DEMO_NETWORK_FRAMEWORK: DemoNetworkFramework = {
  organisation: "federation",
  author: "camille",
  title: "Référentiel commun des CAE 2026",
  name: "Référentiel commun des CAE 2026",
  description:
    "Les questions, critères et indicateurs que toutes les coopératives du réseau mesurent de la même façon, pour une synthèse nationale comparable.",
  changeNote: "Première version, validée par le conseil d'administration de la fédération.",
  questions: [
    {
      text: "Le parcours en coopérative permet-il aux entrepreneurs de vivre durablement de leur activité ?",
      criteria: [
        { kind: "effectiveness", indicators: ["ENT-REMUNERATION-MENSUELLE", "ENT-SOCIETARIAT"] },
        { kind: "sustainability", indicators: ["ENT-PERENNITE-3ANS"] },
      ],
    },
    {
      text: "Les entrepreneurs gagnent-ils en confiance et en pouvoir d'agir ?",
      criteria: [{ kind: "impact", indicators: ["GEN-CONFIANCE-SOI", "GEN-POUVOIR-AGIR"] }],
    },
  ],
  adoptedBy: ["vercors"],
};
