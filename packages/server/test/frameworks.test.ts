import { theoriesOfChange } from "@ricochet/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, json, type TestApp } from "./helpers/test-app.ts";

let t: TestApp;
let owner: Client;
let viewer: Client;
let outsider: Client;
let orgId: string;
let outsiderOrgId: string;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp("Inès Moreau");
  viewer = await t.signUp("Paul Viewer");
  outsider = await t.signUp("Autre Structure");
  orgId = (
    await json(await owner.post("/api/v1/organisations", { name: "Chantier Rebond", kind: "structure" }))
  ).id;
  const invitation = await json(
    await owner.post(`/api/v1/organisations/${orgId}/invitations`, { role: "viewer" }),
  );
  await viewer.post(`/api/v1/invitations/${invitation.token}/accept`);
  outsiderOrgId = (
    await json(await outsider.post("/api/v1/organisations", { name: "Ailleurs", kind: "structure" }))
  ).id;
});
afterAll(() => t.close());

const evaluations = () => `/api/v1/organisations/${orgId}/evaluations`;
const put = (client: Client, path: string, body: unknown, lang?: "fr" | "en") =>
  client.request("PUT", path, body, lang ? { "accept-language": lang } : {});
const post = (client: Client, path: string, body: unknown, lang: "fr" | "en") =>
  client.request("POST", path, body, { "accept-language": lang });

/** An evaluation with two evaluative questions; returns its framework URL and the questions. */
async function evaluationWithQuestions(title: string) {
  const evaluation = await json(await owner.post(evaluations(), { title }));
  const scoped = await json(
    await owner.patch(`${evaluations()}/${evaluation.id}`, {
      questions: [
        { text: "Le chantier favorise-t-il l'accès à l'emploi durable ?" },
        { text: "L'accompagnement est-il à la hauteur des besoins ?" },
      ],
    }),
  );
  const [q1, q2] = scoped.questions;
  return { id: evaluation.id, url: `${evaluations()}/${evaluation.id}`, q1, q2 };
}

async function builtIn(code: string): Promise<any> {
  const hits = await json(await owner.get(`/api/v1/organisations/${orgId}/indicators?q=${code}`));
  const found = hits.find((i: any) => i.code === code);
  if (!found) throw new Error(`built-in ${code} not found`);
  return found;
}

const ownIndicator = (code: string, name: string) => ({
  code,
  name: { fr: name, en: `${name} (en)` },
  definition: {
    fr: `Nombre de ${name.toLowerCase()} sur l'année civile.`,
    en: `Number of ${name} over the calendar year.`,
  },
  type: "count",
  unit: { fr: "personnes", en: "people" },
  direction: "higher_is_better",
  source: { fr: "Registre du chantier", en: "Site register" },
  collectionMethod: "administrative_records",
  frequency: "yearly",
  disaggregations: ["gender"],
  sectors: ["employment_insertion"],
  impDimension: "how_much",
  tags: ["chantier"],
});

/** Writes the theory of change directly: its API is built separately. */
async function writeGraph(evaluationId: string, nodes: Array<{ id: string; type: string; label: string }>) {
  const graph = { nodes, edges: [] };
  const [existing] = await t.database.db
    .select()
    .from(theoriesOfChange)
    .where(eq(theoriesOfChange.evaluationId, evaluationId));
  if (existing)
    await t.database.db
      .update(theoriesOfChange)
      .set({ graph })
      .where(eq(theoriesOfChange.evaluationId, evaluationId));
  else await t.database.db.insert(theoriesOfChange).values({ evaluationId, organisationId: orgId, graph });
}

const allIndicators = (framework: any): any[] => [
  ...framework.questions.flatMap((q: any) => q.criteria.flatMap((c: any) => c.indicators)),
  ...framework.unplaced,
];

