import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONSENT_NOTICE, FOLLOW_UP_QUESTIONNAIRE } from "./helpers/questionnaire-fixture.ts";
import { type Client, createTestApp, json, type TestApp } from "./helpers/test-app.ts";

let t: TestApp;
let owner: Client;
let base: string;
let campaignUrl: string;
let token: string;

const definition = structuredClone(FOLLOW_UP_QUESTIONNAIRE);
definition.choiceLists.push({
  name: "aides",
  choices: [
    { value: "logement", label: { fr: "Logement", en: "Housing" } },
    { value: "mobilite", label: { fr: "Mobilité", en: "Mobility" } },
  ],
});
definition.pages[1]!.questions.push(
  {
    name: "aides",
    type: "multiple_choice",
    choiceList: "aides",
    label: { fr: "Aides reçues", en: "Help received" },
  },
  { name: "commentaire", type: "long_text", label: { fr: "Un commentaire ?", en: "Any comment?" } },
);

const answers = (n: number) => ({
  age: 20 + n,
  situation: "emploi",
  heures: 30 + n / 2,
  confiance: { conf_avenir: "3", conf_capable: "4" },
  aides: ["logement", "mobilite"],
});

async function submit(body: Record<string, unknown>) {
  return t.anonymous().post(`/api/v1/public/forms/${token}/submissions`, {
    consent: true,
    language: "fr",
    ...body,
  });
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp("Sophie Lambert");
  const org = await json(
    await owner.post("/api/v1/organisations", { name: "Rhône Solidaire", kind: "structure" }),
  );
  const evaluation = await json(
    await owner.post(`/api/v1/organisations/${org.id}/evaluations`, { title: "Suivi 2026" }),
  );
  base = `/api/v1/organisations/${org.id}/evaluations/${evaluation.id}`;
  const q = await json(await owner.post(`${base}/questionnaires`, { title: "Suivi", definition }));
  await owner.post(`${base}/questionnaires/${q.id}/publish`);
  const campaign = await json(
    await owner.post(`${base}/campaigns`, {
      name: "Mesure finale",
      questionnaireId: q.id,
      wave: "endline",
      targetResponses: 10,
      paperUpload: true,
      consent: CONSENT_NOTICE,
    }),
  );
  await owner.patch(`${base}/campaigns/${campaign.id}`, { status: "open" });
  campaignUrl = `${base}/campaigns/${campaign.id}`;
  token = campaign.publicUrl.split("/f/")[1];
  for (let n = 1; n <= 3; n += 1)
    expect((await submit({ idempotencyKey: `key-${n}-abcdefghijklmnop`, answers: answers(n) })).status).toBe(
      201,
    );
  await submit({
    idempotencyKey: "key-formula-abcdefghijkl",
    answers: { ...answers(4), commentaire: '=HYPERLINK("http://x")' },
    easyRead: true,
  });
});
afterAll(() => t.close());

