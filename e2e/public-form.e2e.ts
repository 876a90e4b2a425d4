import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeViolations, launchBrowser, screenshot, seriousViolations } from "./support/browser.ts";
import { uniqueEmail } from "./support/flows.ts";
import { CONSENT_NOTICE, EVERY_TYPE_QUESTIONNAIRE } from "./support/form-fixtures.ts";
import { startTestServer, type TestServer } from "./support/server.ts";

// The respondents' page (/f/<token>): a light Preact bundle, answered anonymously on a phone,
// offline-tolerant. Data is set up through the API as a signed-up user.

let server: TestServer;
let browser: Browser;
let staff: (method: string, path: string, body?: unknown) => Promise<any>;
let base: string;

const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 860 };

async function signedUpClient(baseUrl: string) {
  const email = uniqueEmail("public-form");
  const signUp = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { origin: baseUrl, "content-type": "application/json" },
    body: JSON.stringify({ name: "Nadia Benali", email, password: "Ricochet-E2e-2026!" }),
  });
  expect(signUp.status).toBe(200);
  const cookie = signUp.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        origin: baseUrl,
        cookie,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
}

let questionnaireId: string;

async function campaign(name: string, extra: Record<string, unknown> = {}) {
  const created = await staff("POST", `${base}/campaigns`, {
    name,
    questionnaireId,
    consent: CONSENT_NOTICE,
    ...extra,
  });
  const opened = await staff("PATCH", `${base}/campaigns/${created.id}`, { status: "open" });
  expect(opened.acceptingAnswers).toBe(true);
  const token = String(opened.publicUrl).split("/f/")[1];
  return { id: created.id as string, url: `${server.baseUrl}/f/${token}` };
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  staff = await signedUpClient(server.baseUrl);
  const org = await staff("POST", "/api/v1/organisations", {
    name: "L'Atelier du Vercors",
    kind: "structure",
  });
  const evaluation = await staff("POST", `/api/v1/organisations/${org.id}/evaluations`, {
    title: "Parcours des participants 2026",
  });
  base = `/api/v1/organisations/${org.id}/evaluations/${evaluation.id}`;
  const questionnaire = await staff("POST", `${base}/questionnaires`, {
    title: "Suivi des participants",
    definition: EVERY_TYPE_QUESTIONNAIRE,
  });
  await staff("POST", `${base}/questionnaires/${questionnaire.id}/publish`);
  questionnaireId = questionnaire.id;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function expectAccessible(page: Page, name: string) {
  const violations = await seriousViolations(page);
  expect(violations, `${name}:\n${describeViolations(violations)}`).toEqual([]);
}

/** A respondent's phone: no cookies, French, a speech synthesis that records what it reads. */
async function respondent(viewport = PHONE): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: "fr-FR", viewport });
  context.setDefaultTimeout(10_000);
  await context.addInitScript(() => {
    const spoken: Array<{ text: string; lang: string }> = [];
    (window as any).__spoken = spoken;
    if ("speechSynthesis" in window)
      window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
        spoken.push({ text: utterance.text, lang: utterance.lang });
      };
  });
  return { context, page: await context.newPage() };
}

const heading = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 1, name });

