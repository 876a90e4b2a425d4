// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions are written with ${name}
import { queryRows } from "@ricochet/db";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONSENT_NOTICE, FOLLOW_UP_QUESTIONNAIRE } from "./helpers/questionnaire-fixture.ts";
import { type Client, createTestApp, json, type TestApp } from "./helpers/test-app.ts";

let t: TestApp;
let owner: Client;
let orgId: string;
let evaluationId: string;
let base: string;

const key = (n: number | string) => `test-submission-key-${n}`.padEnd(20, "x");
const goodAnswers = {
  age: 34,
  situation: "emploi",
  heures: 35,
  confiance: { conf_avenir: "3", conf_capable: "4" },
  satisfaction: 8,
};

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp("Inès Moreau");
  const org = await json(
    await owner.post("/api/v1/organisations", { name: "CAE du Vercors", kind: "structure" }),
  );
  orgId = org.id;
  const evaluation = await json(
    await owner.post(`/api/v1/organisations/${orgId}/evaluations`, { title: "Parcours entrepreneurs 2026" }),
  );
  evaluationId = evaluation.id;
  base = `/api/v1/organisations/${orgId}/evaluations/${evaluationId}`;
});
afterAll(() => t.close());

async function publishedQuestionnaire(definition = FOLLOW_UP_QUESTIONNAIRE) {
  const created = await json(await owner.post(`${base}/questionnaires`, { title: "Suivi", definition }));
  const published = await owner.post(`${base}/questionnaires/${created.id}/publish`);
  expect(published.status).toBe(200);
  return json(published);
}

async function openCampaign(questionnaireId: string, extra: Record<string, unknown> = {}) {
  const created = await owner.post(`${base}/campaigns`, {
    name: "Vague initiale",
    questionnaireId,
    wave: "baseline",
    consent: CONSENT_NOTICE,
    ...extra,
  });
  expect(created.status).toBe(201);
  const campaign = await json(created);
  const opened = await json(await owner.patch(`${base}/campaigns/${campaign.id}`, { status: "open" }));
  expect(opened.acceptingAnswers).toBe(true);
  return { ...opened, token: opened.publicUrl.split("/f/")[1] as string };
}

describe("questionnaires", () => {
  it("creates an empty draft, saves it whole, lists its problems and refuses a stale save", async () => {
    const created = await owner.post(`${base}/questionnaires`, { title: "Questionnaire bénéficiaires" });
    expect(created.status).toBe(201);
    const q = await json(created);
    expect(q.draft.pages).toHaveLength(1);
    expect(q.currentVersion).toBeNull();

    const broken = structuredClone(FOLLOW_UP_QUESTIONNAIRE);
    broken.pages[0]!.questions[2]!.relevant = "${situaton} = 'emploi'";
    broken.pages[1]!.questions[0]!.choiceList = "inexistante";
    const saved = await owner.request("PUT", `${base}/questionnaires/${q.id}/draft`, {
      definition: broken,
      revision: q.draftRevision,
    });
    expect(saved.status).toBe(200);
    const detail = await json(saved);
    expect(detail.title).toBe("Suivi des entrepreneurs");
    const paths = detail.issues.map((i: any) => i.path);
    expect(paths).toContain("pages.0.questions.2.relevant");
    expect(paths).toContain("pages.1.questions.0.choiceList");
    const relevance = detail.issues.find((i: any) => i.path === "pages.0.questions.2.relevant");
    expect(relevance.message.fr).toContain("situation");

    const publish = await owner.post(`${base}/questionnaires/${q.id}/publish`);
    expect(publish.status).toBe(400);
    expect((await json(publish)).errors.length).toBeGreaterThanOrEqual(2);

    const stale = await owner.request("PUT", `${base}/questionnaires/${q.id}/draft`, {
      definition: FOLLOW_UP_QUESTIONNAIRE,
      revision: q.draftRevision,
    });
    expect(stale.status).toBe(409);
    expect((await json(stale)).code).toBe("STALE_REVISION");
  });

  it("publishes numbered frozen versions, refuses an unchanged republication", async () => {
    const published = await publishedQuestionnaire();
    expect(published.currentVersion).toBe(1);
    expect(published.draftChanged).toBe(false);
    const again = await owner.post(`${base}/questionnaires/${published.id}/publish`);
    expect(again.status).toBe(409);
    expect((await json(again)).code).toBe("QUESTIONNAIRE_UNCHANGED");

    const changed = structuredClone(FOLLOW_UP_QUESTIONNAIRE);
    changed.pages[0]!.questions[0]!.hint = { fr: "En années", en: "In years" };
    const saved = await json(
      await owner.request("PUT", `${base}/questionnaires/${published.id}/draft`, {
        definition: changed,
        revision: published.draftRevision,
      }),
    );
    expect(saved.draftChanged).toBe(true);
    const second = await json(await owner.post(`${base}/questionnaires/${published.id}/publish`));
    expect(second.currentVersion).toBe(2);
    expect(second.versions.map((v: any) => v.version)).toEqual([2, 1]);
  });

  it("refuses a malformed definition with a message per field", async () => {
    const bad = await owner.post(`${base}/questionnaires`, {
      title: "Mauvais",
      definition: { ...FOLLOW_UP_QUESTIONNAIRE, pages: [{ name: "1 page", title: {}, questions: [] }] },
    });
    expect(bad.status).toBe(400);
    const body = await json(bad);
    expect(body.errors[0].path).toBe("definition.pages.0.name");
  });
});

