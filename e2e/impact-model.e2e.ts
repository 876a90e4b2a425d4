import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  describeViolations,
  launchBrowser,
  newContext,
  screenshot,
  seriousViolations,
} from "./support/browser.ts";
import { createOrganisation, signUp, uniqueEmail } from "./support/flows.ts";
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

async function expectAccessible(page: Page, name: string) {
  const violations = await seriousViolations(page);
  expect(violations, `${name}:\n${describeViolations(violations)}`).toEqual([]);
}

describe("impact model journey", () => {
  it("creates an evaluation, scopes it, builds a theory of change from a template, versions and exports it", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signUp(page, server.baseUrl, "Claire Dubois", uniqueEmail("impact"));
    await page.getByRole("link", { name: "Créer votre première organisation" }).click();
    await createOrganisation(page, "Atelier Vélo Solidaire", "Structure");

    await page
      .getByRole("navigation", { name: "Navigation de l'organisation" })
      .getByRole("link", { name: "Évaluations" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Évaluations d'impact" }).waitFor();
    await page.getByRole("button", { name: "Nouvelle évaluation" }).first().click();
    await page.getByLabel("Titre de l'évaluation").fill("Impact de l'atelier vélo 2026");
    await page.getByRole("button", { name: "Créer et commencer le cadrage" }).click();

    // Step 1: scope.
    await page.getByRole("heading", { level: 2, name: /Étape 1/ }).waitFor();
    await page
      .getByLabel("Ce que vous évaluez, en quelques phrases")
      .fill("L'atelier de réparation de vélos en insertion.");
    await page.getByRole("checkbox", { name: "Améliorer et piloter" }).check();
    await page.getByRole("textbox", { name: "Territoire", exact: true }).fill("Grenoble");
    await page.getByLabel("Début de la période évaluée").fill("2026-01-01");
    await page.getByLabel("Fin de la période évaluée").fill("2026-12-31");
    await page.getByRole("button", { name: "Ajouter une question" }).click();
    await page
      .getByLabel("Question évaluative 1")
      .fill("L'atelier aide-t-il les salariés à retrouver un emploi durable ?");
    await page.getByRole("button", { name: "Enregistrer le cadrage" }).click();
    await page.getByText("Cadrage enregistré.").waitFor();
    await expectAccessible(page, "step 1");
    await screenshot(page, "40-scope");
    await page.getByRole("button", { name: "Marquer l'étape comme terminée" }).click();
    await page.getByRole("heading", { level: 2, name: /Étape 2/ }).waitFor();

    // Step 3: theory of change from a template.
    await page
      .getByRole("button", { name: /Théorie du changement/ })
      .first()
      .click();
    await page.getByRole("heading", { level: 2, name: /Étape 3/ }).waitFor();
    await expectAccessible(page, "template picker");
    await page
      .getByRole("button", { name: /Partir du modèle « .*insertion/i })
      .first()
      .click();
    await page.locator(".react-flow__node").nth(5).waitFor();
    expect(await page.locator(".react-flow__node").count()).toBeGreaterThanOrEqual(6);

    // Edit an outcome by keyboard-reachable controls, and save.
    await page
      .getByRole("button", { name: /^Effets à court terme · / })
      .first()
      .click();
    const label = page.getByRole("textbox", { name: "Intitulé" });
    await label.fill("Confiance en soi retrouvée");
    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await page.getByText("Théorie du changement enregistrée.").waitFor();

    // Link that outcome to a library indicator: it enters the framework, pinned to its version.
    await page.getByRole("button", { name: "Lier un indicateur de la bibliothèque" }).click();
    await page.getByRole("searchbox", { name: "Rechercher" }).fill("confiance en soi");
    await page.getByRole("radio", { name: /GEN-CONFIANCE-SOI/ }).check();
    await page.getByRole("button", { name: "Ajouter au référentiel" }).click();
    await page.getByText("Indicateur relié à l'effet.").waitFor();
    await page.getByText("GEN-CONFIANCE-SOI", { exact: true }).first().waitFor();
    await expectAccessible(page, "theory of change editor");
    await screenshot(page, "41-theory-of-change");

    // Save a version.
    await page.getByRole("button", { name: "Versions" }).click();
    await page.getByLabel("Nom de la version").fill("Validée en comité");
    await page.getByRole("button", { name: "Enregistrer une version" }).click();
    await page.getByText("Version 1 enregistrée.").waitFor();
    await page.keyboard.press("Escape");

    // Export SVG: the link downloads a standalone picture that carries the edited label.
    await page.getByRole("button", { name: "Exporter" }).click();
    const href = await page.getByRole("menuitem", { name: /Image SVG/ }).getAttribute("href");
    expect(href).toContain("format=svg");
    const svg = await page.evaluate(async (url) => (await fetch(url as string)).text(), href);
    expect(svg).toContain("<svg");
    expect(svg).toContain("Confiance en soi retrouvée");
    await page.keyboard.press("Escape");

    // Step 4: the framework shows the linked indicator and what remains unmeasured.
    await page
      .getByRole("button", { name: /Référentiel/ })
      .first()
      .click();
    await page.getByRole("heading", { level: 2, name: /Étape 4/ }).waitFor();
    await page.getByText("GEN-CONFIANCE-SOI", { exact: true }).first().waitFor();
    await page.getByText(/effets? n'ont pas encore d'indicateur|effet n'a pas encore d'indicateur/).waitFor();
    await expectAccessible(page, "framework");
    await screenshot(page, "42-framework");

    // The library: French search, then the detail of a definition.
    await page
      .getByRole("navigation", { name: "Navigation de l'organisation" })
      .getByRole("link", { name: "Indicateurs" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Bibliothèque d'indicateurs" }).waitFor();
    await page.getByRole("searchbox", { name: "Rechercher" }).fill("bénévoles");
    await page.getByText("EMP-SORTIE-DYN", { exact: true }).waitFor({ state: "detached" });
    await page.getByText(/BEN-/).first().waitFor();
    await expectAccessible(page, "indicator library");
    await screenshot(page, "43-library");
    await context.close();
  }, 120_000);
});
