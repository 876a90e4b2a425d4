import { z } from "zod";
import {
  ZActivityInput,
  ZContributionInput,
  ZEvaluationScope,
  ZStakeholderInput,
} from "../contracts/evaluation.ts";
import { AppError, type FieldIssue } from "../errors/app-error.ts";
import { zodIssuesToFieldIssues } from "../errors/validation.ts";
import { CONTRIBUTION_KINDS, type ContributionKind } from "../evaluations/evaluation-vocabulary.ts";
import { isMeasurableNodeType } from "../frameworks/framework-coverage.ts";
import type { Bilingual } from "../i18n/locale.ts";
import { INDICATOR_CODE_PATTERN, ZIndicatorContent } from "../indicators/indicator-contract.ts";
import { ZTocEdge, ZTocGraph, ZTocNode } from "../theory-of-change/toc-graph.ts";
import type { TocNodeType } from "../theory-of-change/toc-vocabulary.ts";
import { validateTocGraph } from "../theory-of-change/validate-toc-graph.ts";
import { CIDS_IRI_SEGMENTS } from "./cids-export.ts";
import {
  bool,
  compactIri,
  isRecord,
  measureValue,
  num,
  type Props,
  readProps,
  refs,
  text,
  unitText,
  values,
} from "./cids-json.ts";
import {
  CIDS_ACCEPTED_CONTEXTS,
  CIDS_CLASSES,
  CIDS_CONTEXT_URL,
  CIDS_IGNORED_CLASSES,
  CIDS_NAMESPACE,
  IMPACT_NORMS_ROLE_CATEGORIES,
  RICOCHET_CLASSES,
} from "./cids-vocabulary.ts";
import {
  defaultIndicatorDetails,
  type ImpactModelSnapshot,
  type SnapshotActivity,
  type SnapshotContribution,
  type SnapshotIndicator,
  type SnapshotStakeholder,
  type SnapshotTocEdge,
  type SnapshotTocNode,
} from "./impact-model-snapshot.ts";

/** What a CIDS file becomes in Ricochet, and what was left out or guessed on the way. */
export interface CidsImport {
  model: ImpactModelSnapshot;
  warnings: Bilingual[];
}

type Kind =
  | "organization"
  | "model"
  | "stakeholder"
  | "stakeholderOutcome"
  | "outcome"
  | "activity"
  | "output"
  | "input"
  | "need"
  | "link"
  | "indicator"
  | "valueChainActivity"
  | "contribution";

const KIND_OF_CLASS: Readonly<Record<string, Kind>> = {
  [CIDS_CLASSES.organization]: "organization",
  "cids:SocialPurposeOrganization": "organization",
  "cids:FinancialOrganization": "organization",
  "cids:StandardsOrganization": "organization",
  "org:Organization": "organization",
  [CIDS_CLASSES.impactModel]: "model",
  [CIDS_CLASSES.impactPathway]: "model",
  [CIDS_CLASSES.outcomeChain]: "model",
  [CIDS_CLASSES.stakeholder]: "stakeholder",
  [CIDS_CLASSES.beneficialStakeholder]: "stakeholder",
  [CIDS_CLASSES.contributingStakeholder]: "stakeholder",
  [CIDS_CLASSES.stakeholderOutcome]: "stakeholderOutcome",
  [CIDS_CLASSES.outcome]: "outcome",
  [CIDS_CLASSES.indicator]: "indicator",
  [CIDS_CLASSES.activity]: "activity",
  [CIDS_CLASSES.service]: "activity",
  [CIDS_CLASSES.output]: "output",
  [CIDS_CLASSES.input]: "input",
  [CIDS_CLASSES.financialInput]: "input",
  [CIDS_CLASSES.skillInput]: "input",
  [CIDS_CLASSES.physicalInput]: "input",
  [RICOCHET_CLASSES.need]: "need",
  [RICOCHET_CLASSES.causalLink]: "link",
};

/** Ricochet's markers refine a CIDS class: an Activity of the value chain, an Input that is a contribution. */
const MARKER_KINDS: Readonly<Record<string, Kind>> = {
  [RICOCHET_CLASSES.valueChainActivity]: "valueChainActivity",
  [RICOCHET_CLASSES.contribution]: "contribution",
};

interface Entry {
  /** Where the node is in the file, for messages: "@graph[4]". */
  path: string;
  id: string;
  types: string[];
  kind: Kind;
  props: Props;
}

const ZNodeShape = z.looseObject({
  "@id": z.string().trim().min(1),
  "@type": z.union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1)]),
});

const ZIndicatorDetails = ZIndicatorContent.omit({
  code: true,
  name: true,
  definition: true,
  unit: true,
  type: true,
});

