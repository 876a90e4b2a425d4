import { evaluations, frameworkIndicators, indicatorDefinitions, stakeholders } from "@ricochet/db";
import { fromCids, type ImpactModelSnapshot } from "@ricochet/domain";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Client, createTestApp, json, type TestApp } from "./helpers/test-app.ts";

let t: TestApp;
let owner: Client;
let viewer: Client;
let other: Client;
let orgId: string;
let otherOrgId: string;
let evaluationId: string;
let exported: unknown;

const org = (id: string) => `/api/v1/organisations/${id}`;
const exportUrl = () => `${org(orgId)}/evaluations/${evaluationId}/export/cids`;
const importUrl = (id: string) => `${org(id)}/evaluations/import/cids`;

async function builtInVersionId(code: string): Promise<string> {
  const hits = await json(await owner.get(`${org(orgId)}/indicators?q=${code}`));
  const found = hits.find((i: { code: string }) => i.code === code);
  if (!found) throw new Error(`built-in ${code} not found`);
  return found.versionId;
}

/** A model without the ids each database gives its rows: what must survive the trip. */
function comparable(model: ImpactModelSnapshot) {
  const stakeholderName = new Map(model.stakeholders.map((s) => [s.id, s.name]));
  const activityName = new Map(model.activities.map((a) => [a.id, a.name]));
  return {
    evaluation: { ...model.evaluation, id: undefined },
    stakeholders: model.stakeholders.map((s) => ({ ...s, id: undefined })),
    activities: model.activities.map((a) => ({ ...a, id: undefined })),
    contributions: model.contributions.map((c) => ({
      ...c,
      id: undefined,
      stakeholderId: stakeholderName.get(c.stakeholderId),
      activityId: activityName.get(c.activityId),
    })),
    theoryOfChange: {
      nodes: model.theoryOfChange.nodes.map((n) => ({
        ...n,
        stakeholderIds: n.stakeholderIds.map((id) => stakeholderName.get(id)),
      })),
      edges: model.theoryOfChange.edges,
    },
    indicators: model.indicators,
  };
}

const countRows = async () => ({
  evaluations: (
    await t.database.db.select().from(evaluations).where(eq(evaluations.organisationId, otherOrgId))
  ).length,
  stakeholders: (
    await t.database.db.select().from(stakeholders).where(eq(stakeholders.organisationId, otherOrgId))
  ).length,
  indicators: (
    await t.database.db
      .select()
      .from(indicatorDefinitions)
      .where(eq(indicatorDefinitions.organisationId, otherOrgId))
  ).length,
});

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp("Inès Moreau");
  viewer = await t.signUp("Paul Lecteur");
  other = await t.signUp("Nadia Haddad");
  orgId = (
    await json(await owner.post("/api/v1/organisations", { name: "Chantier Rebond", kind: "structure" }))
  ).id;
  const invitation = await json(await owner.post(`${org(orgId)}/invitations`, { role: "viewer" }));
  await viewer.post(`/api/v1/invitations/${invitation.token}/accept`);
  otherOrgId = (
    await json(await other.post("/api/v1/organisations", { name: "Réseau Insertion Sud", kind: "structure" }))
  ).id;

  const base = `${org(orgId)}/evaluations`;
  evaluationId = (await json(await owner.post(base, { title: "Effets du chantier Rebond" }))).id;
  const url = `${base}/${evaluationId}`;
  await owner.patch(url, {
    subject: "Le chantier d'insertion et son accompagnement.",
    purposes: ["improve"],
    audiences: ["Conseil d'administration"],
    periodStart: "2025-01-01",
    periodEnd: "2025-12-31",
    territory: "Vaulx-en-Velin",
    questions: [{ text: "Les salariés trouvent-ils un emploi durable ?" }],
  });
  await owner.post(`${url}/stakeholders`, { name: "Salariés en insertion", category: "beneficiaries" });
  await owner.post(`${url}/stakeholders`, {
    name: "Bénévoles",
    category: "volunteers",
    estimatedSize: 12,
    involvement: "involved",
  });
  await owner.post(`${url}/activities`, { name: "Maraîchage", description: "Paniers bio" });
  const chain = await json(await owner.get(`${url}/value-chain`));
  const benevoles = chain.stakeholders.find((s: { name: string }) => s.name === "Bénévoles");
  const salaries = chain.stakeholders.find((s: { name: string }) => s.name === "Salariés en insertion");
  await owner.post(`${url}/contributions`, {
    stakeholderId: benevoles.id,
    activityId: chain.activities[0].id,
    kind: "volunteer_time",
    hours: "120",
    hourlyValue: "15.20",
    valueSource: "SMIC chargé",
  });

  const toc = `${url}/theory-of-change`;
  const applied = await json(
    await owner.post(`${toc}/template`, { templateKey: "job-insertion", revision: 0 }),
  );
  const outcomes = applied.graph.nodes.filter((n: { type: string }) => n.type.startsWith("outcome_"));
  const linked = {
    ...applied.graph,
    nodes: applied.graph.nodes.map((n: { id: string }) =>
      n.id === outcomes[0].id ? { ...n, stakeholderIds: [salaries.id] } : n,
    ),
  };
  const saved = await owner.request("PUT", toc, { graph: linked, revision: applied.revision });
  expect(saved.status).toBe(200);

  // One indicator of the public library, one of the organisation's own library.
  const own = await json(
    await owner.post(`${org(orgId)}/indicators`, {
      code: "REBOND-CONFIANCE",
      name: { fr: "Confiance en soi", en: "Self-confidence" },
      definition: {
        fr: "Score moyen d'auto-évaluation sur 10.",
        en: "Mean self-assessment score out of 10.",
      },
      type: "score",
      unit: { fr: "points", en: "points" },
      direction: "higher_is_better",
      source: { fr: "Questionnaire d'entrée et de sortie", en: "Entry and exit questionnaire" },
      collectionMethod: "questionnaire",
      frequency: "per_wave",
      impDimension: "how_much",
    }),
  );
  await t.database.db.insert(frameworkIndicators).values([
    {
      id: "fi-1",
      evaluationId,
      organisationId: orgId,
      indicatorVersionId: await builtInVersionId("EMP-SORTIE-DYN"),
      baselineValue: "38.5",
      baselineDate: "2024-12-31",
      baselineNote: "Bilan 2024",
      targetValue: "50",
      targetDate: "2025-12-31",
      outcomeNodeIds: [outcomes[1].id],
      position: 0,
    },
    {
      id: "fi-2",
      evaluationId,
      organisationId: orgId,
      indicatorVersionId: own.versionId,
      outcomeNodeIds: [outcomes[0].id, outcomes[1].id],
      position: 1,
    },
  ]);
});
afterAll(() => t.close());