describe("building a framework", () => {
  it("hangs criteria under the questions and indicators under the criteria, with baseline and target", async () => {
    const { url, q1, q2 } = await evaluationWithQuestions("Référentiel du chantier");
    const empty = await json(await viewer.get(`${url}/framework`));
    expect(empty).toEqual({
      questions: [
        { id: q1.id, text: q1.text, origin: null, criteria: [] },
        { id: q2.id, text: q2.text, origin: null, criteria: [] },
      ],
      unplaced: [],
      coverage: { outcomesWithoutIndicator: [], indicatorsMeasuringNothing: [], danglingLinks: [] },
      adoptions: [],
    });

    const added = await owner.post(`${url}/framework/criteria`, { questionId: q1.id, kind: "effectiveness" });
    expect(added.status).toBe(201);
    let framework = await json(added);
    const effectiveness = framework.questions[0].criteria[0];
    expect(effectiveness).toMatchObject({ questionId: q1.id, kind: "effectiveness", label: "Efficacité" });

    const unnamed = await post(
      owner,
      `${url}/framework/criteria`,
      { questionId: q2.id, kind: "custom" },
      "en",
    );
    expect(unnamed.status).toBe(400);
    expect((await json(unnamed)).errors).toEqual([
      { path: "label", message: "Give this custom criterion a name." },
    ]);
    framework = await json(
      await owner.post(`${url}/framework/criteria`, {
        questionId: q2.id,
        kind: "custom",
        label: "Qualité de l'accompagnement",
      }),
    );
    const custom = framework.questions[1].criteria[0];
    expect(custom).toMatchObject({ kind: "custom", label: "Qualité de l'accompagnement" });

    const exits = await builtIn("EMP-SORTIE-DYN");
    const lasting = await builtIn("EMP-EMPLOI-DURABLE-6M");
    const placed = await owner.post(`${url}/framework/indicators`, {
      indicatorId: exits.id,
      criterionId: effectiveness.id,
      baselineValue: "38,5",
      baselineDate: "2026-01-01",
      baselineNote: "Bilan 2025 du chantier",
      targetValue: 50,
      targetDate: "2026-12-31",
    });
    expect(placed.status).toBe(201);
    framework = await json(placed);
    const exitsRow = framework.questions[0].criteria[0].indicators[0];
    expect(exitsRow).toEqual({
      id: expect.any(String),
      criterionId: effectiveness.id,
      indicatorId: exits.id,
      code: "EMP-SORTIE-DYN",
      name: { fr: "Taux de sorties dynamiques", en: "Positive exit rate (dynamic exits)" },
      type: "proportion",
      unit: { fr: "%", en: "%" },
      pinnedVersion: 1,
      currentVersion: 1,
      upgradeAvailable: false,
      changeNote: null,
      baselineValue: "38.5",
      baselineDate: "2026-01-01",
      baselineNote: "Bilan 2025 du chantier",
      targetValue: "50",
      targetDate: "2026-12-31",
      outcomeNodeIds: [],
      origin: null,
    });

    framework = await json(await owner.post(`${url}/framework/indicators`, { indicatorId: lasting.id }));
    expect(framework.unplaced.map((i: any) => i.code)).toEqual(["EMP-EMPLOI-DURABLE-6M"]);
    const lastingRow = framework.unplaced[0];

    const twice = await post(owner, `${url}/framework/indicators`, { indicatorId: exits.id }, "fr");
    expect(twice.status).toBe(409);
    expect(await json(twice)).toMatchObject({
      code: "FRAMEWORK_INDICATOR_EXISTS",
      detail:
        "L'indicateur « EMP-SORTIE-DYN » fait déjà partie du référentiel de cette évaluation : modifiez-le plutôt que de l'ajouter une seconde fois.",
    });
    const badFigure = await post(
      owner,
      `${url}/framework/indicators`,
      { indicatorId: lasting.id, targetValue: "beaucoup" },
      "fr",
    );
    expect((await json(badFigure)).errors).toEqual([
      {
        path: "targetValue",
        message: "Un nombre est attendu (au plus quinze chiffres avant la virgule et six après).",
      },
    ]);

    // Placing the unplaced one under the custom criterion, with a target only.
    framework = await json(
      await put(owner, `${url}/framework/indicators/${lastingRow.id}`, {
        criterionId: custom.id,
        targetValue: "12",
        targetDate: "2026-12-31",
      }),
    );
    expect(framework.unplaced).toEqual([]);
    expect(framework.questions[1].criteria[0].indicators[0]).toMatchObject({
      id: lastingRow.id,
      baselineValue: null,
      targetValue: "12",
    });

    // Moving the effectiveness criterion under the second question takes its indicators along.
    framework = await json(
      await put(owner, `${url}/framework/criteria/${effectiveness.id}`, {
        questionId: q2.id,
        kind: "effectiveness",
        label: "Efficacité des sorties",
      }),
    );
    expect(framework.questions[0].criteria).toEqual([]);
    expect(
      framework.questions[1].criteria.map((c: any) => [c.label, c.indicators.map((i: any) => i.code)]),
    ).toEqual([
      ["Qualité de l'accompagnement", ["EMP-EMPLOI-DURABLE-6M"]],
      ["Efficacité des sorties", ["EMP-SORTIE-DYN"]],
    ]);

    // Deleting a criterion keeps its indicators, unplaced, with their figures.
    framework = await json(await owner.delete(`${url}/framework/criteria/${effectiveness.id}`));
    expect(framework.questions[1].criteria.map((c: any) => c.id)).toEqual([custom.id]);
    expect(framework.unplaced).toEqual([{ ...exitsRow, criterionId: null }]);

    framework = await json(await owner.delete(`${url}/framework/indicators/${exitsRow.id}`));
    expect(allIndicators(framework).map((i: any) => i.code)).toEqual(["EMP-EMPLOI-DURABLE-6M"]);

    const audit = await json(await owner.get(`/api/v1/organisations/${orgId}/audit-events`));
    const events = audit.events.filter((e: any) => e.action.startsWith("framework."));
    expect(events.map((e: any) => e.action).sort()).toEqual(
      [
        "framework.criterion_added",
        "framework.criterion_added",
        "framework.criterion_deleted",
        "framework.criterion_updated",
        "framework.indicator_added",
        "framework.indicator_added",
        "framework.indicator_removed",
        "framework.indicator_updated",
      ].sort(),
    );
    expect(events.every((e: any) => e.summary.evaluation === "Référentiel du chantier")).toBe(true);
    expect(events.find((e: any) => e.action === "framework.criterion_deleted").summary).toMatchObject({
      label: "Efficacité des sorties",
      indicatorsUnplaced: 1,
    });
  });

  it("refuses to remove a question that carries criteria, until they are gone", async () => {
    const { url, q1, q2 } = await evaluationWithQuestions("Questions utilisées");
    const framework = await json(
      await owner.post(`${url}/framework/criteria`, { questionId: q1.id, kind: "relevance" }),
    );
    const refused = await owner.request("PATCH", url, { questions: [q2] }, { "accept-language": "fr" });
    expect(refused.status).toBe(409);
    expect(await json(refused)).toMatchObject({
      code: "QUESTION_IN_USE",
      detail: `La question « ${q1.text} » porte des critères du référentiel : retirez-les d'abord, ou gardez la question.`,
    });
    await owner.delete(`${url}/framework/criteria/${framework.questions[0].criteria[0].id}`);
    const removed = await owner.patch(url, { questions: [q2] });
    expect(removed.status).toBe(200);
    expect((await json(removed)).questions).toEqual([q2]);
  });
});

