import { queryRows } from "@ricochet/db";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, json, type TestApp } from "./helpers/test-app.ts";

// A network publishes its framework to its members; two members adopt it, add their own items,
// cannot break the shared ones, and follow the network's second version; an outsider cannot adopt.

let t: TestApp;
let head: Client;
let alice: Client;
let bob: Client;
let outsider: Client;
let networkId: string;
let memberA: string;
let memberB: string;
let outsiderOrg: string;

const org = (id: string) => `/api/v1/organisations/${id}`;
const inLang = (client: Client, method: string, path: string, body: unknown, lang: "fr" | "en") =>
  client.request(method, path, body, { "accept-language": lang });

/** An organisation under the network, handed over to its own owner. */
async function member(name: string, owner: Client): Promise<string> {
  const created = await json(
    await head.post("/api/v1/organisations", { name, kind: "structure", parentId: networkId }),
  );
  const invitation = await json(await head.post(`${org(created.id)}/invitations`, { role: "owner" }));
  await owner.post(`/api/v1/invitations/${invitation.token}/accept`);
  return created.id;
}

async function builtIn(client: Client, orgId: string, code: string): Promise<any> {
  const hits = await json(await client.get(`${org(orgId)}/indicators?q=${code}`));
  const found = hits.find((i: any) => i.code === code);
  if (!found) throw new Error(`built-in ${code} not found`);
  return found;
}

/** An evaluation with its questions; returns its URL and the scoped questions. */
async function evaluation(client: Client, orgId: string, title: string, questions: string[]) {
  const created = await json(await client.post(`${org(orgId)}/evaluations`, { title }));
  const url = `${org(orgId)}/evaluations/${created.id}`;
  const scoped = await json(await client.patch(url, { questions: questions.map((text) => ({ text })) }));
  return {
    id: created.id as string,
    url,
    questions: scoped.questions as Array<{ id: string; text: string }>,
  };
}

