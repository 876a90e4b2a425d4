import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  describeViolations,
  launchBrowser,
  newContext,
  screenshot,
  seriousViolations,
} from "./support/browser.ts";
import { pickOption, startOnCollectionStep, uniqueEmail } from "./support/flows.ts";
import { startTestServer, type TestServer } from "./support/server.ts";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** `${name}`, as expressions reference a question. */
const ref = (name: string) => `\${${name}}`;

/** A full-page picture from the top (the builder's toolbar sticks to the top when scrolled). */
async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

/** A picture of an open modal or drawer, the window made tall enough to show all of it. */
async function dialogShot(page: Page, name: string) {
  const height = await page.evaluate(() =>
    Math.max(
      ...[...document.querySelectorAll("section[role=dialog], [role=dialog]")].map((d) => d.scrollHeight),
    ),
  );
  await page.setViewportSize({ width: 1280, height: Math.min(Math.max(860, height + 160), 4000) });
  await page.waitForTimeout(300);
  await screenshot(page, name);
  await page.setViewportSize({ width: 1280, height: 860 });
}

async function expectAccessible(page: Page, name: string) {
  const violations = await seriousViolations(page);
  expect(violations, `${name}:\n${describeViolations(violations)}`).toEqual([]);
}

describe("data collection: questionnaire builder and campaigns", () => {
  it("builds a questionnaire with skip logic and an easy-to-read wording, publishes it and starts a campaign", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    // Confirmations (open a campaign…) are accepted.
    page.on("dialog", (dialog) => void dialog.accept());
    await startOnCollectionStep(page, server.baseUrl, {
      person: "Inès Moreau",
      email: uniqueEmail("collection"),
      organisation: "CAE du Vercors",
      evaluation: "Parcours entrepreneurs 2026",
    });

    // Step 5: nothing yet, explained for a non-expert.
    await page.getByText("Aucun questionnaire pour l'instant").waitFor();
    await page.getByText("Aucune campagne pour l'instant").waitFor();
    await expectAccessible(page, "step 5, empty");
    await shot(page, "60-builder-step5-empty");

    // A blank questionnaire, straight to the builder.
    await page.getByRole("button", { name: "Nouveau questionnaire" }).first().click();
    await page.getByLabel("Titre du questionnaire").fill("Suivi des entrepreneurs");
    await page.getByRole("button", { name: "Créer et ajouter des questions" }).click();
    await page.getByRole("heading", { level: 2, name: "Suivi des entrepreneurs" }).waitFor();

    // A single-choice question with a new choice list; its name follows the label.
    await page.getByRole("button", { name: "+ Ajouter une question à la page « Page 1 »" }).click();
    await page.getByRole("dialog", { name: "Quel type de question ?" }).waitFor();
    await expectAccessible(page, "type picker");
    await dialogShot(page, "61-builder-type-picker");
    await page.getByRole("button", { name: /Choix unique/ }).click();
    await page
      .getByRole("textbox", { name: "Question (français)", exact: true })
      .fill("Quelle est votre situation ?");
    await expect.poll(() => page.getByLabel(/^Nom court/).inputValue()).toBe("situation");
    await page.getByRole("button", { name: "Créer une nouvelle liste" }).click();
    await page.getByRole("textbox", { name: "Choix 1 (français)", exact: true }).fill("En emploi");
    await page.getByRole("button", { name: "+ Ajouter un choix" }).click();
    await page.getByRole("textbox", { name: "Choix 2 (français)", exact: true }).fill("En formation");
    await expect.poll(() => page.getByLabel("Valeur enregistrée du choix 1").inputValue()).toBe("emploi");

    // A decimal question, with an easy-to-read wording, shown only if "En emploi" was chosen.
    await page.getByRole("button", { name: "+ Ajouter une question à la page « Page 1 »" }).click();
    await page.getByRole("button", { name: /Nombre à virgule/ }).click();
    await page
      .getByRole("textbox", { name: "Question (français)", exact: true })
      .fill("Combien d'heures travaillez-vous par semaine ?");
    await page
      .getByLabel("Question en version facile à lire (français)")
      .fill("Vous travaillez combien d'heures ?");
    await page.getByRole("radio", { name: "Seulement si…" }).check();
    const condition = page.getByRole("group", { name: "Condition 1" });
    await pickOption(
      page,
      condition.getByRole("combobox", { name: "Question" }),
      "Quelle est votre situation ?",
    );
    await pickOption(page, condition.getByRole("combobox", { name: "Valeur" }), "En emploi");
    await page.getByRole("button", { name: "Voir l'expression avancée" }).click();
    const advanced = page.getByRole("textbox", { name: "Expression avancée" });
    await expect.poll(() => advanced.inputValue()).toBe(`${ref("situation")} = 'emploi'`);
    await shot(page, "62-builder-logic");

    // The advanced expression is checked as it is typed, in plain French.
    await advanced.fill(`${ref("inconnu")} > 3`);
    await page
      .getByText(/La question « inconnu » n'existe pas dans ce questionnaire/)
      .first()
      .waitFor();
    await page.getByText(/empêch(e|ent) la publication/).waitFor();
    await expect(page.getByRole("button", { name: "Publier la version 1" }).isDisabled()).resolves.toBe(true);
    await expectAccessible(page, "builder with a problem");
    await shot(page, "63-builder-invalid-expression");
    await advanced.fill(`${ref("situation")} = 'emploi'`);
    await page.getByText("✓ Expression comprise.").waitFor();
    await page.getByText("Le questionnaire peut être publié.").waitFor();
    await expectAccessible(page, "builder");
    await shot(page, "64-builder-question");

    // English added: the translation view counts and highlights what is left to translate.
    await page.getByRole("button", { name: /Titre, présentation et langues/ }).click();
    await page.getByRole("combobox", { name: "Ajouter une langue" }).fill("en");
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Ajouter", exact: true }).click();
    await page.getByRole("tab", { name: /Traductions \(\d+ textes à traduire\)/ }).click();
    await page.getByText(/anglais : \d+ textes à traduire/).waitFor();
    await page
      .getByRole("textbox", { name: "Traduction en anglais de « Suivi des entrepreneurs »" })
      .fill("Entrepreneur follow-up");
    await expectAccessible(page, "translations");
    await shot(page, "65-builder-translations");
    await page.getByRole("tab", { name: "Questions" }).click();

    // Save, then publish version 1.
    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await page.getByText("Tout est enregistré").waitFor();
    await page.getByRole("button", { name: "Publier la version 1" }).click();
    const publish = page.getByRole("dialog", { name: "Publier la version 1" });
    await publish.getByText(/Les réponses gardent la version/).waitFor();
    await expectAccessible(page, "publish modal");
    await publish.getByRole("button", { name: "Publier la version 1" }).click();
    await page.getByText("Version 1 publiée").first().waitFor();
    await page.getByRole("button", { name: "Publier la version 2" }).waitFor();

    // The translations and the preview tabs.
    await page.getByRole("tab", { name: /Aperçu/ }).click();
    await page.locator('iframe[title="Aperçu du questionnaire sur Téléphone"]').waitFor();
    await page.getByRole("tab", { name: /Versions/ }).click();
    const exportHref = await page
      .getByRole("link", { name: "Exporter en XLSForm la version 1" })
      .getAttribute("href");
    const workbook = await page.evaluate(
      async (url) => Array.from(new Uint8Array(await (await fetch(url as string)).arrayBuffer())),
      exportHref,
    );
    expect(workbook.length).toBeGreaterThan(100);
    await shot(page, "66-builder-versions");

    // Back to step 5: the questionnaire is published; a campaign with its consent notice.
    await page.getByRole("link", { name: /Retour à l'étape Collecte/ }).click();
    await page.getByRole("heading", { level: 2, name: /Étape 5/ }).waitFor();
    await page
      .getByRole("article", { name: "Suivi des entrepreneurs" })
      .getByText("Version 1 publiée")
      .waitFor();

    // The exported XLSForm imported back as a new questionnaire, with what could not be kept.
    await page.locator('input[type="file"]').setInputFiles({
      name: "suivi.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(workbook),
    });
    const report = page.getByRole("dialog", { name: /importé$/ });
    await report.getByRole("heading", { name: "Ce qui n'a pas pu être repris" }).waitFor();
    await report.getByText(/questions ont été reprises du fichier « suivi.xlsx »/).waitFor();
    await expectAccessible(page, "import report");
    await dialogShot(page, "66b-builder-import-report");
    await report.getByRole("button", { name: "Fermer", exact: true }).last().click();
    await page.getByRole("button", { name: "Nouvelle campagne" }).first().click();
    const modal = page.getByRole("dialog", { name: "Nouvelle campagne" });
    await modal.getByLabel("Nom de la campagne").fill("Entrée dans le parcours");
    await modal.getByRole("radio", { name: "Mesure initiale (avant)" }).check();
    await modal.getByLabel("Nombre de réponses visé").fill("40");
    await expect.poll(() => modal.getByLabel("Responsable des réponses").inputValue()).toBe("CAE du Vercors");
    await modal.getByLabel("Contact pour exercer ses droits").fill("rgpd@cae-vercors.example");
    await expectAccessible(page, "campaign modal");
    await dialogShot(page, "67-builder-campaign-modal");
    await modal.getByRole("button", { name: "Créer la campagne" }).click();

    // The campaign opens in a drawer: open it for answers, and its public link shows.
    const drawer = page.getByRole("dialog", { name: "Entrée dans le parcours" });
    await drawer.getByRole("button", { name: "Ouvrir aux réponses" }).click();
    await page.getByText("La campagne « Entrée dans le parcours » est ouverte aux réponses.").waitFor();
    const link = drawer.getByRole("textbox", { name: "Lien public" });
    await expect.poll(() => link.inputValue()).toContain(`${server.baseUrl}/f/`);
    await drawer.getByRole("button", { name: "Saisir une réponse" }).waitFor();
    await expectAccessible(page, "campaign drawer");
    await dialogShot(page, "68-builder-campaign-drawer");
    // Staff entry opens the respondent form in a frame; the settings can be changed later.
    await drawer.getByRole("button", { name: "Saisir une réponse" }).click();
    await page.locator('iframe[title="Questionnaire à remplir pour « Entrée dans le parcours »"]').waitFor();
    await page.keyboard.press("Escape");
    await drawer.getByRole("button", { name: "Modifier les réglages" }).click();
    const settings = page.getByRole("dialog", { name: "Réglages de « Entrée dans le parcours »" });
    await settings.getByLabel("Nombre de réponses visé").fill("50");
    await settings.getByRole("button", { name: "Enregistrer les réglages" }).click();
    await drawer.getByText("0 réponse sur 50 visées (0 %)").waitFor();
    await page.keyboard.press("Escape");
    await page.getByText("0 réponse sur 50 visées (0 %)").waitFor();
    await expectAccessible(page, "step 5 with a campaign");
    await shot(page, "69-builder-step5");

    // The same screens in English.
    await page.getByRole("radio", { name: "English" }).dispatchEvent("click");
    await page.getByRole("heading", { level: 2, name: "Data collection campaigns" }).waitFor();
    await expectAccessible(page, "step 5 in English");
    await shot(page, "70-builder-step5-english");
    await page
      .getByRole("link", { name: "Edit the questionnaire “Suivi des entrepreneurs”" })
      .first()
      .click();
    await page.getByRole("tab", { name: "Questions" }).waitFor();
    await page.getByRole("button", { name: /Combien d'heures/ }).click();
    await page.getByText("Shown on a condition").waitFor();
    await expectAccessible(page, "builder in English");
    await shot(page, "71-builder-english");
    await context.close();
  }, 180_000);
});
