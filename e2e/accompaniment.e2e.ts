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

async function startWithOrganisation(page: Page, person: string, organisation: string, kindLabel: string) {
  await signUp(page, server.baseUrl, person, uniqueEmail("acc"));
  await page.getByRole("link", { name: "Créer votre première organisation" }).click();
  await page.getByRole("heading", { level: 1, name: "Créer une organisation" }).waitFor();
  await createOrganisation(page, organisation, kindLabel);
}

async function openJoinPage(page: Page) {
  await page
    .getByRole("navigation", { name: "Navigation de l'organisation" })
    .getByRole("link", { name: "Adhésions" })
    .click();
  await page.getByRole("heading", { level: 1, name: "Adhésions" }).waitFor();
}

async function expectAccessible(page: Page, name: string) {
  const violations = await seriousViolations(page);
  expect(violations, `${name}:\n${describeViolations(violations)}`).toEqual([]);
}

describe("accompaniment journey", () => {
  it("a structure asks an incubator to follow it; the incubator welcomes it into a cohort", async () => {
    const incubatorContext = await newContext(browser);
    const incubator = await incubatorContext.newPage();
    await startWithOrganisation(
      incubator,
      "Nadia Haddad",
      "Incubateur Élan Solidaire",
      "Structure d'accompagnement",
    );

    const structureContext = await newContext(browser);
    const structure = await structureContext.newPage();
    await startWithOrganisation(structure, "Julien Fabre", "Épicerie Le Panier Partagé", "Structure");
    await openJoinPage(structure);
    await structure.getByLabel("Rechercher une structure d'accompagnement").fill("Élan");
    await structure.getByRole("radio", { name: /Incubateur Élan Solidaire/ }).check();
    await structure.getByLabel("Message (facultatif)").fill("Nous voulons mesurer notre impact.");
    await structure.getByRole("button", { name: "Demander l'accompagnement" }).click();
    await structure.getByText("Demandé", { exact: true }).waitFor();
    await expectAccessible(structure, "structure's accompaniment section");
    await screenshot(structure, "30-accompaniment-requested");

    await incubator.reload();
    await openJoinPage(incubator);
    await incubator.getByText("Demande de « Épicerie Le Panier Partagé »").waitFor();
    await expectAccessible(incubator, "incubator's cohort section");
    await incubator.getByRole("textbox", { name: /^Cohorte/ }).fill("Promotion 2027");
    await incubator.getByRole("button", { name: "Accueillir dans la cohorte" }).click();
    await incubator.getByText("En cours", { exact: true }).waitFor();
    await screenshot(incubator, "31-cohort");

    await structure.reload();
    await structure.getByText("Promotion 2027").first().waitFor();
    await structure.getByRole("button", { name: "Retirer mon consentement" }).click();
    await structure.getByText("Terminé", { exact: true }).waitFor();

    await incubatorContext.close();
    await structureContext.close();
  });
});
