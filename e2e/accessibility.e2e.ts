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

async function expectNoSeriousViolation(page: Page, name: string) {
  const violations = await seriousViolations(page);
  expect(violations, `${name}:\n${describeViolations(violations)}`).toEqual([]);
}

/** Calls the API from the page, with its session cookie, as the app does. */
async function apiPost(page: Page, path: string, body: unknown): Promise<any> {
  return page.evaluate(
    async ([p, b]) => {
      const response = await fetch(`/api/v1${p}`, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(b),
      });
      return response.json();
    },
    [path, body] as const,
  );
}

describe("accessibility (axe-core: no serious or critical violation)", () => {
  it("sign-in and sign-up pages", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByRole("heading", { level: 1, name: "Connexion" }).waitFor();
    await screenshot(page, "20-sign-in");
    await expectNoSeriousViolation(page, "sign-in");
    await page.goto(`${server.baseUrl}/sign-up`);
    await page.getByRole("heading", { level: 1, name: "Créer un compte" }).waitFor();
    await page.getByLabel(/^Mot de passe/).fill("abc");
    await expectNoSeriousViolation(page, "sign-up");
    await context.close();
  });

  it("overview, tree, members, join requests, audit log and invitation pages", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signUp(page, server.baseUrl, "Camille Martin", uniqueEmail("a11y"));
    await page.getByRole("link", { name: "Créer votre première organisation" }).click();
    await expectNoSeriousViolation(page, "create organisation");
    await createOrganisation(page, "Réseau Solidaire");
    const orgId = new URL(page.url()).pathname.split("/")[2] as string;

    const regional = await apiPost(page, "/organisations", {
      name: "Délégation Occitanie",
      kind: "regional_body",
      parentId: orgId,
      territory: "Occitanie",
      sectorTags: ["handicap"],
    });
    for (const name of ["Atelier Vélo Solidaire", "Épicerie du Bourg", "Mobilité Pour Tous"]) {
      await apiPost(page, "/organisations", {
        name,
        kind: "structure",
        parentId: regional.id,
        territory: "Toulouse",
        sectorTags: ["mobilité", "insertion"],
      });
    }
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Réseau Solidaire" }).waitFor();
    await page.getByText("Organisations dans l'arborescence").waitFor();
    await screenshot(page, "21-overview");
    await expectNoSeriousViolation(page, "overview");

    await page.goto(`${server.baseUrl}/o/${orgId}/tree`);
    await page.getByRole("heading", { level: 1, name: "Arborescence" }).waitFor();
    await page.getByRole("button", { name: "Déplier Délégation Occitanie" }).click();
    await page.getByRole("button", { name: "Épicerie du Bourg", exact: true }).waitFor();
    await screenshot(page, "22-tree");
    await expectNoSeriousViolation(page, "tree");

    await page.getByLabel("Filtrer").fill("epicerie");
    await page.getByText("1 organisation correspond à ce filtre").waitFor();
    await page.getByLabel("Filtrer").fill("");
    await page.getByRole("button", { name: "Actions pour Épicerie du Bourg" }).click();
    await page.getByRole("menuitem", { name: "Déplacer" }).click();
    await page.getByRole("dialog").waitFor();
    // The menu closes with a transition; axe must see the page after it, not mid-animation.
    await page.locator('[role="menu"]').waitFor({ state: "detached" });
    await screenshot(page, "23-tree-move");
    await expectNoSeriousViolation(page, "tree move dialog");
    await page.keyboard.press("Escape");

    await page.goto(`${server.baseUrl}/o/${orgId}/members`);
    await page.getByRole("heading", { level: 1, name: "Membres" }).waitFor();
    await page.getByRole("button", { name: "Créer le lien d'invitation" }).click();
    const link = await page.getByLabel("Lien d'invitation", { exact: true }).inputValue();
    await page.getByText("En attente").waitFor();
    await screenshot(page, "24-members");
    await expectNoSeriousViolation(page, "members");

    await page.goto(`${server.baseUrl}/o/${orgId}/join-requests`);
    await page.getByRole("heading", { level: 1, name: "Adhésions" }).waitFor();
    await screenshot(page, "25-join-requests");
    await expectNoSeriousViolation(page, "join requests");

    await page.goto(`${server.baseUrl}/o/${orgId}/audit`);
    await page.getByRole("heading", { level: 1, name: "Journal" }).waitFor();
    await page.getByText(/A créé l'organisation « Réseau Solidaire »/).waitFor();
    await screenshot(page, "26-audit");
    await expectNoSeriousViolation(page, "audit log");

    const visitor = await newContext(browser);
    const visitorPage = await visitor.newPage();
    await visitorPage.goto(link);
    await visitorPage.getByText("Réseau Solidaire").waitFor();
    await expectNoSeriousViolation(visitorPage, "invitation preview");
    await visitorPage.goto(`${server.baseUrl}/invitations/does-not-exist-000000000000`);
    await visitorPage.getByText("Invitation inutilisable").waitFor();
    await expectNoSeriousViolation(visitorPage, "invitation error");
    await visitor.close();
    await context.close();
  });
});