describe("submissions", () => {
  it("lists, corrects with a trail of old and new values, soft-deletes and restores", async () => {
    const page = await json(await owner.get(`${campaignUrl}/submissions`));
    expect(page.total).toBe(4);
    expect(page.items[0]).not.toHaveProperty("answers");
    const details = await Promise.all(
      page.items.map(async (s: any) => json(await owner.get(`${campaignUrl}/submissions/${s.id}`))),
    );
    const first = details.find((s: any) => s.answers.age === 21);
    const corrected = await owner.patch(`${campaignUrl}/submissions/${first.id}`, {
      changes: { age: 31 },
      reason: "Erreur de saisie sur le papier",
    });
    expect(corrected.status).toBe(200);
    const detail = await json(corrected);
    expect(detail.answers.age).toBe(31);
    expect(detail.revisions[0].changes).toEqual([{ question: "age", before: 21, after: 31 }]);

    const broken = await owner.patch(`${campaignUrl}/submissions/${first.id}`, {
      changes: { age: 5 },
      reason: "Test",
    });
    expect(broken.status).toBe(422);
    expect((await json(broken)).errors[0].path).toBe("answers.age");

    await owner.post(`${campaignUrl}/submissions/${first.id}/delete`);
    expect((await json(await owner.get(`${campaignUrl}/submissions`))).total).toBe(3);
    expect((await json(await owner.get(`${campaignUrl}/submissions?deleted=only`))).total).toBe(1);
    const followUp = await json(await owner.get(`${campaignUrl}/follow-up`));
    expect(followUp).toMatchObject({ responses: 3, deleted: 1, target: 10, easyRead: 1 });
    await owner.post(`${campaignUrl}/submissions/${first.id}/restore`);
    expect((await json(await owner.get(`${campaignUrl}/follow-up`))).responses).toBe(4);
  });

  it("exports CSV with one column per choice and neutralised formulas, and XLSX", async () => {
    const csv = await owner.get(`${campaignUrl}/submissions/export?format=csv&labels=false`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const text = await csv.text();
    const [header, ...rows] = text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(header).toContain("aides/logement;aides/mobilite");
    expect(header).toContain("conf_avenir");
    expect(text).toContain("'=HYPERLINK");
    expect(rows).toHaveLength(4);

    const labelled = await (
      await owner.get(`${campaignUrl}/submissions/export?format=csv&labels=true`)
    ).text();
    expect(labelled).toContain("Quel âge avez-vous ?");
    expect(labelled).toContain("En emploi");

    const xlsx = await owner.get(`${campaignUrl}/submissions/export?format=xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(5);
    const values = sheet.getRow(1).values as string[];
    expect(values).toContain("Quel âge avez-vous ?");
  });

  it("imports paper answers all or nothing, reports every bad row, and stores a re-import once", async () => {
    const header =
      "respondent_code;age;situation;heures;conf_avenir;conf_capable;aides/logement;aides/mobilite";
    const bad = [header, ";19;emploi;35;3;4;1;0", ";deux;emploi;35;3;4;0;0", ";40;retraite;;2;2;0;0"].join(
      "\n",
    );
    const refused = await owner.post(`${campaignUrl}/submissions/import`, {
      fileName: "papier.csv",
      content: bad,
    });
    expect(refused.status).toBe(422);
    const problem = await json(refused);
    expect(problem.code).toBe("PAPER_IMPORT_INVALID");
    const paths = problem.errors.map((e: any) => e.path);
    expect(paths).toContain("rows.3.age");
    expect(paths).toContain("rows.4.situation");
    expect((await json(await owner.get(`${campaignUrl}/follow-up`))).responses).toBe(4);

    // A file made from the "codes" export may keep its calculated column: it is recomputed.
    const good = [`${header};score_confiance`, ";19;emploi;35,5;3;4;1;0;99", ";40;formation;;2;2;0;1;"].join(
      "\n",
    );
    const imported = await json(
      await owner.post(`${campaignUrl}/submissions/import`, { fileName: "papier.csv", content: good }),
    );
    expect(imported).toMatchObject({ rows: 2, imported: 2, duplicates: 0 });
    const again = await json(
      await owner.post(`${campaignUrl}/submissions/import`, { fileName: "papier.csv", content: good }),
    );
    expect(again).toMatchObject({ imported: 0, duplicates: 2 });
    // The same sheet with one more form typed in: only the new one is stored.
    const extended = await json(
      await owner.post(`${campaignUrl}/submissions/import`, {
        fileName: "papier-2.csv",
        content: `${good}\n;55;recherche;;3;3;1;1;`,
      }),
    );
    expect(extended).toMatchObject({ imported: 1, duplicates: 2 });
    const malformed = await owner.post(`${campaignUrl}/submissions/import`, {
      fileName: "casse.csv",
      content: `${header}\n;19;emploi;35;3;4;1;0;en trop\n;"20;emploi;35;3;4;1;0`,
    });
    expect(malformed.status).toBe(422);
    expect((await json(malformed)).errors.some((e: any) => /mal formée/.test(e.message))).toBe(true);
    const bySource = (await json(await owner.get(`${campaignUrl}/follow-up`))).bySource;
    expect(bySource).toContainEqual({ source: "import", count: 3 });
  });

  it("serves the QR code of the public link", async () => {
    const qr = await owner.get(`${campaignUrl}/qr.svg`);
    expect(qr.headers.get("content-type")).toContain("image/svg+xml");
    expect(await qr.text()).toContain("<svg");
  });
});