const ZIsoDate = z.iso.date();
const GRAPH_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Snapshot fields named after the CIDS property they come from, for messages. */
const PROPERTY_OF_FIELD: Readonly<Record<string, string>> = {
  name: "hasName",
  label: "hasName",
  title: "hasName",
  description: "hasDescription",
  subject: "hasDescription",
  expectedChanges: "hasDescription",
  definition: "hasDescription",
  code: "hasIdentifier",
  unit: "unitDescription",
  category: "ricochet:category",
  involvement: "ricochet:involvement",
  estimatedSize: "ricochet:estimatedSize",
  subjectKind: "ricochet:subjectKind",
  purposes: "ricochet:purposes",
  audiences: "ricochet:audiences",
  periodStart: "ricochet:periodStart",
  periodEnd: "ricochet:periodEnd",
  territory: "ricochet:territory",
  questions: "ricochet:evaluativeQuestions",
  type: "ricochet:indicatorType",
  kind: "ricochet:contributionKind",
  amount: "hasActualAmount",
  hours: "hasActualAmount",
  hourlyValue: "ricochet:hourlyValue",
  valueSource: "ricochet:valueSource",
  evidence: "ricochet:evidence",
  assumption: "ricochet:assumption",
};

class Report {
  readonly issues: FieldIssue[] = [];
  readonly warnings: Bilingual[] = [];

  error(path: string, fr: string, en: string): void {
    this.issues.push({ path, message: { fr, en } });
  }

  warn(fr: string, en: string): void {
    this.warnings.push({ fr, en });
  }

  /** A contract's complaints, each under the node and the CIDS property it comes from. */
  zod(path: string, issues: readonly z.core.$ZodIssue[]): void {
    for (const issue of zodIssuesToFieldIssues(issues)) {
      const [field, ...rest] = issue.path.split(".");
      const property = field ? (PROPERTY_OF_FIELD[field] ?? field) : "";
      this.issues.push({ path: [path, property, ...rest].filter(Boolean).join("."), message: issue.message });
    }
  }
}

/** Whether a context value names the CIDS context, by URL or inline (a `cids` prefix). */
function referencesCids(context: unknown): boolean {
  return values(context).some((c) => {
    if (typeof c === "string") return CIDS_ACCEPTED_CONTEXTS.includes(c.trim());
    if (isRecord(c)) return c.cids === CIDS_NAMESPACE || referencesCids(c["@context"]);
    return false;
  });
}

function checkContext(report: Report, path: string, context: unknown): void {
  if (context === undefined || context === null) {
    report.error(
      path,
      `Le @context manque : un fichier CIDS doit déclarer le contexte ${CIDS_CONTEXT_URL}.`,
      `The @context is missing: a CIDS file must declare the context ${CIDS_CONTEXT_URL}.`,
    );
  } else if (!referencesCids(context)) {
    report.error(
      path,
      `Le @context ne désigne pas le contexte CIDS (${CIDS_CONTEXT_URL}) : ce fichier n'est pas au format CIDS.`,
      `The @context does not refer to the CIDS context (${CIDS_CONTEXT_URL}): this file is not in the CIDS format.`,
    );
  }
}

/** The nodes of the file, whichever of the three usual JSON-LD layouts it has. */
function topLevelNodes(report: Report, json: unknown): Array<{ path: string; node: unknown }> {
  if (Array.isArray(json)) {
    // Common Approach's own tools write a list of nodes, each with its @context.
    return json.map((node, index) => {
      const path = `[${index}]`;
      checkContext(report, `${path}.@context`, isRecord(node) ? node["@context"] : undefined);
      return { path, node };
    });
  }
  if (isRecord(json)) {
    checkContext(report, "@context", json["@context"]);
    if ("@graph" in json) {
      const graph = json["@graph"];
      if (!Array.isArray(graph)) {
        report.error("@graph", "@graph doit être une liste de nœuds.", "@graph must be a list of nodes.");
        return [];
      }
      return graph.map((node, index) => ({ path: `@graph[${index}]`, node }));
    }
    return [{ path: "(document)", node: json }];
  }
  report.error(
    "(document)",
    "Le fichier n'est pas un document JSON-LD : un objet avec @context et @graph, ou une liste de nœuds, est attendu.",
    "The file is not a JSON-LD document: an object with @context and @graph, or a list of nodes, is expected.",
  );
  return [];
}

