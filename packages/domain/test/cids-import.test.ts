import { describe, expect, it } from "vitest";
import { AppError, CIDS_CONTEXT_URL, type CidsDocument, fromCids, toCids } from "../src/index.ts";
import { jobInsertionModel } from "./cids-fixtures.ts";

/** The AppError fromCids throws for `json`, or a failure when it accepts it. */
function refusal(json: unknown): AppError {
  try {
    fromCids(json);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("fromCids accepted the document");
}

const CONTEXT = ["https://ontology.commonapproach.org/contexts/cidsContext.jsonld"];

/** A Basic/Essential tier file in the layout of Common Approach's own tools: a list of nodes. */
const foreignFile = () => [
  {
    "@context": CONTEXT,
    "@type": "cids:Organization",
    "@id": "https://spo.example.ca/Organization/1",
    "org:hasLegalName": "Food Bank of Somewhere",
    hasOutcome: ["https://spo.example.ca/Outcome/1", "https://spo.example.ca/Outcome/2"],
    hasIndicator: ["https://spo.example.ca/Indicator/6015"],
  },
  {
    "@context": CONTEXT,
    "@type": "cids:Theme",
    "@id": "https://metadata.un.org/sdg/2",
    hasName: "Zero hunger",
  },
  {
    "@context": CONTEXT,
    "@type": "cids:Stakeholder",
    "@id": "https://spo.example.ca/Stakeholder/families",
    hasName: "Families",
    hasDescription: "Low-income families of the district",
    hasImpactManagementNormsDefinition: "Client",
  },
  {
    "@context": CONTEXT,
    "@type": "cids:Outcome",
    "@id": "https://spo.example.ca/Outcome/1",
    hasName: "Improved food security",
    hasDescription: "Families eat enough.",
    forTheme: ["https://metadata.un.org/sdg/2"],
    forOrganization: "https://spo.example.ca/Organization/1",
    hasIndicator: ["https://spo.example.ca/Indicator/6015"],
    canProduce: ["https://spo.example.ca/Outcome/2"],
  },
  {
    "@context": CONTEXT,
    "@type": "cids:Outcome",
    "@id": "https://spo.example.ca/Outcome/2",
    "org:hasName": "Better health",
    hasDescription: "",
  },
  {
    "@context": CONTEXT,
    "@type": "cids:StakeholderOutcome",
    "@id": "https://spo.example.ca/StakeholderOutcome/1",
    hasName: "Food security for families",
    forStakeholder: "https://spo.example.ca/Stakeholder/families",
    forOutcome: "https://spo.example.ca/Outcome/1",
  },
  {
    "@context": CONTEXT,
    "@type": "cids:Indicator",
    "@id": "https://spo.example.ca/Indicator/6015",
    hasName: "Households served",
    hasDescription: "Number of households that received a food basket in the period.",
    "i72:unit_of_measure": { "@id": "https://spo.example.ca//UnitOfMeasure/Households" },
    forOrganization: "https://spo.example.ca/Organization/1",
    forOutcome: "https://spo.example.ca/Outcome/1",
    hasIdentifier: "6015",
    hasIndicatorReport: ["https://spo.example.ca/IndicatorReport/1"],
  },
  {
    "@context": CONTEXT,
    "@type": "cids:IndicatorReport",
    "@id": "https://spo.example.ca/IndicatorReport/1",
    hasName: "2024",
    "i72:value": { "@type": "i72:Measure", "i72:numerical_value": "312" },
    forIndicator: "https://spo.example.ca/Indicator/6015",
  },
];

describe("fromCids on another tool's file", () => {
  it("reads a Basic/Essential tier list of nodes, deriving links and warning about what it drops", () => {
    const { model, warnings } = fromCids(foreignFile());
    expect(model.organisation).toEqual({
      id: "https://spo.example.ca/Organization/1",
      name: "Food Bank of Somewhere",
    });
    expect(model.evaluation.title).toBe("Modèle d'impact importé — Food Bank of Somewhere");
    expect(model.stakeholders).toEqual([
      expect.objectContaining({
        name: "Families",
        category: "beneficiaries",
        expectedChanges: "Low-income families of the district",
      }),
    ]);
    const [first, second] = model.theoryOfChange.nodes;
    expect(first).toMatchObject({ label: "Improved food security", type: "outcome_short" });
    expect(first?.stakeholderIds).toEqual([model.stakeholders[0]?.id]);
    expect(second).toMatchObject({ label: "Better health", description: null });
    expect(model.theoryOfChange.edges).toEqual([
      expect.objectContaining({ source: first?.id, target: second?.id, evidence: "none" }),
    ]);
    expect(model.indicators).toEqual([
      expect.objectContaining({
        code: "CIDS-6015",
        name: { fr: "Households served", en: "Households served" },
        unit: { fr: "Households", en: "Households" },
        details: null,
        outcomeNodeIds: [first?.id],
      }),
    ]);
    const english = warnings.map((w) => w.en).join("\n");
    expect(english).toContain("cids:Theme");
    expect(english).toContain("cids:IndicatorReport");
    expect(english).toContain("CIDS-6015");
    expect(english).toContain("no impact model");
    expect(warnings.every((w) => w.fr.length > 0 && w.en.length > 0)).toBe(true);
  });

  it("accepts the older context names and full IRIs for types and properties", () => {
    const [org, , stakeholder] = foreignFile();
    const { model } = fromCids({
      "@context": "https://ontology.commonapproach.org/contexts/cidsContext.json",
      "@graph": [
        { ...org, "@context": undefined },
        {
          "@type": "https://ontology.commonapproach.org/cids#Stakeholder",
          "@id": stakeholder?.["@id"],
          "http://ontology.eil.utoronto.ca/tove/organization#hasName": "Familles",
        },
      ],
    });
    expect(model.stakeholders.map((s) => s.name)).toEqual(["Familles"]);
  });
});

describe("fromCids refuses what would import wrong, with every reason in both languages", () => {
  it("a document without @context, or with another one", () => {
    const document = toCids(jobInsertionModel()) as Partial<CidsDocument>;
    const missing = refusal({ "@graph": document["@graph"] });
    expect(missing.code).toBe("CIDS_INVALID");
    expect(missing.status).toBe(422);
    expect(missing.issues[0]).toMatchObject({ path: "@context" });
    expect(missing.issues[0]?.message.fr).toContain("@context manque");
    expect(missing.issues[0]?.message.en).toContain("@context is missing");
    const other = refusal({ "@context": "https://schema.org/", "@graph": [] });
    expect(other.issues[0]?.message.en).toContain("does not refer to the CIDS context");
    expect(other.describe("fr")).toContain("rien n'a été importé");
    expect(refusal("not json-ld").issues[0]?.path).toBe("(document)");
    const perNode = refusal([{ "@type": "cids:Organization", "@id": "x" }]);
    expect(perNode.issues[0]?.path).toBe("[0].@context");
  });

  it("an unknown @type, a node without @id, two nodes with the same @id", () => {
    const error = refusal({
      "@context": CIDS_CONTEXT_URL,
      "@graph": [
        { "@id": "urn:x:1", "@type": "cids:Banana", hasName: "?" },
        { "@type": "cids:Outcome", hasName: "No id" },
        { "@id": "urn:x:2", "@type": "cids:Outcome", hasName: "A" },
        { "@id": "urn:x:2", "@type": "cids:Outcome", hasName: "B" },
      ],
    });
    const paths = error.issues.map((i) => i.path);
    expect(paths).toEqual(["@graph[0].@type", "@graph[1].@id", "@graph[3].@id"]);
    expect(error.issues[0]?.message.fr).toContain("Type inconnu « cids:Banana »");
    expect(error.issues[0]?.message.en).toContain("Unknown type “cids:Banana”");
  });

  it("an outcome that refers to a stakeholder not in the file, and a causal link to nowhere", () => {
    const document = toCids(jobInsertionModel());
    const graph = document["@graph"].filter(
      (n) => n["@id"] !== "urn:ricochet:evaluation:eval-1/stakeholder/st-benevoles",
    );
    const link = graph.find((n) => n["@id"].endsWith("/toc-link/e4"));
    if (link) link["ricochet:target"] = "urn:ricochet:evaluation:eval-1/toc/ghost";
    const error = refusal({ ...document, "@graph": graph });
    const messages = error.issues.map((i) => `${i.path} ${i.message.en}`);
    expect(messages.some((m) => m.includes("forStakeholder") && m.includes("st-benevoles"))).toBe(true);
    expect(messages.some((m) => m.includes("ricochet:target") && m.includes("ghost"))).toBe(true);
    expect(error.issues.every((i) => i.message.fr !== i.message.en)).toBe(true);
  });

  it("values Ricochet's own rules refuse, under the CIDS property they come from", () => {
    const document = toCids(jobInsertionModel());
    const stakeholder = document["@graph"].find((n) => n["@id"].endsWith("/stakeholder/st-salaries"));
    if (stakeholder) stakeholder["ricochet:category"] = "aliens";
    const model = document["@graph"].find((n) => n["@id"] === "urn:ricochet:evaluation:eval-1");
    if (model) model.hasName = "X";
    const error = refusal(document);
    const paths = error.issues.map((i) => i.path);
    expect(paths).toContain("@graph[1].hasName");
    expect(paths).toContain("@graph[2].ricochet:category");
  });
});
