import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ARTIFACTS,
  describeViolations,
  launchBrowser,
  newContext,
  screenshot,
  seriousViolations,
} from "./support/browser.ts";
import { openCampaignPage, openEvaluationStep, signIn } from "./support/flows.ts";
import { startTestServer, type TestServer } from "./support/server.ts";

// After collection, on the demo: the follow-up of a campaign, its answers (read, corrected,
// trashed and restored, exported), paper answers, respondent codes and their cards, a GDPR
// erasure, and an interview with its transcript.

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ demo: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function expectAccessible(page: Page, name: string) {
  // Mantine's modals and drawers fade in: checked once the transition is over.
  await page.waitForTimeout(300);
  const violations = await seriousViolations(page);
  expect(violations, `${name}:\n${describeViolations(violations)}`).toEqual([]);
}

/** A picture of the open drawer or modal alone, the window made tall enough to show all of it. */
async function dialogShot(page: Page, name: string) {
  const height = await page.evaluate(() =>
    Math.max(...[...document.querySelectorAll("[role=dialog]")].map((d) => d.scrollHeight), 0),
  );
  await page.setViewportSize({ width: 1280, height: Math.min(Math.max(860, height + 160), 4000) });
  await page.waitForTimeout(300);
  await page
    .getByRole("dialog")
    .last()
    .screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  await page.setViewportSize({ width: 1280, height: 860 });
}

const CAMPAIGN = "Mesure finale — entrepreneurs accompagnés";
const PAY = "Combien vous versez-vous par mois, en moyenne, grâce à votre activité (en euros nets) ?";

