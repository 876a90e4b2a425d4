import { queryRows } from "@ricochet/db";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, json, type TestApp } from "./helpers/test-app.ts";

/**
 * For every route of the OpenAPI document that names an organisation, a member of another
 * organisation gets 403/404 and none of the victim's data, and nothing changes. A new route
 * must be added to ROUTES (or, if it is not organisation data, to NOT_TENANT_SCOPED with a
 * reason): the suite fails otherwise.
 */

interface Fixture {
  orgId: string;
  memberId: string;
  invitationId: string;
  requestId: string;
  accompanimentId: string;
  supportId: string;
  attackerOrgId: string;
  evaluationId: string;
  stakeholderId: string;
  activityId: string;
  contributionId: string;
  indicatorId: string;
  versionId: string;
  questionId: string;
  criterionId: string;
  frameworkIndicatorId: string;
  structureId: string;
  networkFrameworkId: string;
  questionnaireId: string;
  campaignId: string;
  submissionId: string;
  guideId: string;
  interviewId: string;
  code: string;
}

type RouteCase = { body?: (f: Fixture) => unknown; query?: string };

const ROUTES: Record<string, RouteCase> = {
  "GET /organisations/{orgId}": {},
  "PATCH /organisations/{orgId}": { body: () => ({ name: "Piraté" }) },
  "POST /organisations/{orgId}/move": { body: (f) => ({ parentId: f.attackerOrgId }) },
  "GET /organisations/{orgId}/tree": {},
  "GET /organisations/{orgId}/accompaniments": {},
  "POST /organisations/{orgId}/accompaniments": { body: (f) => ({ supportOrganisationId: f.supportId }) },
  "POST /organisations/{orgId}/accompaniments/{accompanimentId}/decision": {
    body: () => ({ decision: "accept", cohort: "Piratage", startsOn: "2026-01-01" }),
  },
  "POST /organisations/{orgId}/accompaniments/{accompanimentId}/end": {},
  "GET /organisations/{orgId}/members": {},
  "PATCH /organisations/{orgId}/members/{memberId}": { body: () => ({ role: "viewer" }) },
  "DELETE /organisations/{orgId}/members/{memberId}": {},
  "GET /organisations/{orgId}/invitations": {},
  "POST /organisations/{orgId}/invitations": { body: () => ({ role: "owner" }) },
  "DELETE /organisations/{orgId}/invitations/{invitationId}": {},
  "GET /organisations/{orgId}/join-requests": {},
  "POST /organisations/{orgId}/join-requests": { body: (f) => ({ targetOrganisationId: f.attackerOrgId }) },
  "POST /organisations/{orgId}/join-requests/{requestId}/decision": { body: () => ({ decision: "accept" }) },
  "GET /organisations/{orgId}/audit-events": {},
  "GET /organisations/{orgId}/evaluations": {},
  "POST /organisations/{orgId}/evaluations": { body: () => ({ title: "Évaluation pirate" }) },
  "GET /organisations/{orgId}/evaluations/{evaluationId}": {},
  "PATCH /organisations/{orgId}/evaluations/{evaluationId}": { body: () => ({ title: "Piraté" }) },
  "DELETE /organisations/{orgId}/evaluations/{evaluationId}": {},
  "PATCH /organisations/{orgId}/evaluations/{evaluationId}/steps/{step}": {
    body: () => ({ status: "done" }),
  },
  "GET /organisations/{orgId}/evaluations/{evaluationId}/value-chain": {},
  "POST /organisations/{orgId}/evaluations/{evaluationId}/stakeholders": {
    body: () => ({ name: "Pirates", category: "other" }),
  },
  "PUT /organisations/{orgId}/evaluations/{evaluationId}/stakeholders/{stakeholderId}": {
    body: () => ({ name: "Pirates", category: "other" }),
  },
  "DELETE /organisations/{orgId}/evaluations/{evaluationId}/stakeholders/{stakeholderId}": {},
  "POST /organisations/{orgId}/evaluations/{evaluationId}/activities": {
    body: () => ({ name: "Piraterie" }),
  },
  "PUT /organisations/{orgId}/evaluations/{evaluationId}/activities/{activityId}": {
    body: () => ({ name: "Piraterie" }),
  },
  "DELETE /organisations/{orgId}/evaluations/{evaluationId}/activities/{activityId}": {},
  "POST /organisations/{orgId}/evaluations/{evaluationId}/contributions": {
    body: (f) => ({ stakeholderId: f.stakeholderId, activityId: f.activityId, kind: "money", amount: "1" }),
  },
  "PUT /organisations/{orgId}/evaluations/{evaluationId}/contributions/{contributionId}": {
    body: (f) => ({ stakeholderId: f.stakeholderId, activityId: f.activityId, kind: "money", amount: "1" }),
  },
  "DELETE /organisations/{orgId}/evaluations/{evaluationId}/contributions/{contributionId}": {},
  "GET /organisations/{orgId}/indicators": { query: "q=secret" },
  "POST /organisations/{orgId}/indicators": { body: () => PIRATE_INDICATOR },
  "POST /organisations/{orgId}/indicators/import": {
    body: () => ({ format: "json", content: JSON.stringify([PIRATE_INDICATOR]) }),
  },
  "GET /organisations/{orgId}/indicators/export": { query: "format=json&all=true" },
  "GET /organisations/{orgId}/indicators/{indicatorId}": {},
  "PUT /organisations/{orgId}/indicators/{indicatorId}": {
    body: () => {
      const { code: _code, ...rest } = PIRATE_INDICATOR;
      return rest;
    },
  },
  "DELETE /organisations/{orgId}/indicators/{indicatorId}": {},
  "GET /organisations/{orgId}/evaluations/{evaluationId}/theory-of-change": {},
  "PUT /organisations/{orgId}/evaluations/{evaluationId}/theory-of-change": {
    body: () => ({ graph: { nodes: [], edges: [] }, revision: 1 }),
  },
  "POST /organisations/{orgId}/evaluations/{evaluationId}/theory-of-change/template": {
    body: () => ({ templateKey: "job-insertion", replace: true, revision: 1 }),
  },
  "GET /organisations/{orgId}/evaluations/{evaluationId}/theory-of-change/versions": {},
  "POST /organisations/{orgId}/evaluations/{evaluationId}/theory-of-change/versions": {
    body: () => ({ label: "Pirate" }),
  },
  "GET /organisations/{orgId}/evaluations/{evaluationId}/theory-of-change/versions/{versionId}": {},
  "GET /organisations/{orgId}/evaluations/{evaluationId}/theory-of-change/diff": { query: "from=current" },
  "GET /organisations/{orgId}/evaluations/{evaluationId}/theory-of-change/export": { query: "format=json" },
  "GET /organisations/{orgId}/evaluations/{evaluationId}/framework": {},
  "POST /organisations/{orgId}/evaluations/{evaluationId}/framework/criteria": {
    body: (f) => ({ questionId: f.questionId, kind: "custom", label: "Critère pirate" }),
  },
  "PUT /organisations/{orgId}/evaluations/{evaluationId}/framework/criteria/{criterionId}": {
    body: (f) => ({ questionId: f.questionId, kind: "custom", label: "Critère pirate" }),
  },
  "DELETE /organisations/{orgId}/evaluations/{evaluationId}/framework/criteria/{criterionId}": {},
  "POST /organisations/{orgId}/evaluations/{evaluationId}/framework/indicators": {
    body: (f) => ({ indicatorId: f.indicatorId }),
  },
  "PUT /organisations/{orgId}/evaluations/{evaluationId}/framework/indicators/{frameworkIndicatorId}": {
    body: () => ({ targetValue: "1" }),
  },
  "DELETE /organisations/{orgId}/evaluations/{evaluationId}/framework/indicators/{frameworkIndicatorId}": {},
  "POST /organisations/{orgId}/evaluations/{evaluationId}/framework/indicators/{frameworkIndicatorId}/upgrade":
    {},
  "GET /organisations/{orgId}/network-frameworks": {},
  "POST /organisations/{orgId}/evaluations/{evaluationId}/framework/publish": {
    body: (f) => ({ networkFrameworkId: f.networkFrameworkId, name: "Référentiel pirate" }),
  },
  "POST /organisations/{orgId}/evaluations/{evaluationId}/framework/adopt": {
    body: (f) => ({ networkFrameworkId: f.networkFrameworkId }),
  },
  "GET /organisations/{orgId}/evaluations/{evaluationId}/export/cids": {},
  "POST /organisations/{orgId}/evaluations/import/cids": {
    body: () => ({
      document: {
        "@context": "https://ontology.commonapproach.org/contexts/cidsContext.jsonld",
        "@graph": [{ "@id": "urn:x:org", "@type": "cids:Organization", "org:hasLegalName": "Pirate" }],
      },
    }),
  },
  "GET /organisations/{orgId}/evaluations/{evaluationId}/questionnaires": {},
  "POST /organisations/{orgId}/evaluations/{evaluationId}/questionnaires": {
    body: () => ({ title: "Questionnaire pirate" }),
  },
  "GET /organisations/{orgId}/evaluations/{evaluationId}/questionnaires/{questionnaireId}": {},
  "POST /organisations/{orgId}/evaluations/{evaluationId}/questionnaires/import/xlsform": {
    body: () => ({ fileName: "pirate.xlsx", contentBase64: "UEsDBA==" }),
  },
  "GET /organisations/{orgId}/evaluations/{evaluationId}/questionnaires/{questionnaireId}/export/xlsform": {},
  "PUT /organisations/{orgId}/evaluations/{evaluationId}/questionnaires/{questionnaireId}/draft": {
    body: () => ({ definition: PIRATE_QUESTIONNAIRE, revision: 2 }),
  },
  "POST /organisations/{orgId}/evaluations/{evaluationId}/questionnaires/{questionnaireId}/publish": {},
  "DELETE /organisations/{orgId}/evaluations/{evaluationId}/questionnaires/{questionnaireId}": {},
  "GET /organisations/{orgId}/evaluations/{evaluationId}/campaigns": {},
  "POST /organisations/{orgId}/evaluations/{evaluationId}/campaigns": {
    body: (f) => ({ name: "Campagne pirate", questionnaireId: f.questionnaireId, consent: PIRATE_CONSENT }),
  },
  "GET /organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}": {},
  "PATCH /organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}": {
    body: () => ({ status: "closed" }),
  },
  "DELETE /organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}": {},
  "POST /organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}/submissions": {
    body: () => ({
      idempotencyKey: "pirate-submission-0001",
      answers: { note: "Réponse pirate" },
      consent: true,
      language: "fr",
    }),
  },
  "GET /organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}/follow-up": {},
  "GET /organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}/questionnaire": {},
  "GET /organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}/qr.svg": {},
  "GET /organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}/submissions": {},
  "GET /organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}/submissions/export": {
    query: "format=csv&labels=true",
  },
  "POST /organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}/submissions/import": {
    body: () => ({ fileName: "pirate.csv", content: "note\nRéponse pirate" }),
  },
  "GET /organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}/submissions/{submissionId}":
    {},
  "PATCH /organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}/submissions/{submissionId}":
    {
      body: () => ({ changes: { note: "Piraté" }, reason: "Piratage" }),
    },
  "POST /organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}/submissions/{submissionId}/delete":
    {},
  "POST /organisations/{orgId}/evaluations/{evaluationId}/campaigns/{campaignId}/submissions/{submissionId}/restore":
    {},
  "GET /organisations/{orgId}/evaluations/{evaluationId}/respondent-codes": {},
  "POST /organisations/{orgId}/evaluations/{evaluationId}/respondent-codes": { body: () => ({ count: 3 }) },
  "GET /organisations/{orgId}/evaluations/{evaluationId}/respondents/{code}": {},
  "DELETE /organisations/{orgId}/evaluations/{evaluationId}/respondents/{code}": {},
  "GET /organisations/{orgId}/evaluations/{evaluationId}/interview-guides": {},
  "POST /organisations/{orgId}/evaluations/{evaluationId}/interview-guides": { body: () => PIRATE_GUIDE },
  "PUT /organisations/{orgId}/evaluations/{evaluationId}/interview-guides/{guideId}": {
    body: () => PIRATE_GUIDE,
  },
  "DELETE /organisations/{orgId}/evaluations/{evaluationId}/interview-guides/{guideId}": {},
  "GET /organisations/{orgId}/evaluations/{evaluationId}/interviews": {},
  "POST /organisations/{orgId}/evaluations/{evaluationId}/interviews": { body: () => PIRATE_INTERVIEW },
  "GET /organisations/{orgId}/evaluations/{evaluationId}/interviews/{interviewId}": {},
  "PUT /organisations/{orgId}/evaluations/{evaluationId}/interviews/{interviewId}": {
    body: () => PIRATE_INTERVIEW,
  },
  "DELETE /organisations/{orgId}/evaluations/{evaluationId}/interviews/{interviewId}": {},
  "GET /organisations/{orgId}/cohort": {},
  "GET /organisations/{orgId}/cohort/{structureId}/evaluations/{evaluationId}/theory-of-change.svg": {},
};

