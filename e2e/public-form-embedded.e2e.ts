import { compileQuestionnaire, type QuestionnaireDefinition } from "@ricochet/domain";
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeViolations, launchBrowser, screenshot } from "./support/browser.ts";
import { CONSENT_NOTICE, PREVIEW_QUESTIONNAIRE } from "./support/form-fixtures.ts";
import { seriousViolationsInFrame, serveParentPage } from "./support/frames.ts";
import { startTestServer, type TestServer } from "./support/server.ts";

// The public form inside the staff app's frames: the questionnaire builder's preview (/f/preview)
// and a team member's entry of collected answers (/f/staff). The test plays the staff app: a
// same-origin parent page that posts the compiled questionnaire and answers the frame's messages.

let server: TestServer;
let browser: Browser;

const PHONE = { width: 375, height: 740 };
const CAMPAIGN = { name: "Suivi à 6 mois", organisation: "L'Atelier du Vercors", consent: CONSENT_NOTICE };
const PARENT = "/e2e-parent";

/** The definition after an edit in the builder. */
function edited(change: (definition: QuestionnaireDefinition) => void): QuestionnaireDefinition {
  const copy = structuredClone(PREVIEW_QUESTIONNAIRE);
  change(copy);
  return copy;
}

interface Embedded {
  context: BrowserContext;
  page: Page;
  /** The frame's content, to find things in. */
  form: FrameLocator;
  frame: () => Frame;
  /** Every request the browser made. */
  requests: string[];
  /** What the frame posted to the parent. */
  messages: () => Promise<Array<Record<string, any>>>;
  post: (message: unknown) => Promise<void>;
}

/** The staff app's role: a parent page holding the form in a frame, at phone size. */
async function embed(kind: "preview" | "staff"): Promise<Embedded> {
  const context = await browser.newContext({ locale: "fr-FR", viewport: PHONE });
  context.setDefaultTimeout(10_000);
  await serveParentPage(context, `${server.baseUrl}${PARENT}`, `/f/${kind}`);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(`${server.baseUrl}${PARENT}`);
  const frame = () => {
    const found = page.frames().find((f) => f !== page.mainFrame() && f.url().endsWith(`/f/${kind}`));
    if (!found) throw new Error(`no /f/${kind} frame`);
    return found;
  };
  const messages = () => page.evaluate(() => (window as any).__messages as Array<Record<string, any>>);
  await expect.poll(async () => (await messages()).map((m) => m.type)).toContain(`ricochet:${kind}-ready`);
  // The server lets these two pages, and only them, be framed by its own origin.
  return {
    context,
    page,
    form: page.frameLocator("#form"),
    frame,
    requests,
    messages,
    post: (message) => page.evaluate((m) => (window as any).__post(m), message),
  };
}

async function expectAccessible(frame: Frame, name: string) {
  const violations = await seriousViolationsInFrame(frame);
  expect(violations, `${name}:\n${describeViolations(violations)}`).toEqual([]);
}

/** Nothing kept in the frame's browser storage, no service worker. */
async function expectNothingKept(frame: Frame) {
  expect(await frame.evaluate(() => localStorage.length)).toBe(0);
  expect(
    await frame.evaluate(async () => (await navigator.serviceWorker?.getRegistrations())?.length ?? 0),
  ).toBe(0);
}