describe("public respondent form", () => {
  it("stays within its budget of 60 KB of gzipped JavaScript", () => {
    const report = JSON.parse(
      readFileSync(
        fileURLToPath(new URL("../packages/web/dist/public-form-size.json", import.meta.url)),
        "utf8",
      ),
    );
    expect(report.gzipBytes).toBeGreaterThan(5_000);
    expect(report.gzipBytes).toBeLessThanOrEqual(60_000);
    expect(report.files.length).toBeGreaterThanOrEqual(1);
  });

  it("says clearly when a link does not exist or a campaign is closed", async () => {
    const { context, page } = await respondent();
    await page.goto(`${server.baseUrl}/f/inconnu-0123456789abc`);
    await heading(page, "Ce questionnaire n'existe pas").waitFor();
    await expectAccessible(page, "not found");
    await screenshot(page, "50-public-form-not-found");

    const closed = await campaign("Vague close");
    await staff("PATCH", `${base}/campaigns/${closed.id}`, { status: "closed" });
    await page.goto(closed.url);
    await heading(page, /clos/).waitFor();
    await page.getByText("Il n'accepte plus de réponses").waitFor();
    await screenshot(page, "50-public-form-closed");

    const later = await staff("POST", `${base}/campaigns`, {
      name: "Vague de 2099",
      questionnaireId,
      consent: CONSENT_NOTICE,
      opensOn: "2099-01-15",
    });
    const scheduled = await staff("PATCH", `${base}/campaigns/${later.id}`, { status: "open" });
    expect(scheduled.closedReason).toBe("not_yet_open");
    await page.goto(`${server.baseUrl}/f/${String(scheduled.publicUrl).split("/f/")[1]}`);
    await heading(page, "Ce questionnaire n'est pas encore ouvert").waitFor();
    await page.getByText("Il sera ouvert à partir du 15 janvier 2099.").waitFor();
    await context.close();
  });

  it("is answered on a phone with the keyboard, easy-read, read aloud, offline, and stored once", async () => {
    const { id, url } = await campaign("Suivi à 6 mois", { respondentCodes: "free" });
    const { context, page } = await respondent();
    const pings: Array<{ status: number; body: any }> = [];
    page.on("response", (response) => {
      if (response.url().endsWith("/progress"))
        pings.push({ status: response.status(), body: response.request().postDataJSON() });
    });
    await page.goto(url);

    // Welcome: who asks, what, how long.
    await heading(page, "Suivi des participants").waitFor();
    await page.getByText("Proposé par L'Atelier du Vercors").waitFor();
    await page.getByText("3 pages", { exact: true }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    await screenshot(page, "50-public-form-welcome");
    await page.getByRole("button", { name: "Commencer" }).click();

    // Consent: the notice, then accept with the keyboard.
    await heading(page, "Avant de commencer").waitFor();
    await page.getByText(CONSENT_NOTICE.controller).waitFor();
    await page.getByRole("link", { name: CONSENT_NOTICE.contact }).waitFor();
    await expectAccessible(page, "consent screen");
    await screenshot(page, "50-public-form-consent");
    await page.getByRole("button", { name: "J'accepte de répondre" }).focus();
    await page.keyboard.press("Enter");

    // Respondent code: typed in lower case, kept in upper case.
    await heading(page, "Votre code de répondant").waitFor();
    const code = page.getByLabel(/^Code de répondant/);
    await code.fill("a");
    await page.keyboard.press("Enter");
    await page.getByText("Ce code ne convient pas").waitFor();
    await code.fill("ab-1234");
    expect(await code.inputValue()).toBe("AB-1234");
    await page.keyboard.press("Enter");

    // Page 1: required answers, the questionnaire's own message, skip logic.
    await heading(page, "Votre situation").waitFor();
    await page.getByText("Page 1 sur 3").waitFor();
    await page.getByRole("button", { name: "Suivant" }).click();
    const summary = page.locator(".summary");
    await summary.getByText("Il y a 2 problèmes sur cette page").waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains("summary"))).toBe(true);
    expect(await summary.textContent()).not.toMatch(/« age »|situation »/);
    await page.getByText("Cette réponse est obligatoire.").first().waitFor();
    const age = page.getByRole("textbox", { name: /^Quel âge avez-vous\s\?/ });
    expect(await age.getAttribute("aria-invalid")).toBe("true");
    expect(await age.getAttribute("aria-describedby")).toContain("e-age");
    await screenshot(page, "50-public-form-errors");
    await summary.getByRole("link", { name: /Quel âge avez-vous/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-age");
    await page.keyboard.type("12");

    const hours = page.getByRole("textbox", { name: /Heures travaillées/ });
    expect(await hours.count()).toBe(0);
    await page.getByRole("radio", { name: "En emploi" }).focus();
    await page.keyboard.press("Space");
    await hours.waitFor();
    await hours.fill("35,5");
    // Arrow keys move within the radio group: "En formation" hides the hours, going back shows them, kept.
    await page.getByRole("radio", { name: "En emploi" }).focus();
    await page.keyboard.press("ArrowDown");
    expect(await page.getByRole("radio", { name: "En formation" }).isChecked()).toBe(true);
    await hours.waitFor({ state: "detached" });
    await page.keyboard.press("ArrowUp");
    await hours.waitFor();
    expect(await hours.inputValue()).toBe("35,5");
    await page.getByRole("button", { name: "Suivant" }).click();
    await page.getByText("Entre 16 et 99 ans.").first().waitFor();
    await age.fill("34");
    await expectAccessible(page, "question page");
    await screenshot(page, "50-public-form-page-1");

    // Easy-to-read: the FALC wording replaces the labels, for questions and choices.
    await page.getByRole("switch", { name: "Facile à lire" }).check();
    await page.getByRole("textbox", { name: /^Votre âge\s\?/ }).waitFor();
    await page.getByRole("radio", { name: "J'ai un travail" }).waitFor();
    expect(await page.getByText(/Quel âge avez-vous/).count()).toBe(0);
    expect(await page.locator("html").getAttribute("class")).toContain("easy");
    await expectAccessible(page, "easy-read");
    await screenshot(page, "50-public-form-easy-read");
    await page.getByRole("switch", { name: "Facile à lire" }).uncheck();
    await page.getByRole("button", { name: "Suivant" }).click();

    // Page 2, read aloud in French, then offline from here on.
    await heading(page, "Votre quotidien").waitFor();
    await page.getByText("Page 2 sur 3").waitFor();
    await page
      .getByRole("group", { name: "Comment vous déplacez-vous ?" })
      .getByRole("button", { name: "Écouter la question" })
      .click();
    const spoken = await page.evaluate(
      () => (window as any).__spoken as Array<{ text: string; lang: string }>,
    );
    expect(spoken.at(-1)?.text).toMatch(/^Comment vous déplacez-vous\s\?/);
    expect(spoken.at(-1)?.text).toContain("Plusieurs réponses possibles.");
    expect(spoken.at(-1)?.text).toContain("Bus ou tram");
    expect(spoken.at(-1)?.lang).toMatch(/^fr/);

    await context.setOffline(true);
    await page.getByText("Pas de connexion").waitFor();
    await page.getByRole("checkbox", { name: "Vélo" }).focus();
    await page.keyboard.press("Space");
    await page.getByRole("checkbox", { name: "Bus ou tram" }).check();
    await page.getByRole("radio", { name: "Plutôt d'accord" }).check();
    await page.getByRole("radio", { name: "8", exact: true }).check();
    await page.getByRole("radio", { name: "Oui" }).check();
    await expectAccessible(page, "page with choices");
    await screenshot(page, "50-public-form-page-2");
    await page.getByRole("button", { name: "Suivant" }).click();

    // Page 3: a matrix row by row, a ranking by buttons, a date, a consent box.
    await heading(page, "Ce que vous ressentez").waitFor();
    await page.getByRole("button", { name: "Suivant" }).click();
    await page.getByText("Répondez à chaque ligne.").first().waitFor();
    await page
      .getByRole("group", { name: "J'ai confiance en l'avenir" })
      .getByRole("radio", { name: "Plutôt d'accord" })
      .check();
    await page
      .getByRole("group", { name: "Je me sens capable" })
      .getByRole("radio", { name: "Tout à fait d'accord" })
      .check();
    await page.getByRole("button", { name: "Monter : Trouver un emploi" }).click();
    await page.getByText("« Trouver un emploi » est maintenant en position 1 sur 3.").waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("Trouver un emploi");
    await page.keyboard.press("Enter");
    await page.getByText("« Trouver un emploi » est maintenant en position 2 sur 3.").waitFor();
    const ranked = await page.locator(".rank-label").allTextContents();
    expect(ranked).toEqual(["Trouver un logement", "Trouver un emploi", "Prendre soin de ma santé"]);
    await page.getByLabel("Date de votre arrivée à l'atelier").fill("2025-09-01");
    await page.getByRole("checkbox", { name: "J'accepte d'être recontacté" }).check();
    await expectAccessible(page, "page with matrix and ranking");
    await screenshot(page, "50-public-form-page-3");
    // The narrowest phone (and 200 % zoom on a 640 px window): nothing wider than the screen.
    await page.setViewportSize({ width: 320, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await screenshot(page, "50-public-form-320-page-3");
    await page.setViewportSize(PHONE);
    await page.getByRole("button", { name: "Suivant" }).click();

    // Send while offline (double click): kept in the outbox, one entry.
    await heading(page, "Dernière étape").waitFor();
    await page.getByRole("button", { name: "Envoyer mes réponses" }).dblclick();
    await page
      .getByText("Vos réponses sont gardées sur cet appareil et partiront dès le retour de la connexion.")
      .waitFor();
    const outbox = await page.evaluate(() =>
      JSON.parse(localStorage.getItem("ricochet-form:outbox") ?? "[]"),
    );
    expect(outbox).toHaveLength(1);
    expect(outbox[0].body).toMatchObject({
      respondentCode: "AB-1234",
      consent: true,
      language: "fr",
      answers: {
        age: 34,
        situation: "emploi",
        heures: 35.5,
        transport: expect.arrayContaining(["velo", "bus"]),
        utile: "3",
        satisfaction: 8,
        recommande: "yes",
        confiance: { conf_avenir: "3", conf_capable: "4" },
        priorites: ["logement", "emploi", "sante"],
        arrivee: "2025-09-01",
        recontact: true,
      },
    });
    expect(outbox[0].body.answers).not.toHaveProperty("score_confiance");
    expect(outbox[0].body.answers).not.toHaveProperty("intro_quotidien");
    await screenshot(page, "50-public-form-queued");

    // Back online: sent by itself, thank you, stored exactly once.
    await context.setOffline(false);
    await heading(page, /^Merci\s!$/).waitFor({ timeout: 30_000 });
    await expectAccessible(page, "thank-you screen");
    await screenshot(page, "50-public-form-thanks");
    expect(await page.evaluate(() => localStorage.getItem("ricochet-form:outbox"))).toBeNull();
    expect((await staff("GET", `${base}/campaigns/${id}`)).responses).toBe(1);
    // Drop-out follow-up: pages reached while online, then the completion (offline pings are lost).
    await expect.poll(() => pings.some((p) => p.body.completed === true)).toBe(true);
    expect(pings.every((p) => p.status === 204)).toBe(true);
    expect(pings.map((p) => p.body.page)).toEqual(expect.arrayContaining([0, 1]));
    expect(new Set(pings.map((p) => p.body.sessionKey)).size).toBe(1);

    // A reload starts afresh and sends nothing again.
    await page.reload();
    await heading(page, "Suivi des participants").waitFor();
    await page.getByRole("button", { name: "Commencer" }).waitFor();
    await page.waitForTimeout(500);
    expect((await staff("GET", `${base}/campaigns/${id}`)).responses).toBe(1);
    await context.close();
  });

  it("resumes after a reload, works from its cached copy when the API is unreachable, and shows on a desktop", async () => {
    const { url } = await campaign("Suivi à 12 mois");
    const { context, page } = await respondent(DESKTOP);
    await page.goto(url);
    await page.getByRole("button", { name: "Commencer" }).click();
    await page.getByRole("button", { name: "J'accepte de répondre" }).click();
    await page.getByRole("textbox", { name: /^Quel âge avez-vous/ }).fill("41");
    await page.getByRole("radio", { name: "En recherche d'emploi" }).check();
    await screenshot(page, "50-public-form-desktop-page-1");
    await page.getByRole("button", { name: "Suivant" }).click();
    await heading(page, "Votre quotidien").waitFor();
    const seen = await page.locator(".opts-list .opt").allTextContents();

    // No connection at all: the page comes from the service worker, the form and the answers
    // from the device.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
    await context.setOffline(true);
    await page.reload();
    await heading(page, "Vous aviez commencé à répondre").waitFor();
    await screenshot(page, "50-public-form-desktop-resume");
    await page.getByRole("button", { name: "Reprendre" }).click();
    await heading(page, "Votre quotidien").waitFor();
    // The random order of choices is the respondent's own, the same after a reload.
    expect(await page.locator(".opts-list .opt").allTextContents()).toEqual(seen);
    await page.getByRole("button", { name: "Précédent" }).click();
    expect(await page.getByRole("textbox", { name: /^Quel âge avez-vous/ }).inputValue()).toBe("41");
    await context.setOffline(false);
    // The API cannot be reached (the server answers, the API does not): the cached form again.
    await context.route("**/api/v1/public/forms/**", (route) => route.abort("internetdisconnected"));

    // English: the questionnaire's texts and the form's own words.
    await page.getByLabel("Langue / Language").selectOption("en");
    await heading(page, "Your situation").waitFor();
    await page.getByRole("button", { name: "Next" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await screenshot(page, "50-public-form-desktop-english");

    // "Start again" forgets the answers.
    await page.reload();
    await page.getByRole("button", { name: "Start again" }).click();
    await page.getByRole("button", { name: "Start" }).click();
    await page.getByRole("button", { name: "I agree to answer" }).click();
    expect(await page.getByRole("textbox", { name: /^How old are you/ }).inputValue()).toBe("");
    await context.close();
  });

  it("brings a refused panel code back to its screen, then sends", async () => {
    const { id, url } = await campaign("Panel 2026", { respondentCodes: "panel" });
    const { codes } = await staff("POST", `${base}/respondent-codes`, { count: 1, prefix: "PX" });
    const { context, page } = await respondent();
    await page.goto(url);
    await page.getByRole("button", { name: "Commencer" }).click();
    await page.getByRole("button", { name: "J'accepte de répondre" }).click();
    await page.getByLabel(/^Code de répondant/).fill("ZZ-0000");
    await page.getByRole("button", { name: "Continuer" }).click();
    await page.getByRole("textbox", { name: /^Quel âge avez-vous/ }).fill("29");
    await page.getByRole("radio", { name: "En formation" }).check();
    await page.getByRole("button", { name: "Suivant" }).click();
    await heading(page, "Votre quotidien").waitFor();
    await page.getByRole("button", { name: "Suivant" }).click();
    await page.getByRole("group", { name: "J'ai confiance en l'avenir" }).getByRole("radio").first().check();
    await page.getByRole("group", { name: "Je me sens capable" }).getByRole("radio").first().check();
    await page.getByRole("button", { name: "Suivant" }).click();
    await page.getByRole("button", { name: "Envoyer mes réponses" }).click();

    await heading(page, "Votre code de répondant").waitFor();
    await page.getByText("Ce code n'est pas reconnu.").waitFor();
    expect(await page.getByLabel(/^Code de répondant/).getAttribute("aria-invalid")).toBe("true");
    await screenshot(page, "50-public-form-code-refused");
    await page.getByLabel(/^Code de répondant/).fill(codes[0]);
    await page.getByRole("button", { name: "Continuer" }).click();
    await heading(page, "Dernière étape").waitFor();
    await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
    await heading(page, /^Merci/).waitFor();
    expect((await staff("GET", `${base}/campaigns/${id}`)).responses).toBe(1);
    await context.close();
  });

  it("ends politely when the respondent declines, sending nothing", async () => {
    const { id, url } = await campaign("Suivi déclin");
    const { context, page } = await respondent();
    const posts: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST") posts.push(request.url());
    });
    await page.goto(url);
    await page.getByRole("button", { name: "Commencer" }).click();
    await page.getByRole("button", { name: "Je ne souhaite pas répondre" }).click();
    await heading(page, "Merci de votre visite").waitFor();
    await page.getByText("Rien n'a été envoyé.").waitFor();
    await screenshot(page, "50-public-form-declined");
    expect(posts).toEqual([]);
    expect((await staff("GET", `${base}/campaigns/${id}`)).responses).toBe(0);
    await context.close();
  });
});