describe("coverage of the theory of change", () => {
  it("links indicators to outcome and impact nodes only, and reports what is not measured", async () => {
    const { id, url } = await evaluationWithQuestions("Couverture");
    await writeGraph(id, [
      { id: "a1", type: "activity", label: "Chantier bâtiment" },
      { id: "s1", type: "outcome_short", label: "Savoir-faire acquis" },
      { id: "m1", type: "outcome_medium", label: "Emploi retrouvé" },
      { id: "l1", type: "outcome_long", label: "Autonomie financière" },
      { id: "i1", type: "impact", label: "Moins de chômage de longue durée" },
    ]);
    const exits = await builtIn("EMP-SORTIE-DYN");
    const lasting = await builtIn("EMP-EMPLOI-DURABLE-6M");
    const satisfaction = await builtIn("GEN-SATISFACTION");

    for (const [lang, node, detail] of [
      [
        "fr",
        "a1",
        "« Chantier bâtiment » n'est ni un effet ni un impact dans la théorie du changement de cette évaluation : un indicateur du référentiel ne peut mesurer qu'un effet (court, moyen ou long terme) ou un impact.",
      ],
      [
        "en",
        "ghost",
        "“ghost” is not an outcome or an impact in this evaluation's theory of change: a framework indicator can only measure an outcome (short, medium or long term) or an impact.",
      ],
    ] as const) {
      const refused = await post(
        owner,
        `${url}/framework/indicators`,
        { indicatorId: exits.id, outcomeNodeIds: ["m1", node] },
        lang,
      );
      expect(refused.status).toBe(400);
      expect(await json(refused)).toMatchObject({ code: "TOC_NODE_NOT_OUTCOME", detail });
    }

    await owner.post(`${url}/framework/indicators`, { indicatorId: exits.id, outcomeNodeIds: ["m1", "i1"] });
    await owner.post(`${url}/framework/indicators`, { indicatorId: lasting.id, outcomeNodeIds: ["m1"] });
    let framework = await json(
      await owner.post(`${url}/framework/indicators`, { indicatorId: satisfaction.id }),
    );
    const [exitsRow, lastingRow, satisfactionRow] = framework.unplaced;
    expect(framework.coverage).toEqual({
      outcomesWithoutIndicator: [
        { nodeId: "s1", type: "outcome_short", label: "Savoir-faire acquis" },
        { nodeId: "l1", type: "outcome_long", label: "Autonomie financière" },
      ],
      indicatorsMeasuringNothing: [satisfactionRow.id],
      danglingLinks: [],
    });

    // The graph changes on its own: « Emploi retrouvé » disappears, the impact becomes an output.
    await writeGraph(id, [
      { id: "s1", type: "outcome_short", label: "Savoir-faire acquis" },
      { id: "l1", type: "outcome_long", label: "Autonomie financière" },
      { id: "i1", type: "output", label: "Moins de chômage de longue durée" },
    ]);
    framework = await json(await viewer.get(`${url}/framework`));
    expect(framework.coverage).toEqual({
      outcomesWithoutIndicator: [
        { nodeId: "s1", type: "outcome_short", label: "Savoir-faire acquis" },
        { nodeId: "l1", type: "outcome_long", label: "Autonomie financière" },
      ],
      indicatorsMeasuringNothing: [exitsRow.id, lastingRow.id, satisfactionRow.id],
      danglingLinks: [
        { frameworkIndicatorId: exitsRow.id, nodeId: "m1", label: null },
        { frameworkIndicatorId: exitsRow.id, nodeId: "i1", label: "Moins de chômage de longue durée" },
        { frameworkIndicatorId: lastingRow.id, nodeId: "m1", label: null },
      ],
    });

    // A link already stored does not block another change; a new one to a non-outcome does.
    const kept = await put(owner, `${url}/framework/indicators/${lastingRow.id}`, {
      outcomeNodeIds: ["m1", "l1"],
      targetValue: "10",
    });
    expect(kept.status).toBe(200);
    const relinked = await put(
      owner,
      `${url}/framework/indicators/${exitsRow.id}`,
      { outcomeNodeIds: ["i1", "s1"] },
      "en",
    );
    expect(relinked.status).toBe(200);
    const newDangling = await put(
      owner,
      `${url}/framework/indicators/${satisfactionRow.id}`,
      { outcomeNodeIds: ["i1"] },
      "en",
    );
    expect((await json(newDangling)).code).toBe("TOC_NODE_NOT_OUTCOME");
    framework = await json(
      await put(owner, `${url}/framework/indicators/${satisfactionRow.id}`, { outcomeNodeIds: ["l1"] }),
    );
    expect(framework.coverage.outcomesWithoutIndicator).toEqual([]);
    expect(framework.coverage.indicatorsMeasuringNothing).toEqual([]);
    expect(framework.coverage.danglingLinks).toEqual([
      { frameworkIndicatorId: exitsRow.id, nodeId: "i1", label: "Moins de chômage de longue durée" },
      { frameworkIndicatorId: lastingRow.id, nodeId: "m1", label: null },
    ]);
  });
});