const heading = (form: FrameLocator, name: string | RegExp) => form.getByRole("heading", { level: 1, name });

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("public form embedded in the staff app", () => {
  it("says where it opens when shown outside the staff app", async () => {
    const context = await browser.newContext({ locale: "fr-FR", viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/f/preview`);
    await page.getByRole("heading", { level: 1, name: "Cet aperçu s'ouvre depuis Ricochet" }).waitFor();
    await page.goto(`${server.baseUrl}/f/staff`);
    await page.getByRole("heading", { level: 1, name: "Cette saisie s'ouvre depuis Ricochet" }).waitFor();
    await context.close();
  });

  it("previews the questionnaire, follows the builder's edits keeping the answers, and sends nothing", async () => {
    const embedded = await embed("preview");
    const { form, page, post } = embedded;
    const preview = (definition: QuestionnaireDefinition) =>
      post({ type: "ricochet:preview", questionnaire: compileQuestionnaire(definition), campaign: CAMPAIGN });
    await preview(PREVIEW_QUESTIONNAIRE);

    // The real welcome, under a banner that says nothing is sent.
    await heading(form, "Suivi des participants").waitFor();
    const banner = form.getByRole("banner");
    await banner.getByText(/^Aperçu\s: vos réponses ne sont pas envoyées$/).waitFor();
    await banner.getByRole("button", { name: "Recommencer" }).waitFor();
    await form.getByText("Proposé par L'Atelier du Vercors").waitFor();
    await expectAccessible(embedded.frame(), "preview welcome");
    await screenshot(page, "51-public-form-preview-welcome");
    await form.getByRole("button", { name: "Commencer", exact: true }).click();
    await heading(form, "Avant de commencer").waitFor();
    await form.getByText(CAMPAIGN.consent.controller).waitFor();
    await form.getByRole("button", { name: "J'accepte de répondre" }).click();

    // The real page: validation, skip logic, easy-read.
    await heading(form, "Votre situation").waitFor();
    await form.getByRole("button", { name: "Suivant" }).click();
    await form.getByText("Il y a 2 problèmes sur cette page").waitFor();
    const age = form.getByRole("textbox", { name: /^Quel âge avez-vous/ });
    await age.fill("34");
    await form.getByRole("radio", { name: "En emploi" }).check();
    await form.getByRole("textbox", { name: /Heures travaillées/ }).fill("35");
    await form.getByRole("switch", { name: "Facile à lire" }).check();
    await form.getByRole("radio", { name: "J'ai un travail" }).waitFor();
    await form.getByRole("switch", { name: "Facile à lire" }).uncheck();
    await expectAccessible(embedded.frame(), "preview page");
    await screenshot(page, "51-public-form-preview-page");

    // An edit: a new page title, a question removed, another added. Same page, answers kept.
    await age.focus();
    await preview(
      edited((d) => {
        const profil = d.pages[0] as QuestionnaireDefinition["pages"][number];
        profil.title = { fr: "Votre situation aujourd'hui", en: "Your situation today" };
        profil.questions = profil.questions.filter((q) => q.name !== "heures");
        profil.questions.push({
          name: "ville",
          type: "text",
          label: { fr: "Dans quelle ville vivez-vous ?" },
        });
      }),
    );
    await heading(form, "Votre situation aujourd'hui").waitFor();
    await form.getByRole("textbox", { name: /^Dans quelle ville/ }).waitFor();
    expect(await form.getByRole("textbox", { name: /Heures travaillées/ }).count()).toBe(0);
    expect(await age.inputValue()).toBe("34");
    expect(await form.getByRole("radio", { name: "En emploi" }).isChecked()).toBe(true);
    // The edit did not move the focus.
    expect(await embedded.frame().evaluate(() => document.activeElement?.id)).toBe("f-age");

    // On page 2, in English: the page is removed by an edit, back to the first page, still in English.
    await form.getByLabel("Langue / Language").selectOption("en");
    await form.getByRole("button", { name: "Next" }).click();
    await heading(form, "Your daily life").waitFor();
    await form.getByRole("checkbox", { name: "Bike" }).check();
    await preview(edited((d) => d.pages.splice(1, 1)));
    await heading(form, "Your situation").waitFor();
    await form.getByText("Page 1 of 1").waitFor();
    expect(await form.getByRole("textbox", { name: /^How old are you/ }).inputValue()).toBe("34");
    await form.getByLabel("Language / Langue").selectOption("fr");

    // The send step ends on the preview's own thank-you: nothing was sent.
    await form.getByRole("button", { name: "Suivant" }).click();
    await heading(form, "Dernière étape").waitFor();
    await form.getByRole("button", { name: "Envoyer mes réponses" }).click();
    await heading(form, "Fin de l'aperçu").waitFor();
    await form.getByText(/^Rien n'a été envoyé/).waitFor();
    await expectAccessible(embedded.frame(), "preview thank-you");
    await screenshot(page, "51-public-form-preview-thanks");

    // "Recommencer" starts the filling-in again, empty.
    await form.getByRole("banner").getByRole("button", { name: "Recommencer" }).click();
    await heading(form, "Suivi des participants").waitFor();
    await form.getByRole("button", { name: "Commencer", exact: true }).click();
    await form.getByRole("button", { name: "J'accepte de répondre" }).click();
    expect(await age.inputValue()).toBe("");

    expect(embedded.requests.filter((url) => url.includes("/api/"))).toEqual([]);
    expect(embedded.requests.filter((url) => !url.startsWith(server.baseUrl))).toEqual([]);
    await expectNothingKept(embedded.frame());
    expect((await embedded.messages()).map((m) => m.type)).toEqual(["ricochet:preview-ready"]);
    await embedded.context.close();
  });

  it("lets a team member type in answers: the staff app stores them, refusals show on their pages", async () => {
    const embedded = await embed("staff");
    const { form, page, post } = embedded;
    await post({
      type: "ricochet:staff",
      questionnaire: compileQuestionnaire(PREVIEW_QUESTIONNAIRE),
      campaign: { ...CAMPAIGN, respondentCodes: "panel" },
    });
    const submits = async () =>
      (await embedded.messages()).filter((m) => m.type === "ricochet:staff-submit").map((m) => m.submission);
    const answer = (result: Record<string, unknown>) => post({ type: "ricochet:staff-result", ...result });

    // Worded for the team member, from the banner to the consent.
    await heading(form, "Suivi des participants").waitFor();
    await form.getByRole("banner").getByText("Saisie par l'équipe — Suivi à 6 mois").waitFor();
    await screenshot(page, "52-public-form-staff-welcome");
    await form.getByRole("button", { name: "Commencer la saisie" }).click();
    await heading(form, "Avant de commencer").waitFor();
    await form.getByRole("button", { name: "La personne ne souhaite pas répondre" }).waitFor();
    await expectAccessible(embedded.frame(), "staff consent");
    await screenshot(page, "52-public-form-staff-consent");
    await form.getByRole("button", { name: "La personne interrogée a donné son accord" }).click();
    await heading(form, "Le code de la personne interrogée").waitFor();
    await form.getByLabel(/^Code de répondant/).fill("zz-0000");
    await form.getByRole("button", { name: "Continuer" }).click();
    await form.getByRole("textbox", { name: /^Quel âge avez-vous/ }).fill("15");
    await form.getByRole("button", { name: "Suivant" }).click();
    await form.getByText("Entre 16 et 99 ans.").first().waitFor();
    await form.getByRole("textbox", { name: /^Quel âge avez-vous/ }).fill("41");
    await form.getByRole("radio", { name: "En recherche d'emploi" }).check();
    await form.getByRole("button", { name: "Suivant" }).click();
    await form.getByRole("checkbox", { name: "Bus ou tram" }).check();
    await form.getByRole("button", { name: "Suivant" }).click();
    await heading(form, "Dernière étape").waitFor();

    // Sending: one message to the staff app (a double click too), the button off while it answers.
    const save = form.getByRole("button", { name: "Enregistrer la réponse" });
    await save.dblclick();
    await expect.poll(async () => (await submits()).length).toBe(1);
    await form.getByRole("button", { name: "Enregistrement en cours…" }).waitFor();
    expect(await form.getByRole("button", { name: "Enregistrement en cours…" }).isDisabled()).toBe(true);
    await page.waitForTimeout(300);
    const [first] = await submits();
    expect(first).toEqual({
      idempotencyKey: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/),
      answers: { age: 41, situation: "recherche", transport: ["bus"] },
      respondentCode: "ZZ-0000",
      consent: true,
      language: "fr",
      easyRead: false,
      startedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      submittedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });

    // Refused on a question: shown on its page, as a server's 422 is on a link.
    await answer({
      ok: false,
      errors: [{ path: "answers.age", message: "Cette personne a déjà répondu avec un autre âge." }],
      message: "La réponse n'a pas été enregistrée.",
    });
    await heading(form, "Votre situation").waitFor();
    await form.locator(".summary").getByText("Il y a un problème sur cette page").waitFor();
    await form.getByText("Cette personne a déjà répondu avec un autre âge.").first().waitFor();
    expect(
      await form.getByRole("textbox", { name: /^Quel âge avez-vous/ }).getAttribute("aria-invalid"),
    ).toBe("true");
    await expectAccessible(embedded.frame(), "staff refusal");
    await screenshot(page, "52-public-form-staff-refused");

    // Sent again: the same key. An unknown code: back to the code screen, then straight to sending.
    await form.getByRole("button", { name: "Suivant" }).click();
    await form.getByRole("button", { name: "Suivant" }).click();
    await save.click();
    await expect.poll(async () => (await submits()).length).toBe(2);
    await answer({ ok: false, code: "RESPONDENT_CODE_UNKNOWN", message: "Code inconnu." });
    await heading(form, "Le code de la personne interrogée").waitFor();
    await form.getByText("Ce code n'est pas reconnu pour cette campagne.", { exact: false }).waitFor();
    await form.getByLabel(/^Code de répondant/).fill("PX-0001");
    await form.getByRole("button", { name: "Continuer" }).click();
    await heading(form, "Dernière étape").waitFor();
    await save.click();
    await expect.poll(async () => (await submits()).length).toBe(3);

    // A refusal with only a message: on the send step.
    await answer({ ok: false, message: "Le serveur ne répond pas. Réessayez dans un moment." });
    await form.getByRole("alert").getByText("Le serveur ne répond pas. Réessayez dans un moment.").waitFor();
    expect(await save.isEnabled()).toBe(true);
    await save.click();
    await expect.poll(async () => (await submits()).length).toBe(4);
    const keys = (await submits()).map((s) => s.idempotencyKey);
    expect(new Set(keys)).toEqual(new Set([first.idempotencyKey]));
    expect((await submits())[3].respondentCode).toBe("PX-0001");

    // Stored: the thank-you, then another response with a new key.
    await answer({ ok: true });
    await heading(form, "Réponse enregistrée").waitFor();
    await expectAccessible(embedded.frame(), "staff thank-you");
    await screenshot(page, "52-public-form-staff-thanks");
    await form.getByRole("button", { name: "Saisir une autre réponse" }).click();
    await heading(form, "Suivi des participants").waitFor();
    await form.getByRole("button", { name: "Commencer la saisie" }).click();
    await form.getByRole("button", { name: "La personne interrogée a donné son accord" }).click();
    expect(await form.getByLabel(/^Code de répondant/).inputValue()).toBe("");
    await form.getByLabel(/^Code de répondant/).fill("PX-0002");
    await form.getByRole("button", { name: "Continuer" }).click();
    expect(await form.getByRole("textbox", { name: /^Quel âge avez-vous/ }).inputValue()).toBe("");
    await form.getByRole("textbox", { name: /^Quel âge avez-vous/ }).fill("52");
    await form.getByRole("radio", { name: "En formation" }).check();
    await form.getByRole("button", { name: "Suivant" }).click();
    await form.getByRole("button", { name: "Suivant" }).click();
    await save.click();
    await expect.poll(async () => (await submits()).length).toBe(5);
    const second = (await submits())[4];
    expect(second.idempotencyKey).not.toBe(first.idempotencyKey);
    expect(second).toMatchObject({ answers: { age: 52, situation: "formation" }, respondentCode: "PX-0002" });
    await answer({ ok: true });
    await heading(form, "Réponse enregistrée").waitFor();

    expect(embedded.requests.filter((url) => url.includes("/api/"))).toEqual([]);
    await expectNothingKept(embedded.frame());
    await embedded.context.close();
  });

  it("records a respondent who declines, then goes on to the next one", async () => {
    const embedded = await embed("staff");
    const { form, post } = embedded;
    await post({
      type: "ricochet:staff",
      questionnaire: compileQuestionnaire(PREVIEW_QUESTIONNAIRE),
      campaign: CAMPAIGN,
    });
    await form.getByRole("button", { name: "Commencer la saisie" }).click();
    await form.getByRole("button", { name: "La personne ne souhaite pas répondre" }).click();
    await heading(form, "Aucune réponse enregistrée").waitFor();
    await screenshot(embedded.page, "52-public-form-staff-declined");
    await form.getByRole("button", { name: "Saisir une autre réponse" }).click();
    await heading(form, "Suivi des participants").waitFor();
    // No code asked when the campaign uses none.
    await form.getByRole("button", { name: "Commencer la saisie" }).click();
    await form.getByRole("button", { name: "La personne interrogée a donné son accord" }).click();
    await heading(form, "Votre situation").waitFor();
    expect((await embedded.messages()).map((m) => m.type)).toEqual(["ricochet:staff-ready"]);
    await embedded.context.close();
  });
});