describe("respondent codes and GDPR rights", () => {
  it("links a panel's answers by code, then finds, exports and erases them", async () => {
    const generated = await json(await owner.post(`${base}/respondent-codes`, { count: 5, prefix: "VC" }));
    expect(generated.codes).toHaveLength(5);
    expect(generated.codes[0]).toMatch(/^VC-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const q = (await json(await owner.get(`${base}/questionnaires`)))[0];
    const panel = await json(
      await owner.post(`${base}/campaigns`, {
        name: "Panel",
        questionnaireId: q.id,
        wave: "baseline",
        respondentCodes: "panel",
        consent: CONSENT_NOTICE,
      }),
    );
    await owner.patch(`${base}/campaigns/${panel.id}`, { status: "open" });
    const panelToken = panel.publicUrl.split("/f/")[1];
    const send = (body: Record<string, unknown>) =>
      t.anonymous().post(`/api/v1/public/forms/${panelToken}/submissions`, {
        consent: true,
        language: "fr",
        answers: answers(1),
        ...body,
      });
    expect((await json(await send({ idempotencyKey: "panel-no-code-abcdefgh" }))).code).toBe(
      "RESPONDENT_CODE_REQUIRED",
    );
    expect(
      (await json(await send({ idempotencyKey: "panel-bad-code-abcdefg", respondentCode: "ZZ-9999" }))).code,
    ).toBe("RESPONDENT_CODE_UNKNOWN");
    const code = generated.codes[0].toLowerCase();
    expect((await send({ idempotencyKey: "panel-good-code-abcdef", respondentCode: code })).status).toBe(201);
    await owner.post(`${base}/interviews`, {
      heldOn: "2026-03-02",
      interviewer: "Sophie Lambert",
      stakeholderCategory: "beneficiaries",
      respondentCode: code,
      consentGiven: "oral",
      transcript: "J'ai retrouvé confiance grâce au collectif.",
    });
    const codes = await json(await owner.get(`${base}/respondent-codes`));
    expect(codes.find((c: any) => c.code === generated.codes[0]).submissions).toBe(1);

    const data = await json(await owner.get(`${base}/respondents/${generated.codes[0]}`));
    expect(data.submissions).toHaveLength(1);
    expect(data.interviews[0].transcript).toContain("confiance");
    const download = await owner.get(`${base}/respondents/${generated.codes[0]}?download=true`);
    expect(download.headers.get("content-disposition")).toContain("attachment");

    const erased = await json(await owner.delete(`${base}/respondents/${generated.codes[0]}`));
    expect(erased).toMatchObject({ submissions: 1, interviews: 1 });
    const after = await json(await owner.get(`${base}/respondents/${generated.codes[0]}`));
    expect(after.submissions).toHaveLength(0);
    const audit = await json(await owner.get(`/api/v1/organisations/${base.split("/")[4]}/audit-events`));
    expect(audit.events.map((e: any) => e.action)).toContain("respondent.erased");
  });

  it("keeps raw answers away from viewers", async () => {
    const viewer = await t.signUp("Lecteur");
    const orgId = base.split("/")[4];
    const invitation = await json(
      await owner.post(`/api/v1/organisations/${orgId}/invitations`, { role: "viewer" }),
    );
    await viewer.post(`/api/v1/invitations/${invitation.token}/accept`);
    expect((await viewer.get(`${campaignUrl}/follow-up`)).status).toBe(200);
    expect((await viewer.get(`${campaignUrl}/submissions`)).status).toBe(403);
    expect((await viewer.get(`${campaignUrl}/submissions/export`)).status).toBe(403);
    expect((await viewer.get(`${base}/interviews`)).status).toBe(403);
  });
});

describe("interview guides", () => {
  it("creates, replaces and deletes a guide; interviews keep their content", async () => {
    const guide = await json(
      await owner.post(`${base}/interview-guides`, {
        title: "Entretien avec les entrepreneurs",
        themes: [
          {
            title: "Parcours",
            questions: [{ text: "Racontez votre arrivée.", prompts: ["Pourquoi ici ?"] }],
          },
        ],
      }),
    );
    const interview = await json(
      await owner.post(`${base}/interviews`, {
        guideId: guide.id,
        heldOn: "2026-04-10",
        interviewer: "Sophie",
        stakeholderCategory: "staff",
        consentGiven: "written",
        transcriptFileName: "entretien-01.txt",
        transcript: "Texte de l'entretien.",
      }),
    );
    expect(interview.words).toBe(3);
    const bad = await owner.post(`${base}/interviews`, {
      heldOn: "demain",
      interviewer: "",
      stakeholderCategory: "x",
    });
    expect(bad.status).toBe(400);
    expect((await owner.delete(`${base}/interview-guides/${guide.id}`)).status).toBe(204);
    const kept = await json(await owner.get(`${base}/interviews/${interview.id}`));
    expect(kept).toMatchObject({ guideId: null, transcript: "Texte de l'entretien." });
  });
});