describe("versions of the library definitions", () => {
  it("offers the newest version once the definition changes, and upgrades keeping the figures", async () => {
    const { url } = await evaluationWithQuestions("Montée de version");
    const created = await json(
      await owner.post(
        `/api/v1/organisations/${orgId}/indicators`,
        ownIndicator("REB-CHANTIERS", "Chantiers livrés"),
      ),
    );
    let framework = await json(
      await owner.post(`${url}/framework/indicators`, {
        indicatorId: created.id,
        baselineValue: "4",
        targetValue: "6",
      }),
    );
    const row = framework.unplaced[0];
    expect(row).toMatchObject({ pinnedVersion: 1, currentVersion: 1, upgradeAvailable: false });
    const upToDate = await post(owner, `${url}/framework/indicators/${row.id}/upgrade`, {}, "en");
    expect(upToDate.status).toBe(409);
    expect(await json(upToDate)).toMatchObject({
      code: "FRAMEWORK_INDICATOR_UP_TO_DATE",
      detail: "The indicator “REB-CHANTIERS” already uses the latest version of its definition (version 1).",
    });

    // Pinned, the definition can only change by a new version.
    const { code: _code, ...content } = ownIndicator("REB-CHANTIERS", "Chantiers livrés");
    const versioned = await json(
      await put(owner, `/api/v1/organisations/${orgId}/indicators/${created.id}`, {
        ...content,
        name: { fr: "Chantiers réceptionnés", en: "Sites handed over" },
        changeNote: "Compter à la réception, pas à la fin des travaux",
      }),
    );
    expect(versioned).toMatchObject({ version: 2, newVersion: true });
    framework = await json(await viewer.get(`${url}/framework`));
    expect(framework.unplaced[0]).toMatchObject({
      name: { fr: "Chantiers livrés" },
      pinnedVersion: 1,
      currentVersion: 2,
      upgradeAvailable: true,
      changeNote: "Compter à la réception, pas à la fin des travaux",
    });

    expect((await viewer.post(`${url}/framework/indicators/${row.id}/upgrade`)).status).toBe(403);
    const upgraded = await owner.post(`${url}/framework/indicators/${row.id}/upgrade`);
    expect(upgraded.status).toBe(200);
    expect((await json(upgraded)).unplaced[0]).toMatchObject({
      id: row.id,
      name: { fr: "Chantiers réceptionnés", en: "Sites handed over" },
      pinnedVersion: 2,
      currentVersion: 2,
      upgradeAvailable: false,
      changeNote: null,
      baselineValue: "4",
      targetValue: "6",
    });
    const again = await post(owner, `${url}/framework/indicators/${row.id}/upgrade`, {}, "fr");
    expect((await json(again)).detail).toBe(
      "L'indicateur « REB-CHANTIERS » utilise déjà la dernière version de sa définition (version 2).",
    );
    const audit = await json(await owner.get(`/api/v1/organisations/${orgId}/audit-events`));
    expect(audit.events.find((e: any) => e.action === "framework.indicator_upgraded").summary).toEqual({
      evaluation: "Montée de version",
      code: "REB-CHANTIERS",
      from: 1,
      to: 2,
    });
  });
});