const PIRATE_INDICATOR = {
  code: "PIRATE-1",
  name: { fr: "Pirate", en: "Pirate" },
  definition: { fr: "Indicateur pirate.", en: "Pirate indicator." },
  type: "count",
  unit: { fr: "personnes", en: "people" },
  direction: "higher_is_better",
  source: { fr: "Aucune", en: "None" },
  collectionMethod: "questionnaire",
  frequency: "yearly",
  impDimension: "what",
};

const PIRATE_QUESTIONNAIRE = {
  defaultLanguage: "fr",
  languages: ["fr"],
  title: { fr: "Pirate" },
  choiceLists: [],
  pages: [
    { name: "p1", title: { fr: "Page" }, questions: [{ name: "note", type: "text", label: { fr: "Note" } }] },
  ],
};
const PIRATE_CONSENT = {
  purpose: "Voler des données pour rien.",
  controller: "Pirates",
  retention: "Toujours",
  rights: "Aucun droit, aucune limite.",
};

const PIRATE_GUIDE = {
  title: "Guide pirate",
  themes: [{ title: "Pirates", questions: [{ text: "Où est le trésor ?", prompts: [] }] }],
};
const PIRATE_INTERVIEW = {
  heldOn: "2026-01-01",
  interviewer: "Pirate",
  stakeholderCategory: "other",
  consentGiven: "oral",
  transcript: "Transcription pirate",
};

