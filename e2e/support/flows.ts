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