function classify(report: Report, json: unknown): Entry[] {
  const entries: Entry[] = [];
  const seen = new Map<string, string>();
  const ignored = new Map<string, number>();
  for (const { path, node } of topLevelNodes(report, json)) {
    const shape = ZNodeShape.safeParse(node);
    if (!shape.success) {
      report.zod(path, shape.error.issues);
      continue;
    }
    const id = shape.data["@id"];
    const types = values(shape.data["@type"]).map((t) => compactIri(String(t)));
    const earlier = seen.get(id);
    if (earlier) {
      report.error(
        `${path}.@id`,
        `L'identifiant « ${id} » est déjà celui du nœud ${earlier} : chaque nœud doit avoir son propre @id.`,
        `The id “${id}” is already the one of node ${earlier}: each node needs its own @id.`,
      );
      continue;
    }
    seen.set(id, path);
    const marker = types.map((t) => MARKER_KINDS[t]).find((k) => k !== undefined);
    const kind = marker ?? types.map((t) => KIND_OF_CLASS[t]).find((k) => k !== undefined);
    if (kind) {
      entries.push({ path, id, types, kind, props: readProps(shape.data) });
      continue;
    }
    const known = types.find((t) => CIDS_IGNORED_CLASSES.includes(t) || t.startsWith("sff:"));
    if (known) {
      ignored.set(known, (ignored.get(known) ?? 0) + 1);
      continue;
    }
    const shown = types.join(", ");
    report.error(
      `${path}.@type`,
      `Type inconnu « ${shown} » (nœud ${id}) : ce n'est pas une classe CIDS que Ricochet sait lire.`,
      `Unknown type “${shown}” (node ${id}): it is not a CIDS class Ricochet can read.`,
    );
  }
  for (const [type, count] of ignored) {
    report.warn(
      `${count} nœud(s) de type ${type} ignoré(s) : Ricochet ne conserve pas ces informations.`,
      `${count} node(s) of type ${type} skipped: Ricochet does not keep this information.`,
    );
  }
  return entries;
}

/** The id a part had in Ricochet when its IRI is one Ricochet wrote; null for another tool's IRI. */
function localId(iri: string, modelIri: string | null, segment: string): string | null {
  if (!modelIri) return null;
  const prefix = `${modelIri}/${segment}/`;
  if (!iri.startsWith(prefix)) return null;
  const rest = iri.slice(prefix.length);
  if (rest === "" || rest.includes("/")) return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}

/** Ids for parts, Ricochet's own when the IRI carries one, else generated, never twice the same. */
class IdAllocator {
  private readonly used = new Set<string>();
  private counter = 0;

  constructor(private readonly prefix: string) {}

  take(preferred: string | null, valid: (id: string) => boolean = () => true): string {
    if (preferred !== null && valid(preferred) && !this.used.has(preferred)) {
      this.used.add(preferred);
      return preferred;
    }
    let id: string;
    do id = `${this.prefix}${++this.counter}`;
    while (this.used.has(id));
    this.used.add(id);
    return id;
  }
}

function orgIdOf(iri: string): string {
  const match = /^urn:ricochet:organisation:([^/]+)$/.exec(iri);
  return match?.[1] ? decodeURIComponent(match[1]) : iri;
}

function evaluationIdOf(iri: string): string {
  const match = /^urn:ricochet:evaluation:([^/]+)$/.exec(iri);
  return match?.[1] ? decodeURIComponent(match[1]) : iri;
}

const TOC_TYPE_OF_KIND: Partial<Record<Kind, TocNodeType>> = {
  activity: "activity",
  output: "output",
  input: "input",
  need: "need",
};

/** A Ricochet indicator code from whatever identifier the file gives, or from the name. */
function indicatorCode(raw: string | null, name: string): string {
  const upper = raw?.trim().toUpperCase() ?? "";
  if (INDICATOR_CODE_PATTERN.test(upper)) return upper;
  const base = (upper || name)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `CIDS-${base || "INDICATEUR"}`.slice(0, 40).replace(/-+$/, "");
}

function uniqueCode(code: string, taken: Set<string>): string {
  let candidate = code;
  for (let n = 2; taken.has(candidate); n++) {
    const suffix = `-${n}`;
    candidate = `${code.slice(0, 40 - suffix.length).replace(/-+$/, "")}${suffix}`;
  }
  taken.add(candidate);
  return candidate;
}

/**
 * Reads a CIDS JSON-LD document (as Ricochet or another CIDS tool wrote it) into an impact
 * model. Anything that would make the import wrong — no CIDS @context, a type nobody knows, a
 * link to a stakeholder or an outcome that is not in the file, a value Ricochet's own rules
 * refuse — is an error, and all of them are reported at once as CIDS_INVALID: nothing is
 * half-imported. What is only lost or guessed (reports, themes, defaults) comes back as warnings.
 */
