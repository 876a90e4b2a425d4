import { describe, expect, it } from "vitest";
import { computeSroi, type SroiModelInput, type SroiResult } from "../src/sroi/index.ts";

const f = (value: number, justification: string) => ({ value, justification });

/**
 * A textbook-style impact map laid out as the SVUK guide's value map: a lunch club for older
 * people, three outcomes for two stakeholders, two of them starting after the activity
 * (start = 2) and all of them dropping off. r = 3.5 %, SVUK conventions.
 *
 * Inputs: commune 15 000.00 + foundation 7 500.50 + 120 volunteer hours × 11.65 = 1 398.00
 *   I = 23 898.50
 *
 * 1. Participants — better diet: Q 40, P 450, DW 25 %, DS 0, AT 10 %, DO 20 %, L 3, start 1
 *    impact = 40 × 450 × 0.75 × 1 × 0.9 = 12 150; years 1–3: 12 150, 9 720, 7 776
 * 2. Participants — less isolation: Q 25, P 1 200, DW 30 %, DS 0, AT 20 %, DO 50 %, L 2, start 2
 *    impact = 25 × 1 200 × 0.7 × 1 × 0.8 = 16 800; years 2–3: 16 800, 8 400
 * 3. Commune — fewer home-help hours: Q 10, P 800, DW 50 %, DS 10 %, AT 40 %, DO 25 %, L 4, start 2
 *    impact = 10 × 800 × 0.5 × 0.9 × 0.6 = 2 160; years 2–5: 2 160, 1 620, 1 215, 911.25
 *
 * Year totals: y1 12 150; y2 9 720 + 16 800 + 2 160 = 28 680; y3 7 776 + 8 400 + 1 620 = 17 796;
 *   y4 1 215; y5 911.25 (undiscounted total 60 752.25)
 * Discounted (÷ 1.035^t): y1 11 739.130435; y2 28 680 / 1.071225 = 26 773.086887;
 *   y3 17 796 / 1.108717875 = 16 050.972390; y4 1 215 / 1.147523000625 = 1 058.802307;
 *   y5 911.25 / 1.187686305646875 = 767.248048
 * PV = 56 389.240066; NPV = 56 389.240066 − 23 898.50 = 32 490.740066
 * SROI ratio = 56 389.240066 / 23 898.50 = 2.3595305 ; net ratio = 1.3595305
 * Per outcome PV: diet 27 826.360922, isolation 23 259.298494, home help 5 303.580651
 * Payback (impact map) = 23 898.50 / ((12 150 + 16 800 + 2 160) / 12) = 23 898.50 / 2 592.5 = 9.218322 months
 * Payback (calendar year 1 only) = 23 898.50 / (12 150 / 12) = 23.603457 months
 */
const lunchClub: SroiModelInput = {
  inputs: [
    {
      label: "Subvention de fonctionnement",
      stakeholder: "Commune",
      value: "15000.00",
      source: "Convention 2024",
    },
    { label: "Appel à projets", stakeholder: "Fondation", value: "7500,50", source: "Notification" },
    {
      label: "Bénévolat (120 h × 11,65 €)",
      stakeholder: "Bénévoles",
      value: 1398,
      source: "SMIC horaire brut 2024",
      contributionId: "contrib-benevolat",
    },
  ],
  outcomes: [
    {
      id: "diet",
      stakeholder: "Participants",
      outcome: "Alimentation plus équilibrée",
      indicator: { label: "Participants déclarant manger mieux" },
      quantity: 40,
      duration: 3,
      start: 1,
      proxy: {
        value: 450,
        year: 2024,
        source: "Coût d'un atelier nutrition",
        description: "par personne et par an",
      },
      deadweight: f(0.25, "Enquête auprès d'un groupe de comparaison"),
      displacement: f(0, "Aucune activité déplacée"),
      attribution: f(0.1, "Le médecin traitant y contribue"),
      dropOff: f(0.2, "Les habitudes s'estompent"),
    },
    {
      id: "isolation",
      stakeholder: "Participants",
      outcome: "Moins d'isolement",
      indicator: { label: "Score UCLA de solitude amélioré" },
      quantity: 25,
      duration: 2,
      start: 2,
      proxy: {
        value: 1200,
        year: 2024,
        source: "Coût d'adhésion à un club",
        description: "par personne et par an",
      },
      deadweight: f(0.3, "Enquête"),
      displacement: f(0, "—"),
      attribution: f(0.2, "Familles et voisins"),
      dropOff: f(0.5, "Liens fragiles sans le club"),
    },
    {
      id: "home-help",
      stakeholder: "Commune",
      outcome: "Moins d'heures d'aide à domicile",
      indicator: { label: "Heures d'aide à domicile évitées" },
      quantity: 10,
      duration: 4,
      start: 2,
      proxy: { value: 800, year: 2024, source: "Tarif CCAS", description: "par bénéficiaire et par an" },
      deadweight: f(0.5, "Tendance départementale"),
      displacement: f(0.1, "Report partiel vers d'autres services"),
      attribution: f(0.4, "Autres actions du CCAS"),
      dropOff: f(0.25, "Estimation"),
    },
  ],
  discountRate: 0.035,
};