const NOT_TENANT_SCOPED: Record<string, string> = {
  "GET /public/forms/{token}": "the campaign's secret link is the credential; tested in collection.test.ts",
  "POST /public/forms/{token}/submissions": "the secret link is the credential; it only adds an answer",
  "POST /public/forms/{token}/progress": "the secret link is the credential; anonymous progress only",
  "GET /me": "the caller's own profile; checked below to list only their organisations",
  "PATCH /me": "the caller's own profile",
  "GET /directory": "public directory of networks; never lists structures",
  "GET /organisations": "the caller's own memberships; checked below",
  "POST /organisations":
    "creates under a parent only with tree.manage on it (tested in organisations.test.ts)",
  "GET /invitations/{token}": "the secret token is the credential",
  "GET /toc-templates": "the built-in templates, the same for everyone",
  "POST /invitations/{token}/accept": "the secret token is the credential",
};

let t: TestApp;
let victim: Client;
let fixture: Fixture;
const secrets: string[] = [];
let attackers: { label: string; client: Client; orgId: string }[] = [];

/** Tables that change on any request (sessions, rate limits, idempotency keys), left out. */
const VOLATILE = new Set(["sessions", "rate_limits", "verifications", "idempotency_keys", "jobs"]);

/** Every row of every organisation table, so that any write by an attacker is seen. */
async function snapshot() {
  const db = t.database.db;
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables.filter((table) => !VOLATILE.has(table.name))) {
    out[name] = await queryRows(db, sql.raw(`select row_to_json(x)::text as r from "${name}" x order by 1`));
  }
  return out;
}

