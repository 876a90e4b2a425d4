import { questionnaireToXlsform } from "@ricochet/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeXlsformWorkbook } from "../src/forms/xlsform/index.ts";
import { FOLLOW_UP_QUESTIONNAIRE } from "./helpers/questionnaire-fixture.ts";
import { type Client, createTestApp, json, type TestApp } from "./helpers/test-app.ts";

let t: TestApp;
let owner: Client;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp("Nadia Haddad");
  const org = await json(
    await owner.post("/api/v1/organisations", { name: "Épicerie du Trièves", kind: "structure" }),
  );
  const evaluation = await json(
    await owner.post(`/api/v1/organisations/${org.id}/evaluations`, { title: "Impact de l'épicerie" }),
  );
  base = `/api/v1/organisations/${org.id}/evaluations/${evaluation.id}`;
});
afterAll(() => t.close());

const base64 = async (definition = FOLLOW_UP_QUESTIONNAIRE) =>
  Buffer.from(await writeXlsformWorkbook(questionnaireToXlsform(definition))).toString("base64");

describe("XLSForm through the API", () => {
  it("imports a workbook as a questionnaire identical to the one exported, and exports it back", async () => {
    const imported = await owner.post(`${base}/questionnaires/import/xlsform`, {
      fileName: "suivi.xlsx",
      contentBase64: await base64(),
    });
    expect(imported.status).toBe(201);
    const body = await json(imported);
    expect(body.questionnaire.draft).toEqual(FOLLOW_UP_QUESTIONNAIRE);
    expect(body.questionnaire.issues).toEqual([]);
    expect(body.unmapped).toEqual([]);

    const exported = await owner.get(`${base}/questionnaires/${body.questionnaire.id}/export/xlsform`);
    expect(exported.headers.get("content-disposition")).toContain(".xlsx");
    const again = await json(
      await owner.post(`${base}/questionnaires/import/xlsform`, {
        fileName: "again.xlsx",
        contentBase64: Buffer.from(await exported.arrayBuffer()).toString("base64"),
      }),
    );
    expect(again.questionnaire.draft).toEqual(FOLLOW_UP_QUESTIONNAIRE);
  });

  it("refuses a broken expression naming its row, or keeps it as a draft to fix when asked", async () => {
    const broken = structuredClone(FOLLOW_UP_QUESTIONNAIRE);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an XLSForm reference
    broken.pages[0]!.questions[2]!.relevant = "${situaton} = 'emploi' and";
    const refused = await owner.post(`${base}/questionnaires/import/xlsform`, {
      fileName: "broken.xlsx",
      contentBase64: await base64(broken),
    });
    expect(refused.status).toBe(422);
    const problem = await json(refused);
    expect(problem.code).toBe("XLSFORM_INVALID");
    expect(problem.errors[0].path).toMatch(/^survey:\d+:relevant$/);
    expect(problem.errors[0].message).toMatch(/ligne \d+ \(heures\)/);
    const before = (await json(await owner.get(`${base}/questionnaires`))).length;

    const kept = await owner.post(`${base}/questionnaires/import/xlsform`, {
      fileName: "broken.xlsx",
      contentBase64: await base64(broken),
      keepProblems: true,
    });
    expect(kept.status).toBe(201);
    expect((await json(kept)).questionnaire.issues.length).toBeGreaterThan(0);
    expect((await json(await owner.get(`${base}/questionnaires`))).length).toBe(before + 1);
  });

  it("refuses what is not an XLSForm with a clear message", async () => {
    const garbage = await owner.post(`${base}/questionnaires/import/xlsform`, {
      fileName: "notes.xlsx",
      contentBase64: Buffer.from("name;label\nage;Âge").toString("base64"),
    });
    expect(garbage.status).toBe(422);
    const problem = await json(garbage);
    expect(problem.errors.length).toBeGreaterThan(0);
    expect(problem.errors[0].message.length).toBeGreaterThan(10);
  });
});