function compute(input: SroiModelInput): SroiResult {
  const output = computeSroi(input);
  if (!output.ok) throw new Error(JSON.stringify(output.issues));
  return output.result;
}

describe("textbook lunch club, start = 2 and drop-off", () => {
  const r = compute(lunchClub);

  it("impacts and year series of each outcome", () => {
    expect(r.outcomes.map((o) => o.impact)).toEqual([12150, 16800, 2160]);
    expect(r.outcomes.map((o) => [o.firstYear, o.lastYear])).toEqual([
      [1, 3],
      [2, 3],
      [2, 5],
    ]);
    const values = r.outcomes.map((o) => o.years.map((y) => y.value));
    const expected = [
      [12150, 9720, 7776],
      [16800, 8400],
      [2160, 1620, 1215, 911.25],
    ];
    expected.forEach((row, i) => {
      row.forEach((v, k) => {
        expect(values[i]?.[k]).toBeCloseTo(v, 9);
      });
    });
    const pvs = r.outcomes.map((o) => o.presentValue);
    expect(pvs[0]).toBeCloseTo(27826.360922, 6);
    expect(pvs[1]).toBeCloseTo(23259.298494, 6);
    expect(pvs[2]).toBeCloseTo(5303.580651, 6);
  });

  it("year totals over the 5-year horizon", () => {
    expect(r.conventions.horizonYears).toBe(5);
    const expected = [
      [12150, 11739.130435],
      [28680, 26773.086887],
      [17796, 16050.97239],
      [1215, 1058.802307],
      [911.25, 767.248048],
    ];
    expect(r.years.map((y) => y.year)).toEqual([1, 2, 3, 4, 5]);
    expected.forEach(([value, pv], k) => {
      expect(r.years[k]?.value).toBeCloseTo(value ?? 0, 9);
      expect(r.years[k]?.presentValue).toBeCloseTo(pv ?? 0, 6);
    });
    expect(r.totalValue).toBeCloseTo(60752.25, 9);
  });

  it("PV, investment to the cent, NPV, ratios", () => {
    expect(r.investment.text).toBe("23898.50");
    expect(r.presentValue).toBeCloseTo(56389.240066, 6);
    expect(r.netPresentValue).toBeCloseTo(32490.740066, 6);
    expect(r.ratio).toBeCloseTo(2.3595305172, 10);
    expect(r.netRatio).toBeCloseTo(1.3595305172, 10);
  });

  it("per stakeholder", () => {
    expect(r.stakeholders.map((s) => [s.stakeholder, s.outcomeIds])).toEqual([
      ["Participants", ["diet", "isolation"]],
      ["Commune", ["home-help"]],
    ]);
    expect(r.stakeholders[0]?.presentValue).toBeCloseTo(51085.659415, 5); // 27 826.360922 + 23 259.298494
    expect(r.stakeholders[1]?.impact).toBe(2160);
  });

  it("payback under each basis", () => {
    expect(r.payback.months).toBeCloseTo(9.218322083, 9);
    expect(r.payback.shiftedOutcomeIds).toEqual(["isolation", "home-help"]);
    const calendar = compute({ ...lunchClub, conventions: { paybackBasis: "calendar-year-1" } });
    expect(calendar.payback.months).toBeCloseTo(23.60345679, 8);
    expect(calendar.payback.yearOneImpact).toBe(12150);
  });
});
