/**
 * Terms of the Common Impact Data Standard (CIDS, Common Approach to Impact Measurement) that
 * Ricochet reads and writes. Every term below was checked against the published ontology
 * (cids.ttl, version 3.1) and its JSON-LD context (contexts/cidsContext.jsonld); what CIDS has no
 * term for lives in Ricochet's own extension namespace rather than in an invented `cids:` term.
 * See docs/interop/cids.md.
 */

export const CIDS_NAMESPACE = "https://ontology.commonapproach.org/cids#";

/**
 * The context Common Approach publishes and its own test files reference. Older tools wrote the
 * `.json` name, or the University of Toronto address the ontology started at: those are read too.
 */
export const CIDS_CONTEXT_URL = "https://ontology.commonapproach.org/contexts/cidsContext.jsonld";
export const CIDS_ACCEPTED_CONTEXTS: readonly string[] = [
  CIDS_CONTEXT_URL,
  "https://ontology.commonapproach.org/contexts/cidsContext.json",
  "http://ontology.commonapproach.org/contexts/cidsContext.jsonld",
  "http://ontology.commonapproach.org/contexts/cidsContext.json",
  "https://ontology.commonapproach.org/cids.jsonld",
  "http://ontology.eil.utoronto.ca/cids/contexts/cidsContext.json",
];

/** Ricochet's extension namespace: for what CIDS does not model (node kinds, causal links…). */
export const RICOCHET_NAMESPACE = "https://ricochet.example/ns#";

/**
 * Prefixes the CIDS context declares, with their IRIs: an importer meets full IRIs as well as
 * compact ones, and folds both to the compact form. `oep` (part-whole) is declared there too.
 */
export const CIDS_PREFIXES: Readonly<Record<string, string>> = {
  cids: CIDS_NAMESPACE,
  org: "http://ontology.eil.utoronto.ca/tove/organization#",
  i72: "http://ontology.eil.utoronto.ca/ISO21972/iso21972#",
  ic: "http://ontology.eil.utoronto.ca/tove/icontact#",
  act: "http://ontology.eil.utoronto.ca/tove/activity#",
  oep: "http://www.w3.org/2001/sw/BestPractices/OEP/SimplePartWhole/part.owl#",
  prov: "http://www.w3.org/ns/prov#",
  sch: "http://schema.org/",
  sff: "http://ontology.commonapproach.org/sff#",
  time: "http://www.w3.org/2006/time#",
  ricochet: RICOCHET_NAMESPACE,
};

/**
 * The inline part of the exported `@context`: the extension prefix (the CIDS context does not
 * know it) and, for the compact-IRI keys the published context leaves undefined, what their
 * values are — links (`@id`), a JSON literal, an ordered list — so a JSON-LD processor reads
 * them as meant. JSON-LD 1.1 for the `@json` literal.
 */
export const RICOCHET_CONTEXT = {
  "@version": 1.1,
  ricochet: RICOCHET_NAMESPACE,
  "oep:partOf": { "@type": "@id" },
  "cids:inputFor": { "@type": "@id" },
  "ricochet:source": { "@type": "@id" },
  "ricochet:target": { "@type": "@id" },
  "ricochet:concernsStakeholder": { "@type": "@id" },
  "ricochet:hasNeed": { "@type": "@id" },
  "ricochet:indicatorContent": { "@type": "@json" },
  "ricochet:evaluativeQuestions": { "@container": "@list" },
} as const;

/** CIDS classes Ricochet maps, in compact form. */
export const CIDS_CLASSES = {
  organization: "cids:Organization",
  impactModel: "cids:ImpactModel",
  impactPathway: "cids:ImpactPathway",
  outcomeChain: "cids:OutcomeChain",
  stakeholder: "cids:Stakeholder",
  beneficialStakeholder: "cids:BeneficialStakeholder",
  contributingStakeholder: "cids:ContributingStakeholder",
  stakeholderOutcome: "cids:StakeholderOutcome",
  outcome: "cids:Outcome",
  indicator: "cids:Indicator",
  activity: "cids:Activity",
  service: "cids:Service",
  output: "cids:Output",
  input: "cids:Input",
  financialInput: "cids:FinancialInput",
  skillInput: "cids:SkillInput",
  physicalInput: "cids:PhysicalInput",
  target: "cids:Target",
  measure: "i72:Measure",
} as const;

/** Ricochet's own classes, for what CIDS has no class for. */
export const RICOCHET_CLASSES = {
  need: "ricochet:Need",
  causalLink: "ricochet:CausalLink",
  valueChainActivity: "ricochet:ValueChainActivity",
  contribution: "ricochet:Contribution",
} as const;

/**
 * CIDS (and companion) classes an importer recognises but Ricochet does not hold: reports of
 * results, themes, codes, addresses… They are skipped with a warning, never refused.
 */
export const CIDS_IGNORED_CLASSES: readonly string[] = [
  "cids:Theme",
  "cids:Code",
  "cids:IndicatorReport",
  "cids:ImpactReport",
  "cids:ImpactScale",
  "cids:ImpactDepth",
  "cids:ImpactDuration",
  "cids:HowMuchImpact",
  "cids:ImpactRisk",
  "cids:Counterfactual",
  "cids:Characteristic",
  "cids:CharacteristicReport",
  "cids:StakeholderReport",
  "cids:Target",
  "cids:Program",
  "cids:Person",
  "cids:Address",
  "cids:OrganizationID",
  "cids:OrganizationProfile",
  "cids:Population",
  "cids:Locality",
  "cids:Sector",
  "cids:ProvinceTerritory",
  "cids:OrganizationType",
  "cids:PopulationServed",
  "cids:FundingStatus",
  "cids:FundingState",
  "cids:TeamProfile",
  "cids:EDGProfile",
  "cids:EquityDeservingGroup",
  "cids:CorporateRegistrar",
  "cids:ReportInfo",
  "ic:Address",
  "ic:PhoneNumber",
  "org:OrganizationID",
  "i72:Measure",
  "time:DateTimeInterval",
  "time:Instant",
];

/**
 * The Impact Management Norms roles CIDS gives stakeholders (hasImpactManagementNormsDefinition),
 * read as Ricochet's closest category.
 */
export const IMPACT_NORMS_ROLE_CATEGORIES: Readonly<Record<string, string>> = {
  client: "beneficiaries",
  community: "local_community",
  employee: "staff",
  supplier: "businesses",
  planet: "other",
};