describe("CIDS export", () => {
  it("answers a JSON-LD attachment with the CIDS context and the model's parts", async () => {
    const response = await owner.get(exportUrl());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/ld+json");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="effets-du-chantier-rebond.cids.jsonld"',
    );
    exported = await response.json();
    const document = exported as { "@context": unknown[]; "@graph": Array<Record<string, unknown>> };
    expect(document["@context"][0]).toBe("https://ontology.commonapproach.org/contexts/cidsContext.jsonld");
    const types = new Set(document["@graph"].map((n) => n["@type"]));
    for (const type of ["cids:Organization", "cids:ImpactPathway", "cids:Stakeholder", "cids:Outcome"])
      expect(types).toContain(type);
    const indicators = document["@graph"].filter((n) => n["@type"] === "cids:Indicator");
    expect(indicators.map((i) => i.hasIdentifier)).toEqual(["EMP-SORTIE-DYN", "REBOND-CONFIANCE"]);
    const { model } = fromCids(exported);
    expect(model.organisation.name).toBe("Chantier Rebond");
    expect(model.contributions).toEqual([
      expect.objectContaining({ kind: "volunteer_time", hours: "120.00", hourlyValue: "15.20" }),
    ]);
    expect(model.indicators[0]).toMatchObject({
      baseline: { value: "38.5", date: "2024-12-31", note: "Bilan 2024" },
      target: { value: "50", date: "2025-12-31" },
    });
  });

  it("is a read: a viewer may export, an outsider is told the evaluation does not exist", async () => {
    expect((await viewer.get(exportUrl())).status).toBe(200);
    expect((await other.get(exportUrl())).status).toBe(404);
    expect((await t.anonymous().get(exportUrl())).status).toBe(401);
  });
});