export function fromCids(json: unknown): CidsImport {
  const report = new Report();
  const entries = classify(report, json);
  const ofKind = (kind: Kind) => entries.filter((e) => e.kind === kind);
  const S = CIDS_IRI_SEGMENTS;

  // The impact model and its organisation.
  const models = ofKind("model");
  const modelEntry = models[0];
  if (models.length > 1) {
    report.warn(
      `Le fichier contient ${models.length} modèles d'impact : seul le premier (${modelEntry?.id}) est importé.`,
      `The file holds ${models.length} impact models: only the first one (${modelEntry?.id}) is imported.`,
    );
  }
  const organisations = ofKind("organization");
  const modelOrg = modelEntry ? refs(modelEntry.props.get("forOrganization"))[0] : undefined;
  const orgEntry = organisations.find((o) => o.id === modelOrg) ?? organisations[0];
  if (!orgEntry) {
    report.warn(
      "Le fichier ne décrit pas d'organisation (cids:Organization) : l'évaluation est créée dans la vôtre.",
      "The file describes no organisation (cids:Organization): the evaluation is created in yours.",
    );
  }
  const orgName = orgEntry
    ? (text(orgEntry.props.get("hasLegalName")) ?? text(orgEntry.props.get("hasName")) ?? "")
    : "";
  const modelIri = modelEntry?.id ?? null;
  if (!modelEntry) {
    report.warn(
      "Le fichier n'a pas de modèle d'impact (cids:ImpactModel) : ses résultats, indicateurs et parties prenantes forment une nouvelle évaluation.",
      "The file has no impact model (cids:ImpactModel): its outcomes, indicators and stakeholders make a new evaluation.",
    );
  }

  const evaluation = readEvaluation(report, modelEntry, orgName);

  // Stakeholders.
  const stakeholderIds = new IdAllocator("stakeholder-");
  const stakeholderByIri = new Map<string, SnapshotStakeholder>();
  const stakeholderNames = new Map<string, string>();
  for (const entry of ofKind("stakeholder")) {
    const stakeholder = readStakeholder(report, entry);
    if (!stakeholder) continue;
    const key = stakeholder.name.toLowerCase();
    const twin = stakeholderNames.get(key);
    if (twin) {
      report.error(
        `${entry.path}.hasName`,
        `Deux parties prenantes s'appellent « ${stakeholder.name} » (voir ${twin}) : les noms doivent être distincts.`,
        `Two stakeholders are named “${stakeholder.name}” (see ${twin}): names must differ.`,
      );
      continue;
    }
    stakeholderNames.set(key, entry.path);
    stakeholder.id = stakeholderIds.take(localId(entry.id, modelIri, S.stakeholder));
    stakeholderByIri.set(entry.id, stakeholder);
  }

  // Nodes of the theory of change.
  const nodeIds = new IdAllocator("n");
  const nodeByIri = new Map<string, SnapshotTocNode>();
  const nodeEntries = entries.filter((e) =>
    ["outcome", "activity", "output", "input", "need"].includes(e.kind),
  );
  for (const entry of nodeEntries) {
    const node = readTocNode(report, entry);
    if (!node) continue;
    node.id = nodeIds.take(localId(entry.id, modelIri, S.tocNode), (id) => GRAPH_ID.test(id));
    nodeByIri.set(entry.id, node);
  }

  const resolveStakeholder = (entry: Entry, property: string, iri: string, about: Bilingual) => {
    const stakeholder = stakeholderByIri.get(iri);
    if (!stakeholder)
      report.error(
        `${entry.path}.${property}`,
        `${about.fr} renvoie à la partie prenante ${iri}, absente du fichier.`,
        `${about.en} refers to the stakeholder ${iri}, which is not in the file.`,
      );
    return stakeholder;
  };
  const addStakeholder = (node: SnapshotTocNode, stakeholderId: string) => {
    if (!node.stakeholderIds.includes(stakeholderId)) node.stakeholderIds.push(stakeholderId);
  };

  // Which stakeholders each outcome concerns: CIDS says it with StakeholderOutcome.
  for (const entry of ofKind("stakeholderOutcome")) {
    const outcomeIri = refs(entry.props.get("forOutcome"))[0];
    const stakeholderIri = refs(entry.props.get("forStakeholder"))[0];
    const about = {
      fr: `Le lien partie prenante–résultat ${entry.id}`,
      en: `The stakeholder outcome ${entry.id}`,
    };
    const node = outcomeIri ? nodeByIri.get(outcomeIri) : undefined;
    if (!outcomeIri || !node || !isMeasurableNodeType(node.type)) {
      report.error(
        `${entry.path}.forOutcome`,
        outcomeIri
          ? `Le lien partie prenante–résultat ${entry.id} renvoie au résultat ${outcomeIri}, absent du fichier.`
          : `Le lien partie prenante–résultat ${entry.id} ne dit pas de quel résultat il s'agit (forOutcome).`,
        outcomeIri
          ? `The stakeholder outcome ${entry.id} refers to the outcome ${outcomeIri}, which is not in the file.`
          : `The stakeholder outcome ${entry.id} does not say which outcome it is about (forOutcome).`,
      );
    }
    if (!stakeholderIri) {
      report.error(
        `${entry.path}.forStakeholder`,
        `Le lien partie prenante–résultat ${entry.id} ne dit pas de quelle partie prenante il s'agit (forStakeholder).`,
        `The stakeholder outcome ${entry.id} does not say which stakeholder it is about (forStakeholder).`,
      );
      continue;
    }
    const stakeholder = resolveStakeholder(entry, "forStakeholder", stakeholderIri, about);
    if (node && stakeholder) addStakeholder(node, stakeholder.id);
  }
  for (const entry of nodeEntries) {
    const node = nodeByIri.get(entry.id);
    for (const iri of refs(entry.props.get("ricochet:concernsStakeholder"))) {
      const stakeholder = resolveStakeholder(entry, "ricochet:concernsStakeholder", iri, {
        fr: `Le nœud ${entry.id}`,
        en: `The node ${entry.id}`,
      });
      if (node && stakeholder) addStakeholder(node, stakeholder.id);
    }
  }

  const nodes = nodeEntries.flatMap((e) => nodeByIri.get(e.id) ?? []);
  const edges = readEdges(report, entries, nodeEntries, nodeByIri, modelIri);
  // The whole graph as the theory-of-change editor would save it: sizes, links, cycles.
  const graph = { nodes: nodes.map((n) => ({ ...n, comments: [] })), edges };
  const shape = ZTocGraph.safeParse(graph);
  if (!shape.success) report.zod("theoryOfChange", shape.error.issues);
  for (const issue of validateTocGraph(graph))
    report.issues.push({ path: `theoryOfChange.${issue.path}`, message: issue.message });

  const indicators = readIndicators(report, ofKind("indicator"), entries, nodeByIri, nodes, modelIri);
  const { activities, contributions } = readValueChain(report, entries, stakeholderByIri, modelIri);

  if (report.issues.length > 0)
    throw new AppError("CIDS_INVALID", { count: report.issues.length }, report.issues);
  return {
    model: {
      organisation: { id: orgEntry ? orgIdOf(orgEntry.id) : "", name: orgName },
      evaluation,
      stakeholders: [...stakeholderByIri.values()],
      activities,
      contributions,
      theoryOfChange: { nodes, edges },
      indicators,
    },
    warnings: report.warnings,
  };
}

