import { CONTRIBUTION_KIND_LABELS, type ContributionKind } from "../evaluations/evaluation-vocabulary.ts";
import { isMeasurableNodeType } from "../frameworks/framework-coverage.ts";
import type { TocNodeType } from "../theory-of-change/toc-vocabulary.ts";
import { CIDS_CLASSES, CIDS_CONTEXT_URL, RICOCHET_CLASSES, RICOCHET_CONTEXT } from "./cids-vocabulary.ts";
import type { ImpactModelSnapshot, SnapshotIndicator, SnapshotTocNode } from "./impact-model-snapshot.ts";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** One node of the graph: an `@id`, one or more `@type`s, and its properties. */
export type CidsNode = { "@id": string; "@type": string | string[] } & { [key: string]: JsonValue };

/** A CIDS file as Ricochet writes it: one context, one graph of nodes (a plain JSON object). */
export type CidsDocument = {
  "@context": JsonValue[];
  "@graph": CidsNode[];
};

/** Path segments of the IRIs of the parts of a model, under the model's own IRI. */
export const CIDS_IRI_SEGMENTS = {
  stakeholder: "stakeholder",
  tocNode: "toc",
  tocLink: "toc-link",
  stakeholderOutcome: "stakeholder-outcome",
  indicator: "indicator",
  activity: "value-chain-activity",
  contribution: "contribution",
} as const;

/** An id that already is an IRI (a model first imported from another tool) is kept as it is. */
const isIri = (id: string) => /^[a-z][a-z0-9+.-]*:/i.test(id);

export function cidsOrganisationIri(organisationId: string): string {
  return isIri(organisationId)
    ? organisationId
    : `urn:ricochet:organisation:${encodeURIComponent(organisationId)}`;
}

export function cidsModelIri(evaluationId: string): string {
  return isIri(evaluationId) ? evaluationId : `urn:ricochet:evaluation:${encodeURIComponent(evaluationId)}`;
}

/** Stable IRIs: the same evaluation exported twice gives the same ids, so graphs can be merged. */
export function cidsChildIri(modelIri: string, segment: string, ...ids: string[]): string {
  return `${modelIri}/${segment}/${ids.map(encodeURIComponent).join("/")}`;
}

/** The CIDS class (or Ricochet's, for needs) each node type of a theory of change maps to. */
export function cidsClassOfNodeType(type: TocNodeType): string {
  if (isMeasurableNodeType(type)) return CIDS_CLASSES.outcome;
  if (type === "activity") return CIDS_CLASSES.activity;
  if (type === "output") return CIDS_CLASSES.output;
  if (type === "input") return CIDS_CLASSES.input;
  return RICOCHET_CLASSES.need;
}

const INPUT_CLASS_OF_KIND: Record<ContributionKind, string> = {
  money: CIDS_CLASSES.financialInput,
  in_kind: CIDS_CLASSES.physicalInput,
  volunteer_time: CIDS_CLASSES.skillInput,
  staff_time: CIDS_CLASSES.skillInput,
};

/** An ISO/IEC 21972 measure, the way CIDS files write numbers (as strings). */
function measure(value: string, unit: string): JsonValue {
  return { "@type": CIDS_CLASSES.measure, "i72:numerical_value": value, unitDescription: unit };
}