describe("definitions shared by a network", () => {
  it("offers upgrades while shared, and hides newer versions once the network stops sharing", async () => {
    const network = await json(
      await owner.post("/api/v1/organisations", { name: "Réseau des chantiers", kind: "network" }),
    );
    const member = await json(
      await owner.post("/api/v1/organisations", {
        name: "Chantier du Lac",
        kind: "structure",
        parentId: network.id,
      }),
    );
    const shared = await json(
      await owner.post(`/api/v1/organisations/${network.id}/indicators`, {
        ...ownIndicator("RES-HEURES", "Heures de chantier"),
        scope: "network",
      }),
    );
    const evaluation = await json(
      await owner.post(`/api/v1/organisations/${member.id}/evaluations`, { title: "Lac 2026" }),
    );
    const url = `/api/v1/organisations/${member.id}/evaluations/${evaluation.id}`;
    const row = (await json(await owner.post(`${url}/framework/indicators`, { indicatorId: shared.id })))
      .unplaced[0];
    const { code: _code, ...content } = ownIndicator("RES-HEURES", "Heures de chantier");
    const edit = (extra: Record<string, unknown>) =>
      put(owner, `/api/v1/organisations/${network.id}/indicators/${shared.id}`, { ...content, ...extra });
    await edit({ changeNote: "Heures encadrées seulement" });
    expect((await json(await owner.get(`${url}/framework`))).unplaced[0]).toMatchObject({
      pinnedVersion: 1,
      currentVersion: 2,
      upgradeAvailable: true,
      changeNote: "Heures encadrées seulement",
    });

    await edit({ scope: "private", changeNote: "Réservé au réseau" });
    expect((await json(await owner.get(`${url}/framework`))).unplaced[0]).toMatchObject({
      code: "RES-HEURES",
      pinnedVersion: 1,
      currentVersion: 1,
      upgradeAvailable: false,
      changeNote: null,
    });
    const upgrade = await post(owner, `${url}/framework/indicators/${row.id}/upgrade`, {}, "en");
    expect(upgrade.status).toBe(404);
    expect((await json(upgrade)).code).toBe("INDICATOR_NOT_FOUND");
  });
});