function readEvaluation(report: Report, entry: Entry | undefined, orgName: string) {
  const props = entry?.props ?? new Map<string, unknown>();
  const path = entry?.path ?? "(document)";
  const title =
    (entry ? text(props.get("hasName")) : null) ??
    (orgName ? `Modèle d'impact importé — ${orgName}` : "Modèle d'impact importé (CIDS)");
  const strings = (key: string) => values(props.get(key)).flatMap((v) => text(v) ?? []);
  const scope = ZEvaluationScope.safeParse({
    title,
    subject: text(props.get("hasDescription")),
    subjectKind: text(props.get("ricochet:subjectKind")) ?? "programme",
    purposes: strings("ricochet:purposes"),
    audiences: strings("ricochet:audiences"),
    periodStart: text(props.get("ricochet:periodStart")),
    periodEnd: text(props.get("ricochet:periodEnd")),
    territory: text(props.get("ricochet:territory")),
    questions: strings("ricochet:evaluativeQuestions").map((q) => ({ text: q })),
  });
  if (!scope.success) report.zod(path, scope.error.issues);
  const data = scope.success ? scope.data : undefined;
  return {
    id: entry ? evaluationIdOf(entry.id) : "",
    title: data?.title ?? title,
    subject: data?.subject ?? null,
    subjectKind: data?.subjectKind ?? "programme",
    purposes: data?.purposes ?? [],
    audiences: data?.audiences ?? [],
    periodStart: data?.periodStart ?? null,
    periodEnd: data?.periodEnd ?? null,
    territory: data?.territory ?? null,
    questions: data?.questions?.map((q) => q.text) ?? [],
  };
}

/** CIDS says who a stakeholder is with the Impact Management Norms roles or a subclass. */
function stakeholderCategory(entry: Entry): string {
  const own = text(entry.props.get("ricochet:category"));
  if (own) return own;
  const role = text(entry.props.get("hasImpactManagementNormsDefinition"))?.toLowerCase();
  const fromRole = role ? IMPACT_NORMS_ROLE_CATEGORIES[role] : undefined;
  if (fromRole) return fromRole;
  if (entry.types.includes(CIDS_CLASSES.beneficialStakeholder)) return "beneficiaries";
  if (entry.types.includes(CIDS_CLASSES.contributingStakeholder)) return "partners";
  return "other";
}

function readStakeholder(report: Report, entry: Entry): SnapshotStakeholder | null {
  const parsed = ZStakeholderInput.safeParse({
    name: text(entry.props.get("hasName")) ?? "",
    category: stakeholderCategory(entry),
    estimatedSize: num(entry.props.get("ricochet:estimatedSize")),
    involvement: text(entry.props.get("ricochet:involvement")) ?? "consulted",
    expectedChanges: text(entry.props.get("hasDescription")),
  });
  if (!parsed.success) {
    report.zod(entry.path, parsed.error.issues);
    return null;
  }
  return {
    id: "",
    name: parsed.data.name,
    category: parsed.data.category,
    estimatedSize: parsed.data.estimatedSize ?? null,
    involvement: parsed.data.involvement,
    expectedChanges: parsed.data.expectedChanges ?? null,
  };
}

