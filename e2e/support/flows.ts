import type { Page } from "playwright-core";

let counter = 0;

export const PASSWORD = "Ricochet-E2e-2026!";

/** A unique email per call, so every test signs up fresh users. */
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@e2e.ricochet.test`;
}

export async function signUp(page: Page, baseUrl: string, name: string, email: string, path = "/sign-up") {
  if (!page.url().includes("/sign-up")) await page.goto(`${baseUrl}${path}`);
  await page.getByLabel("Nom et prénom").fill(name);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel(/^Mot de passe/).fill(PASSWORD);
  await page.getByRole("button", { name: "Créer un compte" }).click();
}

export async function createOrganisation(page: Page, name: string, kindLabel = "Réseau / tête de réseau") {
  await page.getByLabel("Nom de l'organisation").fill(name);
  await page.getByRole("radio", { name: kindLabel, exact: true }).check();
  await page.getByPlaceholder("ex. insertion, mobilité, handicap").fill("insertion");
  await page.keyboard.press("Enter");
  await page.getByLabel("Territoire").fill("Auvergne-Rhône-Alpes");
  await page.getByRole("button", { name: "Créer l'organisation" }).click();
  await page.getByRole("heading", { level: 1, name }).waitFor();
}

export async function signIn(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel(/^Mot de passe/).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByRole("navigation", { name: "Navigation de l'organisation" }).waitFor();
}

/** Opens step `stepLabel` of the organisation's evaluation whose title matches, by clicking. */
export async function openEvaluationStep(page: Page, evaluationTitle: RegExp, stepLabel: RegExp) {
  await page
    .getByRole("navigation", { name: "Navigation de l'organisation" })
    .getByRole("link", { name: "Évaluations" })
    .click();
  await page.getByRole("link", { name: evaluationTitle }).click();
  await page.getByRole("button", { name: stepLabel }).first().click();
}

/** Creates an evaluation from the organisation's navigation; ends on its step 1 (scope). */
export async function createEvaluation(page: Page, title: string) {
  await page
    .getByRole("navigation", { name: "Navigation de l'organisation" })
    .getByRole("link", { name: "Évaluations" })
    .click();
  await page.getByRole("heading", { level: 1, name: "Évaluations d'impact" }).waitFor();
  await page.getByRole("button", { name: "Nouvelle évaluation" }).first().click();
  await page.getByLabel("Titre de l'évaluation").fill(title);
  await page.getByRole("button", { name: "Créer et commencer le cadrage" }).click();
  await page.getByRole("heading", { level: 2, name: /Étape 1/ }).waitFor();
}

/** A new person with a new structure and evaluation, on its step 5 (data collection). */
export async function startOnCollectionStep(
  page: Page,
  baseUrl: string,
  names: { person: string; email: string; organisation: string; evaluation: string },
) {
  await signUp(page, baseUrl, names.person, names.email);
  await page.getByRole("link", { name: "Créer votre première organisation" }).click();
  await createOrganisation(page, names.organisation, "Structure");
  await createEvaluation(page, names.evaluation);
  await page
    .getByRole("button", { name: /Collecte/ })
    .first()
    .click();
  await page.getByRole("heading", { level: 2, name: /Étape 5/ }).waitFor();
}

/** Picks an option of a Mantine Select (a combobox) by the visible text of the option. */
export async function pickOption(
  page: Page,
  combobox: ReturnType<Page["getByRole"]>,
  option: string | RegExp,
) {
  await combobox.click();
  await page.getByRole("option", { name: option }).first().click();
}

/** From step 5, opens the page of the campaign named `name` (follow-up, answers, paper import). */
export async function openCampaignPage(page: Page, name: string) {
  await page.getByRole("link", { name: `Suivi et réponses de la campagne « ${name} »` }).click();
  await page.getByRole("heading", { level: 2, name }).waitFor();
}