/** Drops absent values and empty lists: JSON-LD ignores nulls anyway, and files stay readable. */
function compact(entries: Record<string, JsonValue | undefined>): { [key: string]: JsonValue } {
  const out: { [key: string]: JsonValue } = {};
  for (const [key, value] of Object.entries(entries)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out;
}

function node(
  id: string,
  type: string | string[],
  properties: Record<string, JsonValue | undefined>,
): CidsNode {
  return { "@id": id, "@type": type, ...compact(properties) };
}

/** A JSON literal: optional fields left undefined must not reach the file. */
const asJson = (value: unknown): JsonValue => JSON.parse(JSON.stringify(value)) as JsonValue;

/**
 * An evaluation's impact model as a CIDS JSON-LD document (Essential tier classes, plus the
 * ImpactPathway of the Full tier for the theory of change). Pure: the same snapshot always gives
 * the same document. What CIDS cannot say (node kinds, causal links with their assumptions,
 * English texts, indicator fields beyond name, description, identifier and unit) is written in
 * the `ricochet:` namespace, which other tools may ignore.
 */
export function toCids(model: ImpactModelSnapshot): CidsDocument {
  const org = cidsOrganisationIri(model.organisation.id);
  const modelIri = cidsModelIri(model.evaluation.id);
  const iri = (segment: string, ...ids: string[]) => cidsChildIri(modelIri, segment, ...ids);
  const S = CIDS_IRI_SEGMENTS;
  const { nodes, edges } = model.theoryOfChange;

  const typeOf = new Map(nodes.map((n) => [n.id, n.type]));
  const stakeholderName = new Map(model.stakeholders.map((s) => [s.id, s.name]));
  const activityName = new Map(model.activities.map((a) => [a.id, a.name]));
  const nodeIri = (id: string) => iri(S.tocNode, id);
  const indicatorIri = (indicator: SnapshotIndicator) => iri(S.indicator, indicator.code);
  const classOf = (id: string) => {
    const type = typeOf.get(id);
    return type ? cidsClassOfNodeType(type) : undefined;
  };

  // The CIDS links between node kinds, read off the causal links of the graph.
  const targetsOf = (source: string, cls: string) =>
    edges.filter((e) => e.source === source && classOf(e.target) === cls).map((e) => nodeIri(e.target));
  const sourcesOf = (target: string, cls: string) =>
    edges.filter((e) => e.target === target && classOf(e.source) === cls).map((e) => nodeIri(e.source));

  const indicatorsOf = (nodeId: string) =>
    model.indicators.filter((i) => i.outcomeNodeIds.includes(nodeId)).map(indicatorIri);

  const outcomeNodes = nodes.filter((n) => isMeasurableNodeType(n.type));
  const stakeholderOutcomes = outcomeNodes.flatMap((n) =>
    n.stakeholderIds.map((stakeholderId) => ({ outcome: n, stakeholderId })),
  );
  const stakeholderOutcomeIri = (nodeId: string, stakeholderId: string) =>
    iri(S.stakeholderOutcome, nodeId, stakeholderId);

  const tocNode = (n: SnapshotTocNode): CidsNode => {
    const cls = cidsClassOfNodeType(n.type);
    const common = {
      hasName: n.label,
      hasDescription: n.description ?? "",
      "oep:partOf": modelIri,
      "ricochet:tocNodeType": n.type,
      "ricochet:positionX": n.position?.x,
      "ricochet:positionY": n.position?.y,
    };
    if (cls === CIDS_CLASSES.outcome) {
      return node(nodeIri(n.id), cls, {
        ...common,
        forOrganization: org,
        hasIndicator: indicatorsOf(n.id),
        hasStakeholderOutcome: n.stakeholderIds.map((s) => stakeholderOutcomeIri(n.id, s)),
        canProduce: targetsOf(n.id, CIDS_CLASSES.outcome),
        canEnable: targetsOf(n.id, CIDS_CLASSES.activity),
      });
    }
    const concerns = n.stakeholderIds.map((s) => iri(S.stakeholder, s));
    if (cls === CIDS_CLASSES.activity) {
      return node(nodeIri(n.id), cls, {
        ...common,
        hasInput: sourcesOf(n.id, CIDS_CLASSES.input),
        hasOutput: targetsOf(n.id, CIDS_CLASSES.output),
        canProduce: targetsOf(n.id, CIDS_CLASSES.outcome),
        "ricochet:concernsStakeholder": concerns,
      });
    }
    if (cls === CIDS_CLASSES.output) {
      return node(nodeIri(n.id), cls, {
        ...common,
        forActivity: sourcesOf(n.id, CIDS_CLASSES.activity),
        canProduce: targetsOf(n.id, CIDS_CLASSES.outcome),
        "ricochet:concernsStakeholder": concerns,
      });
    }
    if (cls === CIDS_CLASSES.input) {
      return node(nodeIri(n.id), cls, {
        ...common,
        "cids:inputFor": targetsOf(n.id, CIDS_CLASSES.activity),
        "ricochet:concernsStakeholder": concerns,
      });
    }
    return node(nodeIri(n.id), cls, { ...common, "ricochet:concernsStakeholder": concerns });
  };

  const idsOfClass = (cls: string) => nodes.filter((n) => classOf(n.id) === cls).map((n) => nodeIri(n.id));
  const ev = model.evaluation;

  const graph: CidsNode[] = [
    node(org, CIDS_CLASSES.organization, {
      "org:hasLegalName": model.organisation.name,
      hasOutcome: idsOfClass(CIDS_CLASSES.outcome),
      hasIndicator: model.indicators.map(indicatorIri),
      hasStakeholder: model.stakeholders.map((s) => iri(S.stakeholder, s.id)),
    }),
    node(modelIri, CIDS_CLASSES.impactPathway, {
      hasName: ev.title,
      hasDescription: ev.subject ?? "",
      forOrganization: org,
      hasStakeholder: model.stakeholders.map((s) => iri(S.stakeholder, s.id)),
      hasOutcome: idsOfClass(CIDS_CLASSES.outcome),
      hasActivity: [
        ...idsOfClass(CIDS_CLASSES.activity),
        ...model.activities.map((a) => iri(S.activity, a.id)),
      ],
      hasOutput: idsOfClass(CIDS_CLASSES.output),
      hasInput: [
        ...idsOfClass(CIDS_CLASSES.input),
        ...model.contributions.map((c) => iri(S.contribution, c.id)),
      ],
      hasIndicator: model.indicators.map(indicatorIri),
      hasStakeholderOutcome: stakeholderOutcomes.map((so) =>
        stakeholderOutcomeIri(so.outcome.id, so.stakeholderId),
      ),
      "ricochet:hasNeed": idsOfClass(RICOCHET_CLASSES.need),
      "ricochet:subjectKind": ev.subjectKind,
      "ricochet:purposes": ev.purposes,
      "ricochet:audiences": ev.audiences,
      "ricochet:periodStart": ev.periodStart,
      "ricochet:periodEnd": ev.periodEnd,
      "ricochet:territory": ev.territory,
      "ricochet:evaluativeQuestions": ev.questions,
    }),
    ...model.stakeholders.map((s) =>
      node(iri(S.stakeholder, s.id), CIDS_CLASSES.stakeholder, {
        hasName: s.name,
        hasDescription: s.expectedChanges ?? "",
        forOrganization: org,
        "oep:partOf": modelIri,
        "ricochet:category": s.category,
        "ricochet:involvement": s.involvement,
        "ricochet:estimatedSize": s.estimatedSize,
      }),
    ),
    ...nodes.map(tocNode),
    ...stakeholderOutcomes.map(({ outcome, stakeholderId }) =>
      node(stakeholderOutcomeIri(outcome.id, stakeholderId), CIDS_CLASSES.stakeholderOutcome, {
        hasName: `${outcome.label} — ${stakeholderName.get(stakeholderId) ?? stakeholderId}`,
        hasDescription: "",
        forStakeholder: iri(S.stakeholder, stakeholderId),
        forOutcome: nodeIri(outcome.id),
      }),
    ),
    ...edges.map((e) =>
      node(iri(S.tocLink, e.id), RICOCHET_CLASSES.causalLink, {
        "ricochet:source": nodeIri(e.source),
        "ricochet:target": nodeIri(e.target),
        "ricochet:assumption": e.assumption,
        "ricochet:evidence": e.evidence,
        "ricochet:feedbackLoop": e.feedbackLoop,
      }),
    ),
    ...model.indicators.map((indicator) => {
      const id = indicatorIri(indicator);
      return node(id, CIDS_CLASSES.indicator, {
        hasIdentifier: indicator.code,
        hasName: indicator.name.fr,
        "ricochet:nameEn": indicator.name.en,
        hasDescription: indicator.definition.fr,
        "ricochet:descriptionEn": indicator.definition.en,
        unitDescription: indicator.unit.fr,
        "ricochet:unitEn": indicator.unit.en,
        "ricochet:indicatorType": indicator.type,
        forOrganization: org,
        // cids:forOutcome is functional (one outcome at most); several go through hasIndicator.
        forOutcome:
          indicator.outcomeNodeIds.length === 1 && indicator.outcomeNodeIds[0] !== undefined
            ? nodeIri(indicator.outcomeNodeIds[0])
            : undefined,
        hasBaseline:
          indicator.baseline.value !== null
            ? measure(indicator.baseline.value, indicator.unit.fr)
            : undefined,
        "ricochet:baselineDate": indicator.baseline.date,
        "ricochet:baselineNote": indicator.baseline.note,
        "cids:hasTarget":
          indicator.target.value !== null
            ? {
                "@id": `${id}/target`,
                "@type": CIDS_CLASSES.target,
                hasName: `Cible / target ${indicator.code}`,
                "i72:value": measure(indicator.target.value, indicator.unit.fr),
              }
            : undefined,
        "ricochet:targetDate": indicator.target.date,
        "ricochet:indicatorContent": indicator.details ? asJson(indicator.details) : undefined,
      });
    }),
    ...model.activities.map((a) =>
      node(iri(S.activity, a.id), [CIDS_CLASSES.activity, RICOCHET_CLASSES.valueChainActivity], {
        hasName: a.name,
        hasDescription: a.description ?? "",
        "oep:partOf": modelIri,
      }),
    ),
    ...model.contributions.map((c) => {
      const isTime = c.kind === "volunteer_time" || c.kind === "staff_time";
      const amount = isTime ? c.hours : c.amount;
      return node(iri(S.contribution, c.id), [INPUT_CLASS_OF_KIND[c.kind], RICOCHET_CLASSES.contribution], {
        hasName: `${CONTRIBUTION_KIND_LABELS[c.kind].fr} : ${stakeholderName.get(c.stakeholderId) ?? c.stakeholderId} → ${activityName.get(c.activityId) ?? c.activityId}`,
        hasDescription: c.description ?? "",
        hasContributingStakeholder: iri(S.stakeholder, c.stakeholderId),
        "cids:inputFor": iri(S.activity, c.activityId),
        "oep:partOf": modelIri,
        "cids:hasActualAmount": amount !== null ? measure(amount, isTime ? "h" : "EUR") : undefined,
        "ricochet:contributionKind": c.kind,
        "ricochet:hourlyValue": c.hourlyValue,
        "ricochet:valueSource": c.valueSource,
      });
    }),
  ];

  return { "@context": [CIDS_CONTEXT_URL, { ...RICOCHET_CONTEXT }], "@graph": graph };
}