describe("after collection: follow-up, answers, codes, rights and interviews (demo)", () => {
  it("follows a campaign, corrects, trashes, restores and exports an answer", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, server.baseUrl, "ines.moreau@demo.ricochet.fr", "Impact-Social-2026");
    await openEvaluationStep(page, /Le parcours entrepreneur-salarié/, /Collecte/);
    await page.getByRole("heading", { level: 2, name: /Étape 5/ }).waitFor();

    // The evaluation at a glance: each campaign by moment and group.
    const summary = page.getByRole("region", { name: "Où en est la collecte" });
    await summary.getByText("Mesure initiale · groupe accompagné : 120/130").waitFor();
    await summary.getByText(/Mesure finale · groupe témoin : \d+\/70/).waitFor();
    await expectAccessible(page, "step 5 with the summary");
    await screenshot(page, "80-answers-step5");

    // The campaign's follow-up: answers against the target, by day, by source, and the funnel.
    await openCampaignPage(page, CAMPAIGN);
    await page.getByText(/réponses sur 120 visées/).waitFor();
    await page.getByText(/Il manque \d+ réponses pour atteindre l'objectif/).waitFor();
    await page.getByRole("img", { name: /Les réponses, jour après jour/ }).waitFor();
    await page.getByText(/^Saisies par l'équipe : \d+/).waitFor();
    await page.getByText(/personnes ont ouvert le questionnaire en ligne/).waitFor();
    await page.getByText(/\d+ personnes ont atteint la page 2 « Ce que vous ressentez »/).waitFor();
    await page
      .getByText(/se sont arrêtées sur cette page/)
      .first()
      .waitFor();
    await expectAccessible(page, "follow-up");
    await screenshot(page, "80-answers-follow-up");
    await page.getByRole("button", { name: "Voir les chiffres en tableau" }).click();
    await page.getByRole("columnheader", { name: "Total depuis le début" }).waitFor();
    await expectAccessible(page, "follow-up as a table");
    await page.getByRole("button", { name: "Voir le graphique" }).click();

    // The answers, newest first; one opens with its labels, its consent and its history.
    await page.getByRole("tab", { name: /^Réponses \(\d+\)$/ }).click();
    await page.getByText(/^Réponses 1 à 25 sur \d+$/).waitFor();
    await expectAccessible(page, "answers browser");
    await screenshot(page, "81-answers-browser");
    await page.getByLabel("Moyen de réponse").selectOption("staff");
    await page.getByText(/^\d+ réponses?$/).waitFor();
    await page
      .getByRole("button", { name: /^Voir la réponse du/ })
      .first()
      .waitFor();
    await page.getByLabel("Moyen de réponse").selectOption("");
    await page
      .getByRole("button", { name: /^Voir la réponse du .*, code / })
      .first()
      .click();
    const drawer = page.getByRole("dialog", { name: /^Réponse du / });
    await drawer.getByText(/^Accord donné le /).waitFor();
    await drawer.getByText("Quel est votre statut aujourd'hui ?").waitFor();
    await drawer.getByText("Cette réponse n'a jamais été corrigée.").waitFor();
    await expectAccessible(page, "answer detail");
    await dialogShot(page, "82-answers-detail");

    // Correct the monthly pay: refused out of range (the questionnaire's own message), then saved.
    await drawer.getByRole("button", { name: `Corriger la réponse à « ${PAY} »` }).click();
    const pay = drawer.getByRole("textbox", { name: PAY });
    const before = await pay.inputValue();
    await pay.fill("25000");
    await drawer.getByRole("button", { name: "Enregistrer la correction" }).click();
    await drawer
      .getByText("Expliquez en quelques mots pourquoi vous corrigez (au moins 3 caractères).")
      .waitFor();
    await drawer.getByLabel(/^Pourquoi corriger/).fill("Erreur de saisie du questionnaire papier");
    await drawer.getByRole("button", { name: "Enregistrer la correction" }).click();
    await drawer.getByText("Entre 0 et 20 000 €.").waitFor();
    expect(await pay.getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page, "correction with an error");
    await dialogShot(page, "83-answers-correction-error");
    await pay.fill("1450");
    await drawer.getByRole("button", { name: "Enregistrer la correction" }).click();
    const history = drawer.getByRole("region", { name: "Historique des corrections" });
    await history.getByText(/par Inès Moreau/).waitFor();
    await history.getByText("« Erreur de saisie du questionnaire papier »", { exact: false }).waitFor();
    const change = await history.getByRole("listitem").filter({ hasText: PAY }).last().textContent();
    expect(change?.replace(/\s/g, "")).toContain(`${before.replace(/\s/g, "")}→devient1450`);
    await drawer.getByText("corrigée").waitFor();
    await expectAccessible(page, "answer corrected");
    await dialogShot(page, "84-answers-corrected");

    // Trash, with a confirmation saying it can come back; then restore.
    await drawer.getByRole("button", { name: "Mettre à la corbeille" }).click();
    const confirm = page.getByRole("dialog", { name: "Mettre cette réponse à la corbeille ?" });
    await confirm.getByText(/ne compte plus dans les résultats ; elle peut être restaurée/).waitFor();
    await expectAccessible(page, "trash confirmation");
    await confirm.getByRole("button", { name: "Mettre à la corbeille" }).click();
    await drawer.getByText(/^Mise à la corbeille le /).waitFor();
    await drawer.getByRole("button", { name: "Restaurer la réponse" }).click();
    await drawer.getByRole("button", { name: "Mettre à la corbeille" }).waitFor();
    await page.keyboard.press("Escape");
    await drawer.waitFor({ state: "detached" });
    await page.getByRole("row").filter({ hasText: "1 correction" }).first().waitFor();

    // Export: CSV with codes (for software), and its header cells.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "CSV · avec les codes" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^reponses-mesure-finale.*\.csv$/);
    const csv = readFileSync((await download.path()) as string, "utf8").replace(/^\uFEFF/, "");
    const header = csv.split("\r\n")[0]?.split(";") ?? [];
    expect(header).toEqual(expect.arrayContaining(["respondent_code", "remuneration", "conf_avenir"]));
    expect(csv).toContain(";1450;");

    // The same follow-up in English, the questionnaire's English page titles included.
    await page.getByRole("tab", { name: "Suivi de la collecte" }).click();
    await page.getByRole("radio", { name: "English" }).dispatchEvent("click");
    await page.getByRole("tab", { name: "Collection follow-up" }).waitFor();
    await page.getByText(/people reached page 2 “How you feel”/).waitFor();
    await page.getByText(/answers out of 120 aimed for/).waitFor();
    await expectAccessible(page, "follow-up in English");
    await screenshot(page, "80-answers-follow-up-english");
    await page.getByRole("radio", { name: "Français" }).dispatchEvent("click");
    await page.getByRole("tab", { name: "Suivi de la collecte" }).waitFor();
    await context.close();
  }, 180_000);

  it("imports paper answers after checking every row", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, server.baseUrl, "ines.moreau@demo.ricochet.fr", "Impact-Social-2026");
    await openEvaluationStep(page, /Le parcours entrepreneur-salarié/, /Collecte/);
    await openCampaignPage(page, "Mesure finale — groupe de comparaison");
    await page.getByRole("tab", { name: "Questionnaires papier" }).click();
    const [template] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Télécharger le modèle (CSV)" }).click(),
    ]);
    const columns = readFileSync((await template.path()) as string, "utf8")
      .replace(/^\uFEFF/, "")
      .trim()
      .split(";");
    expect(columns.slice(0, 3)).toEqual(["statut", "anciennete", "remuneration"]);
    expect(columns).not.toContain("score_confiance");
    await page.getByRole("button", { name: /Que mettre dans chacune des \d+ colonnes/ }).click();
    await page
      .getByText(/Une de ces valeurs : test \(En test d'activité\)/)
      .first()
      .waitFor();

    // A file saved by an old Excel (windows-1252), with a mistake on row 3.
    const row = (statut: string, pay: string) =>
      [statut, "1_3ans", pay, "30", "3", "3", "2", "3", "8", "Très bien accompagné"].join(";");
    const head =
      "statut;anciennete;remuneration;heures;conf_avenir;conf_competences;conf_decider;conf_entourage;satisfaction;commentaire";
    const latin1 = (text: string) => Buffer.from(text, "latin1");
    const input = page.locator('input[type="file"]');
    await input.setInputFiles({
      name: "papier.csv",
      mimeType: "text/csv",
      buffer: latin1([head, row("salarie", "1200"), row("salarie", "beaucoup")].join("\r\n")),
    });
    await page.getByText(/Le fichier « papier.csv » ne peut pas être importé tel quel/).waitFor();
    await page.getByText("Ligne 3", { exact: true }).waitFor();
    await page.getByText("Colonne « remuneration » : « beaucoup » n'est pas un nombre.").waitFor();
    await expectAccessible(page, "paper import refused");
    await screenshot(page, "85-answers-paper-refused");
    await input.setInputFiles({
      name: "papier.csv",
      mimeType: "text/csv",
      buffer: latin1([head, row("salarie", "1200"), row("associe", "1350,5")].join("\r\n")),
    });
    await page
      .getByText("2 lignes de « papier.csv » sont prêtes à être importées. Rien n'a encore été enregistré.")
      .waitFor();
    await page.getByRole("button", { name: "Importer les 2 réponses" }).click();
    await page.getByText("2 réponses importées.").waitFor();
    await expectAccessible(page, "paper import done");
    await screenshot(page, "85-answers-paper-done");
    await page.getByRole("tab", { name: /^Réponses/ }).click();
    await page.getByLabel("Moyen de réponse").selectOption("import");
    await page
      .getByRole("button", { name: /^Voir la réponse du/ })
      .first()
      .click();
    // Accents read back from windows-1252.
    await page.getByRole("dialog").getByText("Très bien accompagné").waitFor();
    await context.close();
  }, 120_000);

  it("generates codes and prints their cards, answers a GDPR request, records an interview", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    page.on("dialog", (dialog) => void dialog.accept());
    await signIn(page, server.baseUrl, "ines.moreau@demo.ricochet.fr", "Impact-Social-2026");
    await openEvaluationStep(page, /Le parcours entrepreneur-salarié/, /Collecte/);

    // Codes: what they are for, a new batch of 5, its printable cards.
    const codes = page.getByRole("region", { name: "Codes de répondants" });
    await codes.getByText(/relier les réponses d'une même personne/).waitFor();
    await codes.getByText(/^120 codes, dont \d+ déjà utilisés/).waitFor();
    await codes.getByLabel(/^Nombre de codes/).fill("5");
    await codes.getByLabel("Préfixe (facultatif)").fill("die");
    await codes.getByRole("button", { name: "Créer les codes" }).click();
    await codes.getByText("Lot 2 créé").waitFor();
    await expectAccessible(page, "codes generated");
    await screenshot(page, "86-answers-codes");
    await codes.getByRole("link", { name: "Imprimer les cartes du lot 2" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Cartes de codes à imprimer" }).waitFor();
    const cards = page.getByRole("article", { name: /^Carte du code DIE-/ });
    await expect.poll(() => cards.count()).toBe(5);
    await cards.first().getByText("Gardez-le, il vous sera demandé à la fin de l'accompagnement.").waitFor();
    await page.getByRole("button", { name: "Imprimer les 5 cartes" }).waitFor();
    await expectAccessible(page, "code cards");
    await screenshot(page, "87-answers-code-cards");
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("heading", { name: "Cartes de codes à imprimer" }).isVisible()).toBe(false);
    expect(await page.getByRole("navigation", { name: "Navigation de l'organisation" }).isVisible()).toBe(
      false,
    );
    expect(await cards.first().isVisible()).toBe(true);
    await screenshot(page, "87-answers-code-cards-print");
    await page.emulateMedia({ media: "screen" });
    await page.getByRole("link", { name: /Retour à l'étape Collecte/ }).click();

    // GDPR: what is held under a code used at the baseline and the endline, then erased.
    const used = page.getByRole("row").filter({ hasText: "2 réponses" }).first();
    const code = ((await used.getByRole("cell").first().textContent()) ?? "").trim();
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const rights = page.getByRole("region", { name: "Droits des personnes (RGPD)" });
    await rights.getByLabel(/^Code de répondant/).fill(code.toLowerCase());
    await rights.getByRole("button", { name: "Chercher" }).click();
    await rights
      .getByText(`Sous le code ${code} : 2 réponses à des questionnaires et 0 entretien.`)
      .waitFor();
    await rights.getByRole("button", { name: /Mesure initiale — entrepreneurs accompagnés/ }).click();
    await rights.getByText("remuneration").first().waitFor();
    expect(
      await rights.getByRole("link", { name: "Télécharger une copie (JSON)" }).getAttribute("href"),
    ).toContain("download=true");
    await expectAccessible(page, "GDPR panel");
    await screenshot(page, "88-answers-rights");
    await rights.getByRole("button", { name: "Effacer ces données…" }).click();
    const erase = page.getByRole("dialog", { name: `Effacer les données du code ${code}` });
    await erase.getByText(/ne peut pas être annulée/).waitFor();
    const eraseButton = erase.getByRole("button", { name: "Effacer définitivement" });
    expect(await eraseButton.isDisabled()).toBe(true);
    await erase.getByLabel(`Pour confirmer, tapez le code ${code}`).fill(code.slice(0, 5));
    expect(await eraseButton.isDisabled()).toBe(true);
    await expectAccessible(page, "erase confirmation");
    await dialogShot(page, "89-answers-erase");
    await erase.getByLabel(`Pour confirmer, tapez le code ${code}`).fill(code.toLowerCase());
    await eraseButton.click();
    await rights
      .getByText(`Code ${code} : 2 réponses à des questionnaires et 0 entretien effacés pour de bon.`)
      .waitFor();
    await rights.getByLabel(/^Code de répondant/).fill(code);
    await rights.getByRole("button", { name: "Chercher" }).click();
    await rights.getByText(`Rien n'est enregistré sous le code ${code} dans cette évaluation.`).waitFor();

    // Interviews: a guide (themes → questions → prompts, moved by buttons), printed.
    const interviews = page.getByRole("region", { name: "Entretiens" });
    await interviews.getByRole("button", { name: "Nouveau guide" }).click();
    const editor = page.getByRole("dialog", { name: "Nouveau guide d'entretien" });
    await editor.getByLabel(/^Titre du guide/).fill("Entretien de fin de parcours");
    await editor.getByLabel(/^Titre du thème 1/).fill("Votre activité");
    await editor.getByLabel(/^Question 1\.1/).fill("Comment votre activité a-t-elle évolué ?");
    await editor.getByRole("button", { name: "Ajouter une relance à la question 1.1" }).click();
    await editor
      .getByRole("textbox", { name: "Relance 1 de la question 1.1" })
      .fill("Pouvez-vous donner un exemple ?");
    await editor.getByRole("button", { name: "+ Ajouter un thème" }).click();
    await editor.getByLabel(/^Titre du thème 2/).fill("La coopérative");
    await editor.getByLabel(/^Question 2\.1/).fill("Qu'est-ce que le collectif vous apporte ?");
    await editor.getByRole("button", { name: "Monter « Thème 2 »" }).click();
    expect(await editor.getByLabel(/^Titre du thème 1/).inputValue()).toBe("La coopérative");
    await expectAccessible(page, "guide editor");
    await dialogShot(page, "90-answers-guide-editor");
    await editor.getByRole("button", { name: "Enregistrer le guide" }).click();
    await interviews.getByText("2 thèmes, 2 questions").waitFor();
    await interviews
      .getByRole("link", { name: "Imprimer le guide « Entretien de fin de parcours »" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Entretien de fin de parcours" }).waitFor();
    await page.getByText("Pouvez-vous donner un exemple ?").waitFor();
    await expectAccessible(page, "printable guide");
    await screenshot(page, "91-answers-guide-print");
    await page.getByRole("link", { name: /Retour à l'étape Collecte/ }).click();

    // An interview with its transcript loaded from a text file.
    await page.getByRole("button", { name: "Noter un entretien" }).click();
    const form = page.getByRole("dialog", { name: "Noter un entretien" });
    await form.getByRole("button", { name: "Enregistrer l'entretien" }).click();
    await form.getByText("Indiquez comment la personne a donné son accord.").waitFor();
    await form.getByLabel(/^Personne interrogée/).selectOption("beneficiaries");
    await form
      .getByLabel("Guide utilisé (facultatif)")
      .selectOption({ label: "Entretien de fin de parcours" });
    await form.getByRole("radio", { name: /^À l'oral/ }).check();
    await form.locator('input[type="file"]').setInputFiles({
      name: "entretien-01.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(
        "Avant, j'étais seule face aux clients.\nAujourd'hui le collectif me soutient.",
        "utf8",
      ),
    });
    await form.getByText("Fichier « entretien-01.txt » · 11 mots").waitFor();
    expect(await form.getByLabel(/^Transcription/).inputValue()).toContain("j'étais seule");
    await expectAccessible(page, "interview form");
    await dialogShot(page, "92-answers-interview-form");
    await form.getByRole("button", { name: "Enregistrer l'entretien" }).click();
    const row = interviews.getByRole("row").filter({ hasText: "entretien-01.txt" });
    await row.getByText("11 mots").waitFor();
    await row.getByText("À l'oral").waitFor();
    await expectAccessible(page, "interviews listed");
    await screenshot(page, "93-answers-interviews");
    await context.close();
  }, 180_000);
});
