import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, screenshot } from "./support/browser.ts";
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

describe("invitation journey", () => {
  it("an owner invites a colleague, who signs up through the link and joins", async () => {
    const owner = await newContext(browser);
    const page = await owner.newPage();
    await page.goto(`${server.baseUrl}/sign-up`);
    await screenshot(page, "01-sign-up");
    await signUp(page, server.baseUrl, "Camille Martin", uniqueEmail("owner"));

    await page.getByRole("heading", { name: /Bienvenue/ }).waitFor();
    await screenshot(page, "02-welcome-no-organisation");
    await page.getByRole("link", { name: "Créer votre première organisation" }).click();
    await page.getByRole("heading", { level: 1, name: "Créer une organisation" }).waitFor();
    await screenshot(page, "03-create-organisation");
    await createOrganisation(page, "Fédération Coopérer Ensemble");
    await page.getByRole("banner").getByText("Camille Martin").waitFor();
    await screenshot(page, "04-overview");

    await page
      .getByRole("navigation", { name: "Navigation de l'organisation" })
      .getByRole("link", { name: "Membres" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Membres" }).waitFor();
    await page.getByRole("button", { name: "Créer le lien d'invitation" }).click();
    const linkInput = page.getByLabel("Lien d'invitation", { exact: true });
    await linkInput.waitFor();
    const link = await linkInput.inputValue();
    expect(link).toMatch(/\/invitations\/[^/]+$/);
    await expect(page.getByText("il ne sera plus jamais affiché").isVisible()).resolves.toBe(true);
    await screenshot(page, "05-members-invite");

    const guest = await newContext(browser);
    const guestPage = await guest.newPage();
    await guestPage.goto(link);
    await guestPage.getByText("Fédération Coopérer Ensemble").waitFor();
    await screenshot(guestPage, "06-invitation-preview");
    await guestPage.getByRole("link", { name: "Créer un compte" }).click();
    await signUp(guestPage, server.baseUrl, "Dominique Durand", uniqueEmail("guest"));
    await guestPage.getByRole("button", { name: "Accepter l'invitation" }).click();
    await guestPage.getByRole("heading", { level: 1, name: "Fédération Coopérer Ensemble" }).waitFor();
    await guestPage.getByText("Contributeur·rice").first().waitFor();
    expect(new URL(guestPage.url()).pathname).toMatch(/^\/o\//);
    await screenshot(guestPage, "07-guest-overview");

    await page.reload();
    await page.getByRole("cell", { name: "Dominique Durand" }).waitFor();
    await page.getByText("Acceptée").first().waitFor();
    await screenshot(page, "08-members-with-guest");

    await page.getByRole("banner").getByText("Camille Martin").click();
    await page.getByRole("menuitem", { name: "Se déconnecter" }).click();
    await page.getByRole("heading", { level: 1, name: "Connexion" }).waitFor();
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole("heading", { level: 1, name: "Connexion" }).waitFor();

    await guest.close();
    await owner.close();
  });
});

describe("language switch", () => {
  it("switches FR → EN, updates html[lang] and remembers it after a reload", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByRole("heading", { level: 1, name: "Connexion" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("fr");

    await page.locator("label:has(span[lang=en])").click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === "ricochet_lang")?.value).toBe("en");

    // The server translates its own messages with the cookie.
    await page.getByLabel("Email address").fill("nobody@e2e.ricochet.test");
    await page.getByLabel(/^Password/).fill("Whatever-2026!");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("Incorrect email address or password.").waitFor();
    await screenshot(page, "09-sign-in-english-error");
    await context.close();
  });
});

describe("errors", () => {
  it("a weak password is refused with the French message", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/sign-up`);
    await page.getByLabel("Nom et prénom").fill("Alex Petit");
    await page.getByLabel("Adresse e-mail").fill(uniqueEmail("weak"));
    await page.getByLabel(/^Mot de passe/).fill("court");
    await page.getByRole("button", { name: "Créer un compte" }).click();
    await page.getByText(/Mot de passe trop faible : au moins 10 caractères/).waitFor();
    await screenshot(page, "10-weak-password");
    await context.close();
  });

  it("an unknown invitation link shows why it cannot be used", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/invitations/unknown-token-0000000000000000`);
    await page.getByText("Invitation inutilisable").waitFor();
    await page.getByText(/Cette invitation n'existe pas/).waitFor();
    await screenshot(page, "11-invitation-unknown");
    await context.close();
  });
});
