import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  describeViolations,
  launchBrowser,
  newContext,
  screenshot,
  seriousViolations,
} from "./support/browser.ts";
import { openEvaluationStep, signIn } from "./support/flows.ts";
import { startTestServer, type TestServer } from "./support/server.ts";

// On the demo: the federation published its common framework (version 1) and the Vercors
// cooperative adopted it. The federation publishes version 2; the cooperative moves to it.

const DEMO_PASSWORD = "Impact-Social-2026";
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
  const violations = await seriousViolations(page);
  expect(violations, `${name}:\n${describeViolations(violations)}`).toEqual([]);
}

async function goToOrganisation(page: Page, name: string) {
  const id = await page.evaluate(async (wanted) => {
    const list = (await (await fetch("/api/v1/organisations")).json()) as Array<{ id: string; name: string }>;
    return list.find((o) => o.name === wanted)?.id;
  }, name);
  expect(id, name).toBeTruthy();
  await page.goto(`${server.baseUrl}/o/${id}`);
  await page.getByRole("heading", { level: 1, name }).waitFor();
}

describe("network framework journey", () => {
  it("the network publishes a new version of its framework and a member moves to it, locked items staying locked", async () => {
    const network = await newContext(browser);
    const publisher = await network.newPage();
    await signIn(publisher, server.baseUrl, "demo@ricochet.fr", DEMO_PASSWORD);
    await goToOrganisation(publisher, "Fédération Coopérer Ensemble");
    await openEvaluationStep(publisher, /Référentiel commun des CAE 2026/, /Référentiel/);
    await publisher.getByRole("heading", { level: 2, name: "Référentiel partagé du réseau" }).waitFor();
    await publisher.getByText("1 évaluation de 1 membre(s) suit la version 1").waitFor();

    // A new criterion under the second question, then version 2 with a note for the members.
    const second = publisher.getByRole("region", { name: /gagnent-ils en confiance/ });
    await second.getByLabel("Nom du critère (facultatif)").fill("Essaimage entre coopératives");
    await second.getByRole("button", { name: "Ajouter le critère" }).click();
    await second.getByText("Essaimage entre coopératives", { exact: true }).waitFor();
    await publisher.getByRole("button", { name: "Publier une nouvelle version" }).click();
    const dialog = publisher.getByRole("dialog", { name: "Publier la version 2" });
    await dialog.getByLabel("Ce qui change dans cette version").fill("Ajout d'un critère sur l'essaimage.");
    await expectAccessible(publisher, "publish dialog");
    await dialog.getByRole("button", { name: "Publier une nouvelle version" }).click();
    await publisher.getByText("« Référentiel commun des CAE 2026 » version 2 publiée").waitFor();
    await network.close();

    const member = await newContext(browser);
    const page = await member.newPage();
    await signIn(page, server.baseUrl, "ines.moreau@demo.ricochet.fr", DEMO_PASSWORD);
    await goToOrganisation(page, "CAE Les Ateliers du Vercors");
    await openEvaluationStep(page, /Le parcours entrepreneur-salarié/, /Référentiel/);
    await page.getByText("Le réseau a publié la version 2.").waitFor();
    await page.getByText("« Ajout d'un critère sur l'essaimage. »").waitFor();
    await expectAccessible(page, "member offered an update");
    await page.getByRole("button", { name: "Passer à la version 2" }).click();
    await page.getByText("« Référentiel commun des CAE 2026 » version 2 adopté").waitFor();
    await page.getByText(/suit « Référentiel commun des CAE 2026 » .*\(version 2\)/).waitFor();

    // The network's new criterion arrived, marked as the network's and without a remove button;
    // the member's own criteria keep theirs.
    const shared = page.getByRole("region", { name: /gagnent-ils en confiance et en pouvoir d'agir/ });
    await shared.getByText("Essaimage entre coopératives", { exact: true }).waitFor();
    expect(await shared.getByText("Réseau · Fédération Coopérer Ensemble").count()).toBeGreaterThanOrEqual(2);
    expect(
      await page.getByRole("button", { name: "Retirer le critère Essaimage entre coopératives" }).count(),
    ).toBe(0);
    expect(await page.getByRole("button", { name: /^Retirer le critère / }).count()).toBeGreaterThan(0);
    await expectAccessible(page, "member after the update");
    await screenshot(page, "44-network-framework-member");
    await member.close();
  }, 120_000);
});