describe("CIDS import", () => {
  it("creates the same impact model in another organisation, indicators matched or created", async () => {
    const response = await other.post(importUrl(otherOrgId), { document: exported });
    expect(response.status).toBe(201);
    const result = await json(response);
    expect(result).toMatchObject({
      title: "Effets du chantier Rebond",
      counts: {
        stakeholders: 2,
        activities: 1,
        contributions: 1,
        indicators: 2,
        indicatorsMatched: 1,
        indicatorsCreated: 1,
      },
      warnings: [],
    });
    expect(result.counts.tocNodes).toBeGreaterThanOrEqual(12);

    const again = await json(
      await other.get(`${org(otherOrgId)}/evaluations/${result.evaluationId}/export/cids`),
    );
    const before = fromCids(exported).model;
    const after = fromCids(again).model;
    expect(after.organisation.name).toBe("Réseau Insertion Sud");
    expect(comparable(after)).toEqual(comparable(before));

    // The organisation's own indicator now lives, private, in the receiving library.
    const hits = await json(await other.get(`${org(otherOrgId)}/indicators?q=REBOND-CONFIANCE`));
    expect(hits.find((i: { code: string }) => i.code === "REBOND-CONFIANCE")).toMatchObject({
      scope: "private",
      organisationId: otherOrgId,
    });
    const audit = await json(await other.get(`${org(otherOrgId)}/audit-events`));
    expect(audit.events.map((e: { action: string }) => e.action)).toContain("evaluation.cids_imported");
  });

  it("needs the right to write evaluations in the receiving organisation", async () => {
    expect((await viewer.post(importUrl(orgId), { document: exported })).status).toBe(403);
    expect((await other.post(importUrl(orgId), { document: exported })).status).toBe(404);
  });

  it("refuses bad files in French and English and creates nothing", async () => {
    const rows = await countRows();
    const send = (body: unknown, lang: "fr" | "en") =>
      other.request("POST", importUrl(otherOrgId), body, { "accept-language": lang });

    const noDocument = await send({ file: "x" }, "en");
    expect(noDocument.status).toBe(400);
    expect((await json(noDocument)).code).toBe("VALIDATION_FAILED");

    const { "@context": _context, ...withoutContext } = exported as Record<string, unknown>;
    const fr = await send({ document: withoutContext }, "fr");
    expect(fr.status).toBe(422);
    const frBody = await json(fr);
    expect(frBody.code).toBe("CIDS_INVALID");
    expect(frBody.detail).toContain("rien n'a été importé");
    expect(JSON.stringify(frBody)).toContain("Le @context manque");
    const en = await json(await send({ document: withoutContext }, "en"));
    expect(en.detail).toContain("nothing was imported");
    expect(JSON.stringify(en)).toContain("The @context is missing");

    // A stakeholder outcome pointing at a stakeholder left out of the file, and an unknown type.
    const document = structuredClone(exported) as { "@graph": Array<Record<string, unknown>> };
    const dropped = document["@graph"].find(
      (n) => n["@type"] === "cids:Stakeholder" && n.hasName === "Salariés en insertion",
    );
    document["@graph"] = document["@graph"].filter((n) => n !== dropped);
    document["@graph"].push({ "@id": "urn:x:1", "@type": "cids:Licorne" });
    const broken = await json(await send({ document }, "en"));
    expect(broken.code).toBe("CIDS_INVALID");
    const text = JSON.stringify(broken);
    expect(text).toContain("refers to the stakeholder");
    expect(text).toContain("Unknown type “cids:Licorne”");

    expect(await countRows()).toEqual(rows);
  });

  it("is all or nothing when the last write fails", async () => {
    const rows = await countRows();
    // Make the final audit record fail, after every other row of the import has been written.
    await t.database.db.execute(sql`
      create function refuse_cids_import() returns trigger language plpgsql as $$
      begin
        if new.action = 'evaluation.cids_imported' then raise exception 'refused for the test'; end if;
        return new;
      end $$`);
    await t.database.db.execute(
      sql`create trigger refuse_cids_import before insert on audit_events for each row execute function refuse_cids_import()`,
    );
    // The server logs the unexpected failure; the test expects it, the output need not show it.
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const document = structuredClone(exported) as { "@graph": Array<Record<string, unknown>> };
      const own = document["@graph"].find((n) => n.hasIdentifier === "REBOND-CONFIANCE");
      if (own) own.hasIdentifier = "REBOND-AUTRE";
      const response = await other.post(importUrl(otherOrgId), { document });
      expect(response.status).toBe(500);
      expect(await countRows()).toEqual(rows);
    } finally {
      quiet.mockRestore();
      await t.database.db.execute(sql`drop trigger refuse_cids_import on audit_events`);
      await t.database.db.execute(sql`drop function refuse_cids_import()`);
    }
  });
});