function readTocNode(report: Report, entry: Entry): SnapshotTocNode | null {
  const declared = text(entry.props.get("ricochet:tocNodeType"));
  const type: TocNodeType =
    entry.kind === "outcome"
      ? declared && isMeasurableNodeType(declared as TocNodeType)
        ? (declared as TocNodeType)
        : "outcome_short"
      : (TOC_TYPE_OF_KIND[entry.kind] ?? "need");
  const x = num(entry.props.get("ricochet:positionX"));
  const y = num(entry.props.get("ricochet:positionY"));
  const parsed = ZTocNode.safeParse({
    id: "node",
    type,
    label: text(entry.props.get("hasName")) ?? "",
    description: text(entry.props.get("hasDescription")),
    stakeholderIds: [],
    position: x !== null && y !== null ? { x, y } : null,
  });
  if (!parsed.success) {
    report.zod(entry.path, parsed.error.issues);
    return null;
  }
  return {
    id: "",
    type: parsed.data.type,
    label: parsed.data.label,
    description: parsed.data.description ?? null,
    stakeholderIds: [],
    position: parsed.data.position ?? null,
  };
}

/**
 * The causal links: Ricochet's own CausalLink nodes when the file has them (they carry the
 * assumption and the evidence), else the links CIDS itself expresses between node kinds.
 */
function readEdges(
  report: Report,
  entries: Entry[],
  nodeEntries: Entry[],
  nodeByIri: Map<string, SnapshotTocNode>,
  modelIri: string | null,
): SnapshotTocEdge[] {
  const edgeIds = new IdAllocator("e");
  const links = entries.filter((e) => e.kind === "link");
  const edges: SnapshotTocEdge[] = [];
  if (links.length > 0) {
    for (const entry of links) {
      const end = (property: "ricochet:source" | "ricochet:target") => {
        const iri = refs(entry.props.get(property))[0];
        const node = iri ? nodeByIri.get(iri) : undefined;
        if (!node)
          report.error(
            `${entry.path}.${property}`,
            `Le lien de causalité ${entry.id} renvoie à ${iri ?? "(rien)"}, qui n'est pas un élément de la théorie du changement du fichier.`,
            `The causal link ${entry.id} refers to ${iri ?? "(nothing)"}, which is not an item of the file's theory of change.`,
          );
        return node;
      };
      const source = end("ricochet:source");
      const target = end("ricochet:target");
      const parsed = ZTocEdge.safeParse({
        id: "edge",
        source: "s",
        target: "t",
        assumption: text(entry.props.get("ricochet:assumption")),
        evidence: text(entry.props.get("ricochet:evidence")) ?? "none",
        feedbackLoop: bool(entry.props.get("ricochet:feedbackLoop")) ?? false,
      });
      if (!parsed.success) report.zod(entry.path, parsed.error.issues);
      if (!source || !target || !parsed.success) continue;
      edges.push({
        id: edgeIds.take(localId(entry.id, modelIri, CIDS_IRI_SEGMENTS.tocLink), (id) => GRAPH_ID.test(id)),
        source: source.id,
        target: target.id,
        assumption: parsed.data.assumption ?? null,
        evidence: parsed.data.evidence,
        feedbackLoop: parsed.data.feedbackLoop,
      });
    }
    return edges;
  }
  const seen = new Set<string>();
  let dangling = 0;
  const link = (sourceIri: string, targetIri: string, feedbackLoop = false) => {
    const source = nodeByIri.get(sourceIri);
    const target = nodeByIri.get(targetIri);
    if (!source || !target) {
      dangling++;
      return;
    }
    const key = `${source.id}>${target.id}`;
    if (seen.has(key) || source.id === target.id) return;
    seen.add(key);
    edges.push({
      id: edgeIds.take(null),
      source: source.id,
      target: target.id,
      assumption: null,
      evidence: "none",
      feedbackLoop,
    });
  };
  for (const entry of nodeEntries) {
    const get = (property: string) => refs(entry.props.get(property));
    for (const target of get("canProduce")) link(entry.id, target);
    // An outcome that makes an activity possible closes a loop: it is one by nature.
    if (entry.kind === "outcome") for (const target of get("canEnable")) link(entry.id, target, true);
    if (entry.kind === "activity") {
      for (const output of get("hasOutput")) link(entry.id, output);
      for (const input of get("hasInput")) link(input, entry.id);
    }
    if (entry.kind === "output") for (const activity of get("forActivity")) link(activity, entry.id);
    if (entry.kind === "input") for (const activity of get("inputFor")) link(entry.id, activity);
  }
  if (dangling > 0) {
    report.warn(
      `${dangling} lien(s) entre éléments ignoré(s) : ils renvoient à des éléments absents du fichier.`,
      `${dangling} link(s) between items skipped: they refer to items that are not in the file.`,
    );
  }
  return edges;
}

