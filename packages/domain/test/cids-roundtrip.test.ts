import { describe, expect, it } from "vitest";
import { CIDS_CONTEXT_URL, type CidsNode, fromCids, type ImpactModelSnapshot, toCids } from "../src/index.ts";
import { jobInsertionModel } from "./cids-fixtures.ts";

const byId = (nodes: CidsNode[], id: string) => {
  const found = nodes.find((n) => n["@id"] === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};

describe("toCids", () => {
  it("writes the CIDS context, stable IRIs and the CIDS classes and properties", () => {
    const document = toCids(jobInsertionModel());
    expect(document["@context"][0]).toBe(CIDS_CONTEXT_URL);
    const graph = document["@graph"];
    const model = "urn:ricochet:evaluation:eval-1";
    expect(byId(graph, "urn:ricochet:organisation:org-1")).toMatchObject({
      "@type": "cids:Organization",
      "org:hasLegalName": "Jardin de Cocagne du Trièves",
    });
    expect(byId(graph, model)).toMatchObject({
      "@type": "cids:ImpactPathway",
      hasName: "Effets du chantier d'insertion (2025)",
      forOrganization: "urn:ricochet:organisation:org-1",
    });
    expect(byId(graph, `${model}/toc/oc2`)).toMatchObject({
      "@type": "cids:Outcome",
      hasIndicator: [`${model}/indicator/EMP-SORTIE-DYN`],
      canProduce: [`${model}/toc/imp`],
      canEnable: [`${model}/toc/act`],
      "ricochet:tocNodeType": "outcome_medium",
    });
    expect(byId(graph, `${model}/toc/act`)).toMatchObject({
      "@type": "cids:Activity",
      hasInput: [`${model}/toc/in`],
      hasOutput: [`${model}/toc/out`],
    });
    expect(byId(graph, `${model}/stakeholder-outcome/oc1/st-benevoles`)).toMatchObject({
      "@type": "cids:StakeholderOutcome",
      forStakeholder: `${model}/stakeholder/st-benevoles`,
      forOutcome: `${model}/toc/oc1`,
    });
    const indicator = byId(graph, `${model}/indicator/EMP-SORTIE-DYN`);
    expect(indicator).toMatchObject({
      "@type": "cids:Indicator",
      hasIdentifier: "EMP-SORTIE-DYN",
      hasName: "Taux de sorties dynamiques",
      unitDescription: "%",
      hasBaseline: { "@type": "i72:Measure", "i72:numerical_value": "42.5" },
    });
    // Two outcomes: cids:forOutcome is functional, so the links go through Outcome.hasIndicator.
    expect(indicator.forOutcome).toBeUndefined();
    expect(byId(graph, `${model}/indicator/JARDIN-CONFIANCE`).forOutcome).toBe(`${model}/toc/oc1`);
    expect(byId(graph, `${model}/toc/need`)["@type"]).toBe("ricochet:Need");
    // The same model gives the same document: ids are derived, never random.
    expect(toCids(jobInsertionModel())).toEqual(document);
  });
});

describe("fromCids", () => {
  it("reads back exactly what toCids wrote, through JSON text", () => {
    const model = jobInsertionModel();
    const text = JSON.stringify(toCids(model));
    const { model: back, warnings } = fromCids(JSON.parse(text));
    expect(back).toEqual(model);
    expect(warnings).toEqual([]);
  });

  it("round-trips an empty model and ids that need escaping", () => {
    const empty: ImpactModelSnapshot = {
      ...jobInsertionModel(),
      organisation: { id: "a b/c", name: "Asso" },
      evaluation: {
        ...jobInsertionModel().evaluation,
        id: "é/1",
        questions: [],
        purposes: [],
        audiences: [],
      },
      stakeholders: [],
      activities: [],
      contributions: [],
      theoryOfChange: { nodes: [], edges: [] },
      indicators: [],
    };
    expect(fromCids(JSON.parse(JSON.stringify(toCids(empty)))).model).toEqual(empty);
  });
});
