import type { ImpactModelSnapshot, IndicatorContent, SnapshotIndicator } from "../src/index.ts";
import { BUILT_IN_INDICATORS } from "../src/index.ts";

function builtIn(code: string): IndicatorContent {
  const found = BUILT_IN_INDICATORS.find((i) => i.code === code);
  if (!found) throw new Error(`built-in indicator ${code} missing`);
  return found;
}

/** A library indicator as an evaluation pins it, with its own baseline, target and outcomes. */
export function pinned(code: string, outcomeNodeIds: string[], extra: Partial<SnapshotIndicator> = {}) {
  const { code: _code, name, definition, unit, type, ...details } = builtIn(code);
  return {
    code,
    name,
    definition,
    unit,
    type,
    details,
    outcomeNodeIds,
    baseline: { value: null, date: null, note: null },
    target: { value: null, date: null },
    ...extra,
  } satisfies SnapshotIndicator;
}

/** A small but complete model: every kind of node, links CIDS can and cannot express, a value chain. */
export function jobInsertionModel(): ImpactModelSnapshot {
  return {
    organisation: { id: "org-1", name: "Jardin de Cocagne du Trièves" },
    evaluation: {
      id: "eval-1",
      title: "Effets du chantier d'insertion (2025)",
      subject: "Le chantier maraîcher et l'accompagnement socio-professionnel.",
      subjectKind: "programme",
      purposes: ["improve", "demonstrate"],
      audiences: ["Conseil d'administration", "DDETS"],
      periodStart: "2025-01-01",
      periodEnd: "2025-12-31",
      territory: "Trièves",
      questions: ["Les salariés retrouvent-ils un emploi durable ?", "Le chantier rompt-il l'isolement ?"],
    },
    stakeholders: [
      {
        id: "st-salaries",
        name: "Salariés en insertion",
        category: "beneficiaries",
        estimatedSize: 24,
        involvement: "involved",
        expectedChanges: "Retrouver un emploi, reprendre confiance.",
      },
      {
        id: "st-benevoles",
        name: "Bénévoles",
        category: "volunteers",
        estimatedSize: null,
        involvement: "consulted",
        expectedChanges: null,
      },
    ],
    activities: [
      { id: "act-1", name: "Maraîchage bio", description: "Production et vente de paniers." },
      { id: "act-2", name: "Accompagnement", description: null },
    ],
    contributions: [
      {
        id: "c-1",
        stakeholderId: "st-benevoles",
        activityId: "act-2",
        kind: "volunteer_time",
        amount: null,
        hours: "320.00",
        hourlyValue: "15.20",
        description: "Ateliers CV",
        valueSource: "SMIC chargé",
      },
      {
        id: "c-2",
        stakeholderId: "st-salaries",
        activityId: "act-1",
        kind: "in_kind",
        amount: "1200.00",
        hours: null,
        hourlyValue: null,
        description: null,
        valueSource: "Prix du marché",
      },
    ],
    theoryOfChange: {
      nodes: [
        {
          id: "need",
          type: "need",
          label: "Chômage de longue durée",
          description: null,
          stakeholderIds: [],
          position: null,
        },
        {
          id: "in",
          type: "input",
          label: "Encadrants",
          description: null,
          stakeholderIds: [],
          position: null,
        },
        {
          id: "act",
          type: "activity",
          label: "Chantier maraîcher",
          description: "Travail encadré",
          stakeholderIds: ["st-salaries"],
          position: { x: 120, y: 40.5 },
        },
        {
          id: "out",
          type: "output",
          label: "Heures travaillées",
          description: null,
          stakeholderIds: [],
          position: null,
        },
        {
          id: "oc1",
          type: "outcome_short",
          label: "Confiance retrouvée",
          description: null,
          stakeholderIds: ["st-salaries", "st-benevoles"],
          position: null,
        },
        {
          id: "oc2",
          type: "outcome_medium",
          label: "Emploi durable",
          description: null,
          stakeholderIds: ["st-salaries"],
          position: null,
        },
        {
          id: "imp",
          type: "impact",
          label: "Inclusion",
          description: null,
          stakeholderIds: [],
          position: null,
        },
      ],
      edges: [
        { id: "e1", source: "need", target: "act", assumption: null, evidence: "none", feedbackLoop: false },
        {
          id: "e2",
          source: "in",
          target: "act",
          assumption: "Des encadrants formés",
          evidence: "moderate",
          feedbackLoop: false,
        },
        { id: "e3", source: "act", target: "out", assumption: null, evidence: "strong", feedbackLoop: false },
        { id: "e4", source: "out", target: "oc1", assumption: null, evidence: "weak", feedbackLoop: false },
        { id: "e5", source: "oc1", target: "oc2", assumption: null, evidence: "none", feedbackLoop: false },
        { id: "e6", source: "oc2", target: "imp", assumption: null, evidence: "none", feedbackLoop: false },
        {
          id: "e7",
          source: "oc2",
          target: "act",
          assumption: "Anciens salariés parrains",
          evidence: "none",
          feedbackLoop: true,
        },
      ],
    },
    indicators: [
      pinned("EMP-SORTIE-DYN", ["oc2", "imp"], {
        baseline: { value: "42.5", date: "2024-12-31", note: "Bilan 2024" },
        target: { value: "60", date: "2025-12-31" },
      }),
      {
        code: "JARDIN-CONFIANCE",
        name: { fr: "Confiance en soi", en: "Self-confidence" },
        definition: { fr: "Score moyen d'auto-évaluation.", en: "Mean self-assessment score." },
        unit: { fr: "points", en: "points" },
        type: "score",
        details: null,
        outcomeNodeIds: ["oc1"],
        baseline: { value: null, date: null, note: null },
        target: { value: null, date: null },
      },
    ],
  };
}