const allIndicators = (framework: any): any[] => [
  ...framework.questions.flatMap((q: any) => q.criteria.flatMap((c: any) => c.indicators)),
  ...framework.unplaced,
];
const byCode = (framework: any, code: string) => allIndicators(framework).find((i: any) => i.code === code);
const count = async (table: string) =>
  (await queryRows<{ n: number }>(t.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]?.n;

let source: { id: string; url: string; questions: Array<{ id: string; text: string }> };
let networkFrameworkId: string;

beforeAll(async () => {
  t = await createTestApp();
  head = await t.signUp("Camille Tête-de-réseau");
  alice = await t.signUp("Alice Membre");
  bob = await t.signUp("Bob Membre");
  outsider = await t.signUp("Olivia Dehors");
  networkId = (
    await json(await head.post("/api/v1/organisations", { name: "Réseau Coopérer", kind: "network" }))
  ).id;
  memberA = await member("CAE Alpha", alice);
  memberB = await member("CAE Bêta", bob);
  outsiderOrg = (
    await json(
      await outsider.post("/api/v1/organisations", { name: "Coopérative Isolée", kind: "structure" }),
    )
  ).id;

  // The network builds the framework it will share in an evaluation of its own.
  source = await evaluation(head, networkId, "Référentiel commun 2026", [
    "Les entrepreneurs créent-ils une activité qui dure ?",
    "Les entrepreneurs gagnent-ils en autonomie ?",
  ]);
  const [q1, q2] = source.questions;
  let framework = await json(
    await head.post(`${source.url}/framework/criteria`, { questionId: q1!.id, kind: "effectiveness" }),
  );
  framework = await json(
    await head.post(`${source.url}/framework/criteria`, { questionId: q2!.id, kind: "impact" }),
  );
  const [effectiveness] = framework.questions[0].criteria;
  const [impact] = framework.questions[1].criteria;
  for (const [code, criterion] of [
    ["ENT-PERENNITE-3ANS", effectiveness],
    ["ENT-REMUNERATION-MENSUELLE", effectiveness],
    ["GEN-CONFIANCE-SOI", impact],
  ] as const) {
    const indicator = await builtIn(head, networkId, code);
    await head.post(`${source.url}/framework/indicators`, {
      indicatorId: indicator.id,
      criterionId: criterion.id,
    });
  }
});
afterAll(() => t.close());

describe("publishing a network framework", () => {
  it("refuses a private indicator, naming it, and writes nothing", async () => {
    const secret = await json(
      await head.post(`${org(networkId)}/indicators`, {
        code: "RES-INTERNE",
        name: { fr: "Suivi interne", en: "Internal follow-up" },
        definition: { fr: "Nombre de réunions internes.", en: "Number of internal meetings." },
        type: "count",
        unit: { fr: "réunions", en: "meetings" },
        direction: "higher_is_better",
        source: { fr: "Agenda", en: "Calendar" },
        collectionMethod: "administrative_records",
        frequency: "yearly",
        impDimension: "how_much",
      }),
    );
    expect(secret.scope).toBe("private");
    const framework = await json(await head.get(`${source.url}/framework`));
    const placed = await json(
      await head.post(`${source.url}/framework/indicators`, {
        indicatorId: secret.id,
        criterionId: framework.questions[0].criteria[0].id,
      }),
    );
    const before = await count("audit_events");
    const body = { name: "Référentiel commun des CAE" };
    const fr = await inLang(head, "POST", `${source.url}/framework/publish`, body, "fr");
    expect(fr.status).toBe(400);
    expect(await json(fr)).toMatchObject({
      code: "NETWORK_FRAMEWORK_PRIVATE_INDICATOR",
      detail:
        "L'indicateur « RES-INTERNE » est privé : les membres du réseau ne le voient pas. Partagez-le avec le réseau ou retirez-le du référentiel, puis publiez à nouveau. Rien n'a été publié.",
    });
    const en = await inLang(head, "POST", `${source.url}/framework/publish`, body, "en");
    expect((await json(en)).detail).toBe(
      "The indicator “RES-INTERNE” is private: the network's members cannot see it. Share it with the network or take it out of the framework, then publish again. Nothing was published.",
    );
    expect(await count("network_frameworks")).toBe(0);
    expect(await count("network_framework_versions")).toBe(0);
    expect(await count("audit_events")).toBe(before);
    expect(await json(await head.get(`${org(networkId)}/network-frameworks`))).toEqual([]);

    // Unplaced, it is the network's work in progress and not published; removed here.
    const row = byCode(placed, "RES-INTERNE");
    await head.delete(`${source.url}/framework/indicators/${row.id}`);
  });

  it("is for networks and regional bodies only", async () => {
    const own = await evaluation(alice, memberA, "Évaluation d'Alpha", ["Question d'Alpha ?"]);
    const response = await inLang(alice, "POST", `${own.url}/framework/publish`, { name: "Le nôtre" }, "fr");
    expect(response.status).toBe(403);
    expect(await json(response)).toMatchObject({
      code: "NETWORK_FRAMEWORK_NOT_PUBLISHER",
      detail:
        "« CAE Alpha » est de type « Structure » : seuls un réseau ou une délégation régionale publient un référentiel pour leurs membres.",
    });
    await alice.delete(own.url);
  });

  it("publishes version 1 as a snapshot of the evaluation's framework", async () => {
    const response = await head.post(`${source.url}/framework/publish`, {
      name: "Référentiel commun des CAE",
      description: "Trois indicateurs communs à toutes les coopératives du réseau.",
      changeNote: "Première version",
    });
    expect(response.status).toBe(201);
    const published = await json(response);
    networkFrameworkId = published.networkFramework.id;
    expect(published.networkFramework).toMatchObject({
      name: "Référentiel commun des CAE",
      network: { id: networkId, name: "Réseau Coopérer", kind: "network" },
      relation: "published",
      currentVersion: 1,
      changeNote: "Première version",
      counts: { questions: 2, criteria: 2, indicators: 3 },
      sourceEvaluationId: source.id,
      adoptions: [],
    });
    expect(published.changes).toMatchObject({
      unchanged: false,
      indicatorsAdded: ["ENT-PERENNITE-3ANS", "ENT-REMUNERATION-MENSUELLE", "GEN-CONFIANCE-SOI"],
      indicatorsRemoved: [],
    });
    const again = await inLang(
      head,
      "POST",
      `${source.url}/framework/publish`,
      { networkFrameworkId, name: "Référentiel commun des CAE" },
      "en",
    );
    expect(again.status).toBe(409);
    expect(await json(again)).toMatchObject({
      code: "NETWORK_FRAMEWORK_UNCHANGED",
      detail:
        "The framework “Référentiel commun des CAE” has not changed since its version 1: nothing was published.",
    });
  });
});

describe("adopting it as a member", () => {
  let a: { id: string; url: string; questions: Array<{ id: string; text: string }> };

  it("lists it for members, and copies it into an evaluation keeping the member's own work", async () => {
    const listed = await json(await alice.get(`${org(memberA)}/network-frameworks`));
    expect(listed).toEqual([
      expect.objectContaining({
        id: networkFrameworkId,
        relation: "adoptable",
        currentVersion: 1,
        sourceEvaluationId: null,
        adoptions: null,
        indicators: [
          { code: "ENT-PERENNITE-3ANS", version: 1 },
          { code: "ENT-REMUNERATION-MENSUELLE", version: 1 },
          { code: "GEN-CONFIANCE-SOI", version: 1 },
        ],
      }),
    ]);

    a = await evaluation(alice, memberA, "Notre impact 2026", ["Notre question à nous ?"]);
    let framework = await json(
      await alice.post(`${a.url}/framework/criteria`, {
        questionId: a.questions[0]!.id,
        kind: "custom",
        label: "Vie coopérative",
      }),
    );
    const lasting = await builtIn(alice, memberA, "ENT-PERENNITE-3ANS");
    await alice.post(`${a.url}/framework/indicators`, {
      indicatorId: lasting.id,
      criterionId: framework.questions[0].criteria[0].id,
      baselineValue: "61",
      baselineNote: "Bilan 2025",
    });

    const adopted = await alice.post(`${a.url}/framework/adopt`, { networkFrameworkId });
    expect(adopted.status).toBe(200);
    const result = await json(adopted);
    expect(result.adoption).toEqual({
      networkFrameworkId,
      name: "Référentiel commun des CAE",
      network: "Réseau Coopérer",
      fromVersion: null,
      toVersion: 1,
      changed: true,
      added: { questions: 2, criteria: 2, indicators: ["ENT-REMUNERATION-MENSUELLE", "GEN-CONFIANCE-SOI"] },
      linked: ["ENT-PERENNITE-3ANS"],
      repinned: [],
      removed: { questions: 0, criteria: 0, indicators: [] },
      keptAsLocal: { questions: [], criteria: [], indicators: [] },
    });
    framework = result.framework;
    const origin = {
      networkFrameworkId,
      frameworkName: "Référentiel commun des CAE",
      networkName: "Réseau Coopérer",
    };
    expect(framework.questions.map((q: any) => [q.text, q.origin])).toEqual([
      ["Notre question à nous ?", null],
      ["Les entrepreneurs créent-ils une activité qui dure ?", origin],
      ["Les entrepreneurs gagnent-ils en autonomie ?", origin],
    ]);
    expect(framework.questions[0].criteria).toEqual([
      expect.objectContaining({ label: "Vie coopérative", origin: null, indicators: [] }),
    ]);
    expect(
      framework.questions[1].criteria.map((c: any) => [
        c.label,
        c.origin,
        c.indicators.map((i: any) => i.code),
      ]),
    ).toEqual([["Efficacité", origin, ["ENT-PERENNITE-3ANS", "ENT-REMUNERATION-MENSUELLE"]]]);
    // The member's baseline went along with the indicator it already measured.
    expect(byCode(framework, "ENT-PERENNITE-3ANS")).toMatchObject({
      baselineValue: "61",
      baselineNote: "Bilan 2025",
      pinnedVersion: 1,
      origin,
    });
    expect(framework.adoptions).toEqual([
      {
        networkFrameworkId,
        name: "Référentiel commun des CAE",
        network: "Réseau Coopérer",
        adoptedVersion: 1,
        currentVersion: 1,
        updateAvailable: false,
        changeNote: null,
      },
    ]);

    // The same version twice is a no-op.
    const rows = await count("framework_indicators");
    const twice = await json(await alice.post(`${a.url}/framework/adopt`, { networkFrameworkId }));
    expect(twice.adoption).toMatchObject({ fromVersion: 1, toVersion: 1, changed: false });
    expect(await count("framework_indicators")).toBe(rows);
    expect(await count("framework_adoptions")).toBe(1);
  });

  it("lets the member add its own criteria and indicators, even under a shared question", async () => {
    let framework = await json(await alice.get(`${a.url}/framework`));
    const shared = framework.questions[2];
    framework = await json(
      await alice.post(`${a.url}/framework/criteria`, {
        questionId: shared.id,
        kind: "custom",
        label: "Notre critère local",
      }),
    );
    const local = framework.questions[2].criteria.find((c: any) => c.label === "Notre critère local");
    expect(local.origin).toBeNull();
    const satisfaction = await builtIn(alice, memberA, "GEN-SATISFACTION");
    const added = await alice.post(`${a.url}/framework/indicators`, {
      indicatorId: satisfaction.id,
      criterionId: local.id,
    });
    expect(added.status).toBe(201);
    expect(byCode(await json(added), "GEN-SATISFACTION")).toMatchObject({
      criterionId: local.id,
      origin: null,
    });
  });

  it("refuses to remove, move, rename or upgrade a shared item, with a precise message", async () => {
    const framework = await json(await alice.get(`${a.url}/framework`));
    const pay = byCode(framework, "ENT-REMUNERATION-MENSUELLE");
    const sharedCriterion = framework.questions[1].criteria[0];
    const fr = await inLang(alice, "DELETE", `${a.url}/framework/indicators/${pay.id}`, undefined, "fr");
    expect(fr.status).toBe(409);
    expect(await json(fr)).toMatchObject({
      code: "NETWORK_ITEM_LOCKED",
      detail:
        "« ENT-REMUNERATION-MENSUELLE » vient du référentiel « Référentiel commun des CAE » de « Réseau Coopérer » : il est identique chez tous les membres pour que les résultats restent comparables, vous ne pouvez donc pas le retirer. Vous pouvez en revanche ajouter vos propres critères et indicateurs, et renseigner situation de départ et cible.",
    });
    const en = await inLang(alice, "DELETE", `${a.url}/framework/indicators/${pay.id}`, undefined, "en");
    expect((await json(en)).detail).toBe(
      "“ENT-REMUNERATION-MENSUELLE” comes from the framework “Référentiel commun des CAE” of “Réseau Coopérer”: it is the same for every member so that results stay comparable, so you cannot remove it. You can still add your own criteria and indicators, and set baselines and targets.",
    );

    const refusals: Array<[string, string, unknown, string]> = [
      ["DELETE", `${a.url}/framework/criteria/${sharedCriterion.id}`, undefined, "remove it"],
      [
        "PUT",
        `${a.url}/framework/criteria/${sharedCriterion.id}`,
        { questionId: sharedCriterion.questionId, kind: "custom", label: "Renommé" },
        "change its wording or kind",
      ],
      [
        "PUT",
        `${a.url}/framework/criteria/${sharedCriterion.id}`,
        { questionId: framework.questions[0].id, kind: "effectiveness", label: "Efficacité" },
        "move it",
      ],
      [
        "PUT",
        `${a.url}/framework/indicators/${pay.id}`,
        { criterionId: framework.questions[0].criteria[0].id },
        "move it",
      ],
      ["POST", `${a.url}/framework/indicators/${pay.id}/upgrade`, {}, "change its version"],
      [
        "PATCH",
        a.url,
        { questions: framework.questions.slice(0, 2).map((q: any) => ({ id: q.id, text: q.text })) },
        "remove it",
      ],
      [
        "PATCH",
        a.url,
        {
          questions: framework.questions.map((q: any, i: number) => ({
            id: q.id,
            text: i === 1 ? "Reformulée ?" : q.text,
          })),
        },
        "change its wording",
      ],
    ];
    for (const [method, path, body, action] of refusals) {
      const response = await inLang(alice, method, path, body, "en");
      const problem = await json(response);
      expect(response.status, `${method} ${path}`).toBe(409);
      expect(problem.code).toBe("NETWORK_ITEM_LOCKED");
      expect(problem.detail).toContain(action);
    }

    // What the member writes about a shared indicator stays its own.
    const figures = await alice.request("PUT", `${a.url}/framework/indicators/${pay.id}`, {
      criterionId: pay.criterionId,
      baselineValue: "1450",
      targetValue: "1600",
    });
    expect(figures.status).toBe(200);
    expect(byCode(await json(figures), "ENT-REMUNERATION-MENSUELLE")).toMatchObject({
      baselineValue: "1450",
      targetValue: "1600",
    });
    // Shared questions may come back in another order, unchanged.
    const reordered = await alice.patch(a.url, {
      questions: [framework.questions[2], framework.questions[0], framework.questions[1]].map((q: any) => ({
        id: q.id,
        text: q.text,
      })),
    });
    expect(reordered.status).toBe(200);
  });

  it("refuses an organisation outside the network, naming both, and changes nothing", async () => {
    const own = await evaluation(outsider, outsiderOrg, "Évaluation isolée", ["Question isolée ?"]);
    const before = await count("framework_adoptions");
    const fr = await inLang(outsider, "POST", `${own.url}/framework/adopt`, { networkFrameworkId }, "fr");
    expect(fr.status).toBe(403);
    expect(await json(fr)).toMatchObject({
      code: "NETWORK_FRAMEWORK_NOT_MEMBER",
      detail:
        "« Coopérative Isolée » n'est pas membre de « Réseau Coopérer » : seuls les membres de ce réseau peuvent adopter son référentiel. Rien n'a été modifié.",
    });
    const en = await inLang(outsider, "POST", `${own.url}/framework/adopt`, { networkFrameworkId }, "en");
    expect((await json(en)).detail).toBe(
      "“Coopérative Isolée” is not a member of “Réseau Coopérer”: only that network's members may adopt its framework. Nothing was changed.",
    );
    expect(await count("framework_adoptions")).toBe(before);
    const framework = await json(await outsider.get(`${own.url}/framework`));
    expect(framework.questions.map((q: any) => q.text)).toEqual(["Question isolée ?"]);
    expect(await json(await outsider.get(`${org(outsiderOrg)}/network-frameworks`))).toEqual([]);
    // The network itself cannot adopt its own framework either (it is not below itself).
    const self = await head.post(`${source.url}/framework/adopt`, { networkFrameworkId });
    expect((await json(self)).code).toBe("NETWORK_FRAMEWORK_NOT_MEMBER");
    const unknown = await outsider.post(`${own.url}/framework/adopt`, { networkFrameworkId: "nope" });
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).code).toBe("NETWORK_FRAMEWORK_NOT_FOUND");
  });

  it("follows version 2: adds, removes, keeps what carries the member's figures", async () => {
    // Bob adopts version 1 too, without writing anything of his own.
    const b = await evaluation(bob, memberB, "Évaluation de Bêta", []);
    await bob.post(`${b.url}/framework/adopt`, { networkFrameworkId });
    // Alice set a baseline on the indicator the network is about to drop.
    let framework = await json(await alice.get(`${a.url}/framework`));
    const confidence = byCode(framework, "GEN-CONFIANCE-SOI");
    await alice.request("PUT", `${a.url}/framework/indicators/${confidence.id}`, {
      criterionId: confidence.criterionId,
      baselineValue: "3.2",
    });

    // The network drops GEN-CONFIANCE-SOI and adds GEN-POUVOIR-AGIR.
    const own = await json(await head.get(`${source.url}/framework`));
    await head.delete(`${source.url}/framework/indicators/${byCode(own, "GEN-CONFIANCE-SOI").id}`);
    const power = await builtIn(head, networkId, "GEN-POUVOIR-AGIR");
    await head.post(`${source.url}/framework/indicators`, {
      indicatorId: power.id,
      criterionId: own.questions[1].criteria[0].id,
    });
    const v2 = await json(
      await head.post(`${source.url}/framework/publish`, {
        networkFrameworkId,
        name: "Référentiel commun des CAE",
        changeNote: "Le pouvoir d'agir remplace la confiance en soi.",
      }),
    );
    expect(v2.networkFramework.currentVersion).toBe(2);
    expect(v2.changes).toMatchObject({
      indicatorsAdded: ["GEN-POUVOIR-AGIR"],
      indicatorsRemoved: ["GEN-CONFIANCE-SOI"],
    });

    framework = await json(await alice.get(`${a.url}/framework`));
    expect(framework.adoptions[0]).toMatchObject({
      adoptedVersion: 1,
      currentVersion: 2,
      updateAvailable: true,
      changeNote: "Le pouvoir d'agir remplace la confiance en soi.",
    });
    const updated = await json(await alice.post(`${a.url}/framework/adopt`, { networkFrameworkId }));
    expect(updated.adoption).toMatchObject({
      fromVersion: 1,
      toVersion: 2,
      changed: true,
      added: { questions: 0, criteria: 0, indicators: ["GEN-POUVOIR-AGIR"] },
      removed: { questions: 0, criteria: 0, indicators: [] },
      keptAsLocal: { questions: [], criteria: [], indicators: ["GEN-CONFIANCE-SOI"] },
    });
    framework = updated.framework;
    expect(byCode(framework, "GEN-POUVOIR-AGIR").origin).toMatchObject({ networkFrameworkId });
    // Kept as Alice's own: still there with its baseline, and now hers to remove.
    expect(byCode(framework, "GEN-CONFIANCE-SOI")).toMatchObject({ baselineValue: "3.2", origin: null });
    expect(byCode(framework, "GEN-SATISFACTION")).toMatchObject({ origin: null });
    expect(framework.adoptions[0]).toMatchObject({ adoptedVersion: 2, updateAvailable: false });
    const removable = await alice.delete(
      `${a.url}/framework/indicators/${byCode(framework, "GEN-CONFIANCE-SOI").id}`,
    );
    expect(removable.status).toBe(200);

    const bobs = await json(await bob.post(`${b.url}/framework/adopt`, { networkFrameworkId }));
    expect(bobs.adoption).toMatchObject({
      removed: { indicators: ["GEN-CONFIANCE-SOI"] },
      keptAsLocal: { indicators: [] },
    });
    expect(allIndicators(bobs.framework).map((i: any) => i.code)).toEqual([
      "ENT-PERENNITE-3ANS",
      "ENT-REMUNERATION-MENSUELLE",
      "GEN-POUVOIR-AGIR",
    ]);

    const audit = await json(await alice.get(`${org(memberA)}/audit-events`));
    expect(
      audit.events.filter((e: any) => e.action.startsWith("framework.network_")).map((e: any) => e.action),
    ).toEqual(["framework.network_updated", "framework.network_adopted"]);
  });

  it("shows the publisher counts of adoptions per version, never the members' evaluations", async () => {
    const response = await head.get(`${org(networkId)}/network-frameworks`);
    const text = await response.clone().text();
    const [listed] = await json(response);
    expect(listed).toMatchObject({
      relation: "published",
      currentVersion: 2,
      adoptions: [{ version: 2, evaluations: 2, organisations: 2 }],
    });
    for (const secret of ["Notre impact 2026", "Évaluation de Bêta", "CAE Alpha", "1450"])
      expect(text).not.toContain(secret);
    const audit = await json(await head.get(`${org(networkId)}/audit-events`));
    expect(
      audit.events
        .filter((e: any) => e.action === "network_framework.published")
        .map((e: any) => e.summary.version),
    ).toEqual([2, 1]);
  });
});