function readIndicators(
  report: Report,
  indicatorEntries: Entry[],
  entries: Entry[],
  nodeByIri: Map<string, SnapshotTocNode>,
  nodes: SnapshotTocNode[],
  modelIri: string | null,
): SnapshotIndicator[] {
  const known = new Set(indicatorEntries.map((e) => e.id));
  // Which outcomes point at each indicator (Outcome.hasIndicator, StakeholderOutcome.hasIndicator).
  const outcomesOf = new Map<string, Set<string>>();
  let danglingIndicators = 0;
  for (const entry of entries) {
    const outcomeIri =
      entry.kind === "outcome"
        ? entry.id
        : entry.kind === "stakeholderOutcome"
          ? refs(entry.props.get("forOutcome"))[0]
          : undefined;
    if (!outcomeIri) continue;
    for (const indicatorIri of refs(entry.props.get("hasIndicator"))) {
      if (!known.has(indicatorIri)) {
        danglingIndicators++;
        continue;
      }
      const set = outcomesOf.get(indicatorIri) ?? new Set<string>();
      set.add(outcomeIri);
      outcomesOf.set(indicatorIri, set);
    }
  }
  if (danglingIndicators > 0) {
    report.warn(
      `${danglingIndicators} lien(s) vers des indicateurs absents du fichier ignoré(s).`,
      `${danglingIndicators} link(s) to indicators that are not in the file skipped.`,
    );
  }
  const order = new Map(nodes.map((n, index) => [n.id, index]));
  const codes = new Set<string>();
  const indicators: SnapshotIndicator[] = [];
  for (const entry of indicatorEntries) {
    const props = entry.props;
    const nameFr = text(props.get("hasName"), "fr");
    if (!nameFr) {
      report.error(
        `${entry.path}.hasName`,
        `L'indicateur ${entry.id} n'a pas de nom (hasName).`,
        `The indicator ${entry.id} has no name (hasName).`,
      );
      continue;
    }
    const nameEn = text(props.get("ricochet:nameEn")) ?? text(props.get("hasName"), "en") ?? nameFr;
    const identifier =
      text(props.get("hasIdentifier")) ?? localId(entry.id, modelIri, CIDS_IRI_SEGMENTS.indicator);
    const code = uniqueCode(indicatorCode(identifier, nameFr), codes);
    if (code !== identifier?.trim().toUpperCase()) {
      report.warn(
        `L'indicateur « ${nameFr} » n'a pas de code au format Ricochet : il reçoit le code ${code}.`,
        `The indicator “${nameEn}” has no code in Ricochet's format: it gets the code ${code}.`,
      );
    }
    let definitionFr = text(props.get("hasDescription"), "fr");
    if (!definitionFr) {
      definitionFr = nameFr;
      report.warn(
        `L'indicateur ${code} n'a pas de description : son nom en tient lieu, précisez sa définition.`,
        `The indicator ${code} has no description: its name stands in for it; make its definition precise.`,
      );
    }
    const definitionEn =
      text(props.get("ricochet:descriptionEn")) ?? text(props.get("hasDescription"), "en") ?? definitionFr;
    let unitFr = text(props.get("unitDescription"), "fr") ?? unitText(props.get("unit_of_measure"));
    if (!unitFr) {
      unitFr = "unité";
      report.warn(
        `L'indicateur ${code} n'a pas d'unité : « unité » par défaut, à préciser.`,
        `The indicator ${code} has no unit: “unit” by default, to be made precise.`,
      );
    }
    const unitEn = text(props.get("ricochet:unitEn")) ?? (unitFr === "unité" ? "unit" : unitFr);

    let details: SnapshotIndicator["details"] = null;
    const rawDetails = values(props.get("ricochet:indicatorContent"))[0];
    if (rawDetails !== undefined) {
      const json = isRecord(rawDetails) && "@value" in rawDetails ? rawDetails["@value"] : rawDetails;
      const parsed = ZIndicatorDetails.safeParse(json);
      if (parsed.success) details = parsed.data;
      else report.zod(`${entry.path}.ricochet:indicatorContent`, parsed.error.issues);
    }
    const content = ZIndicatorContent.safeParse({
      code,
      name: { fr: nameFr, en: nameEn },
      definition: { fr: definitionFr, en: definitionEn },
      unit: { fr: unitFr, en: unitEn },
      type: text(props.get("ricochet:indicatorType")) ?? "count",
      ...(details ?? defaultIndicatorDetails()),
    });
    if (!content.success) {
      report.zod(entry.path, content.error.issues);
      continue;
    }

    const outcomeIris = new Set([...refs(props.get("forOutcome")), ...(outcomesOf.get(entry.id) ?? [])]);
    const measured = new Set<string>();
    for (const iri of outcomeIris) {
      const node = nodeByIri.get(iri);
      if (node && isMeasurableNodeType(node.type)) measured.add(node.id);
      else
        report.warn(
          `L'indicateur ${code} mesure ${iri}, qui n'est pas un résultat du fichier : ce lien est ignoré.`,
          `The indicator ${code} measures ${iri}, which is not an outcome of the file: this link is skipped.`,
        );
    }
    const baselineValue = measureValue(props.get("hasBaseline"));
    const targetValue = measureValue(props.get("hasTarget"));
    const date = (property: string) => {
      const value = text(props.get(property));
      if (value === null) return null;
      if (ZIsoDate.safeParse(value).success) return value;
      report.warn(
        `L'indicateur ${code} : la date « ${value} » (${property}) n'est pas une date AAAA-MM-JJ, elle est ignorée.`,
        `The indicator ${code}: the date “${value}” (${property}) is not a YYYY-MM-DD date; it is skipped.`,
      );
      return null;
    };
    indicators.push({
      code: content.data.code,
      name: content.data.name,
      definition: content.data.definition,
      unit: content.data.unit,
      type: content.data.type,
      details,
      // Graph order, whatever order the links came in: the same model always reads the same.
      outcomeNodeIds: [...measured].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
      baseline: {
        value: baselineValue,
        date: date("ricochet:baselineDate"),
        note: text(props.get("ricochet:baselineNote")),
      },
      target: { value: targetValue, date: date("ricochet:targetDate") },
    });
  }
  return indicators;
}