beforeAll(async () => {
  t = await createTestApp();
  victim = await t.signUp("Victime Propriétaire", "victim-owner@secret.example");
  const network = await json(
    await victim.post("/api/v1/organisations", { name: "Réseau Secret", kind: "network" }),
  );
  const structure = await json(
    await victim.post("/api/v1/organisations", {
      name: "Structure Confidentielle",
      kind: "structure",
      parentId: network.id,
      territory: "Lieu-secret",
    }),
  );
  const colleague = await t.signUp("Collègue Secret", "colleague@secret.example");
  const inv = await json(
    await victim.post(`/api/v1/organisations/${structure.id}/invitations`, { role: "evaluator" }),
  );
  await colleague.post(`/api/v1/invitations/${inv.token}/accept`);
  const pending = await json(
    await victim.post(`/api/v1/organisations/${structure.id}/invitations`, {
      role: "viewer",
      email: "x@secret.example",
    }),
  );
  const applicant = await t.signUp("Candidat", "applicant@secret.example");
  const applicantOrg = await json(
    await applicant.post("/api/v1/organisations", { name: "Candidat Structure", kind: "structure" }),
  );
  const request = await json(
    await applicant.post(`/api/v1/organisations/${applicantOrg.id}/join-requests`, {
      targetOrganisationId: structure.id,
    }),
  );
  expect(request.code).toBe("TREE_KIND_MISMATCH");
  const joinReq = await json(
    await applicant.post(`/api/v1/organisations/${applicantOrg.id}/join-requests`, {
      targetOrganisationId: network.id,
    }),
  );
  const members = await json(await victim.get(`/api/v1/organisations/${structure.id}/members`));
  const incubator = await json(
    await victim.post("/api/v1/organisations", { name: "Incubateur Secret", kind: "support_organisation" }),
  );
  const accompaniment = await json(
    await victim.post(`/api/v1/organisations/${structure.id}/accompaniments`, {
      supportOrganisationId: incubator.id,
      message: "Message-secret",
    }),
  );
  const evaluation = await json(
    await victim.post(`/api/v1/organisations/${structure.id}/evaluations`, { title: "Évaluation-secrète" }),
  );
  const evaluationUrl = `/api/v1/organisations/${structure.id}/evaluations/${evaluation.id}`;
  const scoped = await json(
    await victim.patch(evaluationUrl, { questions: [{ text: "Question-secrète ?" }] }),
  );
  await victim.post(`${evaluationUrl}/stakeholders`, { name: "Partie-secrète", category: "beneficiaries" });
  await victim.post(`${evaluationUrl}/activities`, { name: "Activité-secrète" });
  const chain = await json(await victim.get(`${evaluationUrl}/value-chain`));
  await victim.request("PUT", `${evaluationUrl}/theory-of-change`, {
    graph: {
      nodes: [{ id: "n1", type: "need", label: "Besoin-secret" }],
      edges: [],
    },
    revision: 0,
  });
  const tocVersion = await json(
    await victim.post(`${evaluationUrl}/theory-of-change/versions`, { label: "Version-secrète" }),
  );
  const indicator = await json(
    await victim.post(`/api/v1/organisations/${structure.id}/indicators`, {
      ...PIRATE_INDICATOR,
      code: "SECRET-IND",
      name: { fr: "Indicateur-secret", en: "Secret-indicator" },
    }),
  );
  const withCriterion = await json(
    await victim.post(`${evaluationUrl}/framework/criteria`, {
      questionId: scoped.questions[0].id,
      kind: "custom",
      label: "Critère-secret",
    }),
  );
  const criterionId = withCriterion.questions[0].criteria[0].id;
  const withIndicator = await json(
    await victim.post(`${evaluationUrl}/framework/indicators`, {
      indicatorId: indicator.id,
      criterionId,
      baselineNote: "Note-secrète",
    }),
  );
  const withContribution = await json(
    await victim.post(`${evaluationUrl}/contributions`, {
      stakeholderId: chain.stakeholders[0].id,
      activityId: chain.activities[0].id,
      kind: "in_kind",
      amount: "777.77",
      valueSource: "Source-secrète",
    }),
  );

  // The network publishes a framework, which the victim's evaluation adopts.
  const networkEvaluation = await json(
    await victim.post(`/api/v1/organisations/${network.id}/evaluations`, { title: "Évaluation du réseau" }),
  );
  const networkEvaluationUrl = `/api/v1/organisations/${network.id}/evaluations/${networkEvaluation.id}`;
  const networkScope = await json(
    await victim.patch(networkEvaluationUrl, { questions: [{ text: "Question du réseau ?" }] }),
  );
  const networkCriterion = await json(
    await victim.post(`${networkEvaluationUrl}/framework/criteria`, {
      questionId: networkScope.questions[0].id,
      kind: "impact",
    }),
  );
  const [satisfaction] = (
    await json(await victim.get(`/api/v1/organisations/${network.id}/indicators?q=GEN-SATISFACTION`))
  ).filter((i: any) => i.code === "GEN-SATISFACTION");
  await victim.post(`${networkEvaluationUrl}/framework/indicators`, {
    indicatorId: satisfaction.id,
    criterionId: networkCriterion.questions[0].criteria[0].id,
  });
  const published = await json(
    await victim.post(`${networkEvaluationUrl}/framework/publish`, { name: "Référentiel-secret" }),
  );
  const adopted = await victim.post(`${evaluationUrl}/framework/adopt`, {
    networkFrameworkId: published.networkFramework.id,
  });
  expect(adopted.status).toBe(200);

  // A published questionnaire, an open campaign and one answer typed in by the colleague.
  const questionnaire = await json(
    await victim.post(`${evaluationUrl}/questionnaires`, {
      title: "Questionnaire-secret",
      definition: {
        ...PIRATE_QUESTIONNAIRE,
        title: { fr: "Questionnaire-secret" },
        pages: [
          {
            name: "p1",
            title: { fr: "Page-secrète" },
            questions: [{ name: "note", type: "text", label: { fr: "Question-de-questionnaire-secrète" } }],
          },
        ],
      },
    }),
  );
  await victim.post(`${evaluationUrl}/questionnaires/${questionnaire.id}/publish`);
  const campaign = await json(
    await victim.post(`${evaluationUrl}/campaigns`, {
      name: "Campagne-secrète",
      questionnaireId: questionnaire.id,
      consent: { ...PIRATE_CONSENT, controller: "Responsable-secret" },
    }),
  );
  await victim.patch(`${evaluationUrl}/campaigns/${campaign.id}`, { status: "open" });
  const entered = await colleague.post(`${evaluationUrl}/campaigns/${campaign.id}/submissions`, {
    idempotencyKey: "victim-submission-0001",
    answers: { note: "Réponse-secrète" },
    consent: true,
    language: "fr",
  });
  expect(entered.status).toBe(201);
  const submission = await json(entered);
  const [code] = (
    await json(await victim.post(`${evaluationUrl}/respondent-codes`, { count: 1, prefix: "SECRET" }))
  ).codes;
  await victim.patch(`${evaluationUrl}/campaigns/${campaign.id}`, { paperUpload: true, staffEntry: true });
  const guide = await json(
    await victim.post(`${evaluationUrl}/interview-guides`, {
      title: "Guide-secret",
      themes: [
        { title: "Thème-secret", questions: [{ text: "Question d'entretien secrète ?", prompts: [] }] },
      ],
    }),
  );
  const interview = await json(
    await victim.post(`${evaluationUrl}/interviews`, {
      guideId: guide.id,
      heldOn: "2026-02-02",
      interviewer: "Enquêtrice-secrète",
      stakeholderCategory: "beneficiaries",
      respondentCode: code,
      consentGiven: "written",
      transcript: "Transcription-secrète",
    }),
  );

  // An outsider from another tree, and the owner of a sibling structure in the same network.
  const outsider = await t.signUp("Outsider");
  const outsiderOrg = await json(
    await outsider.post("/api/v1/organisations", { name: "Autre Réseau", kind: "network" }),
  );
  const sibling = await t.signUp("Sibling");
  const siblingOrg = await json(
    await victim.post("/api/v1/organisations", {
      name: "Structure Sœur",
      kind: "structure",
      parentId: network.id,
    }),
  );
  const siblingInvite = await json(
    await victim.post(`/api/v1/organisations/${siblingOrg.id}/invitations`, { role: "owner" }),
  );
  await sibling.post(`/api/v1/invitations/${siblingInvite.token}/accept`);

  attackers = [
    { label: "member of another tree", client: outsider, orgId: outsiderOrg.id },
    { label: "owner of a sibling structure", client: sibling, orgId: siblingOrg.id },
  ];
  fixture = {
    orgId: structure.id,
    memberId: members.find((m: any) => m.email === "colleague@secret.example").id,
    invitationId: pending.id,
    requestId: joinReq.id,
    accompanimentId: accompaniment.id,
    supportId: incubator.id,
    attackerOrgId: outsiderOrg.id,
    evaluationId: evaluation.id,
    stakeholderId: chain.stakeholders[0].id,
    activityId: chain.activities[0].id,
    contributionId: withContribution.contributions[0].id,
    indicatorId: indicator.id,
    versionId: tocVersion.id,
    questionId: scoped.questions[0].id,
    criterionId,
    frameworkIndicatorId: withIndicator.questions[0].criteria[0].indicators[0].id,
    structureId: structure.id,
    networkFrameworkId: published.networkFramework.id,
    questionnaireId: questionnaire.id,
    campaignId: campaign.id,
    submissionId: submission.id,
    guideId: guide.id,
    interviewId: interview.id,
    code,
  };
  secrets.push(
    "Structure Confidentielle",
    "Lieu-secret",
    "colleague@secret.example",
    "x@secret.example",
    "Message-secret",
    "Évaluation-secrète",
    "Question-secrète",
    "Partie-secrète",
    "Activité-secrète",
    "Source-secrète",
    "777.77",
    "Indicateur-secret",
    "SECRET-IND",
    "Besoin-secret",
    "Version-secrète",
    "Critère-secret",
    "Note-secrète",
    "Référentiel-secret",
    "Questionnaire-secret",
    "Page-secrète",
    "Question-de-questionnaire-secrète",
    "Campagne-secrète",
    "Responsable-secret",
    "Réponse-secrète",
    campaign.publicUrl,
    "Guide-secret",
    "Thème-secret",
    "Enquêtrice-secrète",
    "Transcription-secrète",
  );
});
afterAll(() => t.close());