describe("campaigns and the public form", () => {
  it("needs a published version", async () => {
    const draft = await json(await owner.post(`${base}/questionnaires`, { title: "Jamais publié" }));
    const response = await owner.post(`${base}/campaigns`, {
      name: "Trop tôt",
      questionnaireId: draft.id,
      consent: CONSENT_NOTICE,
    });
    expect(response.status).toBe(409);
    expect((await json(response)).code).toBe("QUESTIONNAIRE_NOT_PUBLISHED");
  });

  it("serves the compiled form anonymously and stores a submission exactly once", async () => {
    const questionnaire = await publishedQuestionnaire();
    const campaign = await openCampaign(questionnaire.id, { targetResponses: 100 });
    const visitor = t.anonymous();
    const form = await json(await visitor.get(`/api/v1/public/forms/${campaign.token}`));
    expect(form.campaign.acceptingAnswers).toBe(true);
    expect(form.campaign.consent.controller).toBe(CONSENT_NOTICE.controller);
    expect(form.questionnaire.expressions["heures#relevant"]).toBeDefined();

    const body = { idempotencyKey: key(1), answers: goodAnswers, consent: true, language: "fr" };
    const first = await visitor.post(`/api/v1/public/forms/${campaign.token}/submissions`, body);
    expect(first.status).toBe(201);
    const stored = await json(first);
    const retry = await visitor.post(`/api/v1/public/forms/${campaign.token}/submissions`, body);
    expect(retry.status).toBe(200);
    expect(await json(retry)).toMatchObject({ id: stored.id, duplicate: true });
    const both = await Promise.all([
      visitor.post(`/api/v1/public/forms/${campaign.token}/submissions`, { ...body, idempotencyKey: key(2) }),
      visitor.post(`/api/v1/public/forms/${campaign.token}/submissions`, { ...body, idempotencyKey: key(2) }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 201]);

    const after = await json(await owner.get(`${base}/campaigns/${campaign.id}`));
    expect(after.responses).toBe(2);
    const staffCopy = await json(await owner.get(`${base}/campaigns/${campaign.id}/questionnaire`));
    expect(staffCopy.version.contentHash).toBe(form.version.contentHash);
    expect(staffCopy.questionnaire).toEqual(form.questionnaire);
  });

  it("refuses wrong answers precisely, one entry per question, and stores nothing", async () => {
    const questionnaire = await publishedQuestionnaire();
    const campaign = await openCampaign(questionnaire.id);
    const visitor = t.anonymous();
    const url = `/api/v1/public/forms/${campaign.token}/submissions`;
    const bad = await visitor.request(
      "POST",
      url,
      {
        idempotencyKey: key("bad"),
        consent: true,
        language: "en",
        answers: {
          age: 12,
          situation: "retraite",
          satisfaction: 11,
          inconnue: "x",
          confiance: { conf_avenir: "9" },
        },
      },
      { "accept-language": "en" },
    );
    expect(bad.status).toBe(422);
    const problem = await json(bad);
    expect(problem.code).toBe("SUBMISSION_INVALID");
    const byPath = Object.fromEntries(problem.errors.map((e: any) => [e.path, e.message]));
    expect(byPath["answers.age"]).toBe("Between 16 and 99.");
    expect(byPath["answers.situation"]).toContain("not one of the choices");
    expect(byPath["answers.satisfaction"]).toContain("from 0 to 10");
    expect(byPath["answers.inconnue"]).toContain("does not exist");
    expect(byPath["answers.confiance"]).toContain("not one of the choices");

    const hidden = await json(
      await visitor.post(url, {
        idempotencyKey: key("hidden"),
        consent: true,
        language: "fr",
        answers: { ...goodAnswers, situation: "formation", heures: 20 },
      }),
    );
    expect(hidden.errors.map((e: any) => e.path)).toEqual(["answers.heures"]);
    expect(hidden.errors[0].message).toContain("n'est pas posée");

    const required = await json(
      await visitor.post(url, {
        idempotencyKey: key("req"),
        consent: true,
        language: "fr",
        answers: { age: 30 },
      }),
    );
    expect(required.errors.map((e: any) => e.path)).toEqual(["answers.situation"]);

    const flood = Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`k${i}`, 0]));
    const tooMany = await visitor.post(url, {
      idempotencyKey: key("flood"),
      consent: true,
      language: "fr",
      answers: flood,
    });
    expect(tooMany.status).toBe(400);

    const noConsent = await visitor.post(url, {
      idempotencyKey: key("consent"),
      consent: false,
      language: "fr",
      answers: goodAnswers,
    });
    expect((await json(noConsent)).code).toBe("CONSENT_REQUIRED");
    const none = await json(await owner.get(`${base}/campaigns/${campaign.id}`));
    expect(none.responses).toBe(0);
  });

  it("stores calculations recomputed on the server, not what the device sent", async () => {
    const questionnaire = await publishedQuestionnaire();
    const campaign = await openCampaign(questionnaire.id);
    const visitor = t.anonymous();
    const stored = await visitor.post(`/api/v1/public/forms/${campaign.token}/submissions`, {
      idempotencyKey: key("calc"),
      consent: true,
      language: "fr",
      answers: { ...goodAnswers, score_confiance: 999 },
    });
    expect(stored.status).toBe(201);
    const { id } = await json(stored);
    const { answers } = await queryAnswers(id);
    expect(answers.score_confiance).toBe(7);
  });

  it("says clearly when a campaign is not open or closed, and when a link does not exist", async () => {
    const questionnaire = await publishedQuestionnaire();
    const created = await json(
      await owner.post(`${base}/campaigns`, {
        name: "Brouillon",
        questionnaireId: questionnaire.id,
        consent: CONSENT_NOTICE,
      }),
    );
    const token = created.publicUrl.split("/f/")[1];
    const visitor = t.anonymous();
    const body = { idempotencyKey: key("closed"), answers: goodAnswers, consent: true, language: "fr" };
    const draft = await visitor.post(`/api/v1/public/forms/${token}/submissions`, body);
    expect((await json(draft)).code).toBe("FORM_NOT_OPEN");
    await owner.patch(`${base}/campaigns/${created.id}`, { status: "open" });
    expect((await visitor.post(`/api/v1/public/forms/${token}/submissions`, body)).status).toBe(201);
    await owner.patch(`${base}/campaigns/${created.id}`, { status: "closed" });
    const closed = await visitor.post(`/api/v1/public/forms/${token}/submissions`, {
      ...body,
      idempotencyKey: key("closed-2"),
    });
    expect(closed.status).toBe(409);
    expect((await json(closed)).code).toBe("FORM_CLOSED");
    // The retry of what was stored before closing still succeeds: the device may be catching up.
    expect((await visitor.post(`/api/v1/public/forms/${token}/submissions`, body)).status).toBe(200);
    const form = await json(await visitor.get(`/api/v1/public/forms/${token}`));
    expect(form.campaign).toMatchObject({ acceptingAnswers: false, closedReason: "closed" });

    const missing = await visitor.get("/api/v1/public/forms/doesnotexist12345");
    expect(missing.status).toBe(404);
    expect((await json(missing)).code).toBe("FORM_NOT_FOUND");
  });

  it("refuses a version change or a deletion once a campaign has answers", async () => {
    const questionnaire = await publishedQuestionnaire();
    const campaign = await openCampaign(questionnaire.id);
    await t.anonymous().post(`/api/v1/public/forms/${campaign.token}/submissions`, {
      idempotencyKey: key("lock"),
      answers: goodAnswers,
      consent: true,
      language: "fr",
    });
    const deleted = await owner.delete(`${base}/campaigns/${campaign.id}`);
    expect(deleted.status).toBe(409);
    expect((await json(deleted)).code).toBe("CAMPAIGN_HAS_ANSWERS");
    const used = await owner.delete(`${base}/questionnaires/${questionnaire.id}`);
    expect((await json(used)).code).toBe("QUESTIONNAIRE_IN_USE");
  });
});

async function queryAnswers(id: string): Promise<{ answers: Record<string, unknown> }> {
  const rows = await queryRows<{ answers: Record<string, unknown> }>(
    t.database.db,
    sql`select answers from submissions where id = ${id}`,
  );
  return rows[0] as { answers: Record<string, unknown> };
}