const INPUT_KIND_OF_CLASS: Readonly<Record<string, ContributionKind>> = {
  [CIDS_CLASSES.financialInput]: "money",
  [CIDS_CLASSES.physicalInput]: "in_kind",
  [CIDS_CLASSES.skillInput]: "volunteer_time",
};

function readValueChain(
  report: Report,
  entries: Entry[],
  stakeholderByIri: Map<string, SnapshotStakeholder>,
  modelIri: string | null,
): { activities: SnapshotActivity[]; contributions: SnapshotContribution[] } {
  const activityIds = new IdAllocator("activity-");
  const activityByIri = new Map<string, SnapshotActivity>();
  const names = new Set<string>();
  for (const entry of entries.filter((e) => e.kind === "valueChainActivity")) {
    const parsed = ZActivityInput.safeParse({
      name: text(entry.props.get("hasName")) ?? "",
      description: text(entry.props.get("hasDescription")),
    });
    if (!parsed.success) {
      report.zod(entry.path, parsed.error.issues);
      continue;
    }
    const key = parsed.data.name.toLowerCase();
    if (names.has(key)) {
      report.error(
        `${entry.path}.hasName`,
        `Deux activités de la chaîne de valeur s'appellent « ${parsed.data.name} » : les noms doivent être distincts.`,
        `Two activities of the value chain are named “${parsed.data.name}”: names must differ.`,
      );
      continue;
    }
    names.add(key);
    activityByIri.set(entry.id, {
      id: activityIds.take(localId(entry.id, modelIri, CIDS_IRI_SEGMENTS.activity)),
      name: parsed.data.name,
      description: parsed.data.description ?? null,
    });
  }

  const contributionIds = new IdAllocator("contribution-");
  const contributions: SnapshotContribution[] = [];
  for (const entry of entries.filter((e) => e.kind === "contribution")) {
    const stakeholderIri = refs(entry.props.get("hasContributingStakeholder"))[0];
    const activityIri = refs(entry.props.get("inputFor"))[0];
    const stakeholder = stakeholderIri ? stakeholderByIri.get(stakeholderIri) : undefined;
    const activity = activityIri ? activityByIri.get(activityIri) : undefined;
    if (!stakeholder)
      report.error(
        `${entry.path}.hasContributingStakeholder`,
        `L'apport ${entry.id} renvoie à la partie prenante ${stakeholderIri ?? "(aucune)"}, absente du fichier.`,
        `The contribution ${entry.id} refers to the stakeholder ${stakeholderIri ?? "(none)"}, which is not in the file.`,
      );
    if (!activity)
      report.error(
        `${entry.path}.inputFor`,
        `L'apport ${entry.id} renvoie à l'activité ${activityIri ?? "(aucune)"}, absente de la chaîne de valeur du fichier.`,
        `The contribution ${entry.id} refers to the activity ${activityIri ?? "(none)"}, which is not in the file's value chain.`,
      );
    const declared = text(entry.props.get("ricochet:contributionKind"));
    const kind =
      declared && (CONTRIBUTION_KINDS as readonly string[]).includes(declared)
        ? (declared as ContributionKind)
        : (entry.types.map((t) => INPUT_KIND_OF_CLASS[t]).find((k) => k !== undefined) ?? "in_kind");
    const isTime = kind === "volunteer_time" || kind === "staff_time";
    const quantity = measureValue(entry.props.get("hasActualAmount"));
    const candidate = {
      stakeholderId: stakeholder?.id ?? "unknown",
      activityId: activity?.id ?? "unknown",
      kind,
      amount: isTime ? null : quantity,
      hours: isTime ? quantity : null,
      hourlyValue: isTime ? measureValue(entry.props.get("ricochet:hourlyValue")) : null,
      description: text(entry.props.get("hasDescription")),
      valueSource: text(entry.props.get("ricochet:valueSource")),
    };
    const parsed = ZContributionInput.safeParse(candidate);
    if (!parsed.success) report.zod(entry.path, parsed.error.issues);
    if (!stakeholder || !activity || !parsed.success) continue;
    contributions.push({
      id: contributionIds.take(localId(entry.id, modelIri, CIDS_IRI_SEGMENTS.contribution)),
      ...candidate,
    });
  }
  return { activities: [...activityByIri.values()], contributions };
}