async function openApiOperations(): Promise<string[]> {
  const doc = await json(await t.app.request("/api/openapi.json"));
  return Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
  );
}

const PATH_VALUES: Record<string, (f: Fixture) => string> = {
  step: () => "scope",
};

function fillPath(template: string, fx: Fixture): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = PATH_VALUES[name]?.(fx) ?? (fx as unknown as Record<string, string>)[name];
    if (!value) throw new Error(`no fixture value for {${name}} in ${template}`);
    return value;
  });
}

describe("cross-tenant isolation", () => {
  it("covers every route of the OpenAPI document", async () => {
    const operations = await openApiOperations();
    const uncovered = operations.filter((op) => !(op in ROUTES) && !(op in NOT_TENANT_SCOPED));
    expect(uncovered, "add these routes to the cross-tenant harness").toEqual([]);
    for (const op of operations.filter((o) => o.includes("{orgId}"))) expect(ROUTES).toHaveProperty([op]);
    const stale = Object.keys(ROUTES).filter((op) => !operations.includes(op));
    expect(stale).toEqual([]);
  });

  it("answers 403/404 with no data to members of other organisations, and changes nothing", async () => {
    const before = await snapshot();
    for (const attacker of attackers) {
      for (const [operation, routeCase] of Object.entries(ROUTES)) {
        const [method = "GET", template = ""] = operation.split(" ");
        const fx = { ...fixture, attackerOrgId: attacker.orgId };
        const path = fillPath(template, fx);
        const body = routeCase.body?.(fx) ?? (method === "GET" || method === "DELETE" ? undefined : {});
        const query = routeCase.query ? `?${routeCase.query}` : "";
        const response = await attacker.client.request(method, `/api/v1${path}${query}`, body);
        const text = await response.text();
        expect([403, 404], `${attacker.label}: ${operation} → ${response.status} ${text}`).toContain(
          response.status,
        );
        for (const secret of secrets) expect(text, `${operation} leaked ${secret}`).not.toContain(secret);
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it("does not reach the victim's items through the attacker's own organisation", async () => {
    const before = await snapshot();
    for (const attacker of attackers) {
      for (const [operation, routeCase] of Object.entries(ROUTES)) {
        const [method = "GET", template = ""] = operation.split(" ");
        // Only routes that name something inside the organisation: the id is the victim's,
        // the organisation the attacker's own (where they are owner).
        if ((template.match(/\{/g) ?? []).length < 2) continue;
        const fx = { ...fixture, attackerOrgId: attacker.orgId };
        const path = fillPath(template, { ...fx, orgId: attacker.orgId });
        const body = routeCase.body?.(fx) ?? (method === "GET" || method === "DELETE" ? undefined : {});
        const query = routeCase.query ? `?${routeCase.query}` : "";
        const response = await attacker.client.request(method, `/api/v1${path}${query}`, body);
        const text = await response.text();
        expect([403, 404], `${attacker.label}: ${operation} → ${response.status} ${text}`).toContain(
          response.status,
        );
        for (const secret of secrets) expect(text, `${operation} leaked ${secret}`).not.toContain(secret);
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it("lists only the caller's own organisations", async () => {
    for (const attacker of attackers) {
      const text = JSON.stringify([
        await json(await attacker.client.get("/api/v1/organisations")),
        await json(await attacker.client.get("/api/v1/me")),
        await json(await attacker.client.get("/api/v1/directory?q=")),
      ]);
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
  });

  it("still serves the victim itself (the harness is not vacuous)", async () => {
    const response = await victim.get(`/api/v1/organisations/${fixture.orgId}/members`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("colleague@secret.example");
  });
});