describe("boundaries", () => {
  it("does not reach questions, criteria or indicators of another evaluation, nor hidden definitions", async () => {
    const mine = await evaluationWithQuestions("Évaluation A");
    const other = await evaluationWithQuestions("Évaluation B");
    const otherFramework = await json(
      await owner.post(`${other.url}/framework/criteria`, { questionId: other.q1.id, kind: "impact" }),
    );
    const otherCriterion = otherFramework.questions[0].criteria[0];
    const exits = await builtIn("EMP-SORTIE-DYN");
    const otherIndicator = (
      await json(await owner.post(`${other.url}/framework/indicators`, { indicatorId: exits.id }))
    ).unplaced[0];

    const before = await json(await owner.get(`${other.url}/framework`));
    const foreignQuestion = await post(
      owner,
      `${mine.url}/framework/criteria`,
      { questionId: other.q1.id, kind: "relevance" },
      "en",
    );
    expect(foreignQuestion.status).toBe(404);
    expect(await json(foreignQuestion)).toMatchObject({
      code: "EVALUATION_ITEM_NOT_FOUND",
      detail: `Item not found in this evaluation (${other.q1.id}).`,
    });
    const foreignCriterion = await owner.post(`${mine.url}/framework/indicators`, {
      indicatorId: exits.id,
      criterionId: otherCriterion.id,
    });
    expect((await json(foreignCriterion)).code).toBe("EVALUATION_ITEM_NOT_FOUND");
    for (const response of [
      await put(owner, `${mine.url}/framework/criteria/${otherCriterion.id}`, {
        questionId: mine.q1.id,
        kind: "impact",
      }),
      await owner.delete(`${mine.url}/framework/criteria/${otherCriterion.id}`),
      await put(owner, `${mine.url}/framework/indicators/${otherIndicator.id}`, {}),
      await owner.delete(`${mine.url}/framework/indicators/${otherIndicator.id}`),
      await owner.post(`${mine.url}/framework/indicators/${otherIndicator.id}/upgrade`),
    ]) {
      expect(response.status).toBe(404);
      expect((await json(response)).code).toBe("EVALUATION_ITEM_NOT_FOUND");
    }
    expect(await json(await owner.get(`${other.url}/framework`))).toEqual(before);

    // A private definition of another organisation does not exist for this one.
    const hidden = await json(
      await outsider.post(
        `/api/v1/organisations/${outsiderOrgId}/indicators`,
        ownIndicator("AIL-SECRET", "Secrets gardés"),
      ),
    );
    const notVisible = await post(
      owner,
      `${mine.url}/framework/indicators`,
      { indicatorId: hidden.id },
      "fr",
    );
    expect(notVisible.status).toBe(404);
    expect(await json(notVisible)).toMatchObject({
      code: "INDICATOR_NOT_FOUND",
      detail: "Indicateur introuvable dans la bibliothèque de cette organisation.",
    });
  });

  it("lets a viewer read the framework but not change it", async () => {
    const { url, q1 } = await evaluationWithQuestions("Lecture seule");
    const framework = await json(
      await owner.post(`${url}/framework/criteria`, { questionId: q1.id, kind: "efficiency" }),
    );
    const criterion = framework.questions[0].criteria[0];
    const exits = await builtIn("EMP-SORTIE-DYN");
    const row = (await json(await owner.post(`${url}/framework/indicators`, { indicatorId: exits.id })))
      .unplaced[0];
    expect((await viewer.get(`${url}/framework`)).status).toBe(200);
    const refused = await post(
      viewer,
      `${url}/framework/criteria`,
      { questionId: q1.id, kind: "impact" },
      "en",
    );
    expect(refused.status).toBe(403);
    expect((await json(refused)).detail).toBe("Your role in this organisation does not allow this action.");
    for (const response of [
      await put(viewer, `${url}/framework/criteria/${criterion.id}`, { questionId: q1.id, kind: "impact" }),
      await viewer.delete(`${url}/framework/criteria/${criterion.id}`),
      await viewer.post(`${url}/framework/indicators`, { indicatorId: exits.id }),
      await put(viewer, `${url}/framework/indicators/${row.id}`, { targetValue: 1 }),
      await viewer.delete(`${url}/framework/indicators/${row.id}`),
    ]) {
      expect(response.status).toBe(403);
    }
    expect(await json(await viewer.get(`${url}/framework`))).toEqual(
      await json(await owner.get(`${url}/framework`)),
    );
    expect((await outsider.get(`${url}/framework`)).status).toBe(404);
  });
});
