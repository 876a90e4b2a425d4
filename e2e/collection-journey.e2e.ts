import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  describeViolations,
  launchBrowser,
  newContext,
  screenshot,
  seriousViolations,
} from "./support/browser.ts";
import { openCampaignPage, pickOption, startOnCollectionStep, uniqueEmail } from "./support/flows.ts";
import { startTestServer, type TestServer } from "./support/server.ts";

// The whole collection journey, from an empty account: a questionnaire built with skip logic and
// an easy-to-read wording, published, a campaign opened, answered by someone on a phone who loses
// the connection before sending, and the answer counted once on the campaign's follow-up.

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
  await page.waitForTimeout(300);
  const violations = await seriousViolations(page);
  expect(violations, `${name}:\n${describeViolations(violations)}`).toEqual([]);
}

const heading = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 1, name });

describe("collection journey: build, publish, collect offline, follow up", () => {
  it("counts exactly one answer sent from a phone that went offline", async () => {
    const staff = await newContext(browser);
    const page = await staff.newPage();
    page.on("dialog", (dialog) => void dialog.accept());
    await startOnCollectionStep(page, server.baseUrl, {
      person: "Inès Moreau",
      email: uniqueEmail("journey"),
      organisation: "CAE du Diois",
      evaluation: "Parcours entrepreneurs 2027",
    });

    // The questionnaire: a choice, a number asked only after one answer, with a FALC wording.
    await page.getByRole("button", { name: "Nouveau questionnaire" }).first().click();
    await page.getByLabel("Titre du questionnaire").fill("Entrée dans la coopérative");
    await page.getByRole("button", { name: "Créer et ajouter des questions" }).click();
    await page.getByRole("heading", { level: 2, name: "Entrée dans la coopérative" }).waitFor();
    await page.getByRole("button", { name: "+ Ajouter une question à la page « Page 1 »" }).click();
    await page.getByRole("button", { name: /Choix unique/ }).click();
    await page
      .getByRole("textbox", { name: "Question (français)", exact: true })
      .fill("Quelle est votre situation ?");
    await page.getByRole("button", { name: "Créer une nouvelle liste" }).click();
    await page.getByRole("textbox", { name: "Choix 1 (français)", exact: true }).fill("En emploi");
    await page.getByRole("button", { name: "+ Ajouter un choix" }).click();
    await page.getByRole("textbox", { name: "Choix 2 (français)", exact: true }).fill("En formation");
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
    // A second page, to finish once offline.
    await page.getByRole("button", { name: "+ Ajouter une page" }).click();
    await page.getByRole("button", { name: "+ Ajouter une question à la page « Page 2 »" }).click();
    await page.getByRole("button", { name: /Texte long/ }).click();
    await page
      .getByRole("textbox", { name: "Question (français)", exact: true })
      .fill("Qu'attendez-vous de la coopérative ?");
    await page.getByText("Le questionnaire peut être publié.").waitFor();
    await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await page.getByText("Tout est enregistré").waitFor();
    await page.getByRole("button", { name: "Publier la version 1" }).click();
    await page
      .getByRole("dialog", { name: "Publier la version 1" })
      .getByRole("button", { name: "Publier la version 1" })
      .click();
    await page.getByText("Version 1 publiée").first().waitFor();

    // A campaign, opened: its public link.
    await page.getByRole("link", { name: /Retour à l'étape Collecte/ }).click();
    await page.getByRole("button", { name: "Nouvelle campagne" }).first().click();
    const modal = page.getByRole("dialog", { name: "Nouvelle campagne" });
    await modal.getByLabel("Nom de la campagne").fill("Entrée 2027");
    await modal.getByRole("radio", { name: "Mesure initiale (avant)" }).check();
    await modal.getByLabel("Nombre de réponses visé").fill("40");
    await modal.getByLabel("Contact pour exercer ses droits").fill("rgpd@cae-diois.example");
    await modal.getByRole("button", { name: "Créer la campagne" }).click();
    const drawer = page.getByRole("dialog", { name: "Entrée 2027" });
    await drawer.getByRole("button", { name: "Ouvrir aux réponses" }).click();
    const link = drawer.getByRole("textbox", { name: "Lien public" });
    await expect.poll(() => link.inputValue()).toContain(`${server.baseUrl}/f/`);
    const url = await link.inputValue();
    await page.keyboard.press("Escape");

    // Someone answers on a phone, in a browser that knows nothing of the staff's session.
    const phone = await browser.newContext({ locale: "fr-FR", viewport: { width: 375, height: 740 } });
    phone.setDefaultTimeout(10_000);
    expect(await phone.cookies()).toEqual([]);
    const form = await phone.newPage();
    await form.goto(url);
    await heading(form, "Entrée dans la coopérative").waitFor();
    await expectAccessible(form, "public form welcome");
    await screenshot(form, "94-journey-welcome");
    await form.getByRole("button", { name: "Commencer" }).click();
    await heading(form, "Avant de commencer").waitFor();
    await expectAccessible(form, "public form consent");
    await form.getByRole("button", { name: "J'accepte de répondre" }).click();
    await heading(form, "Page 1").waitFor();
    const hours = form.getByRole("textbox", { name: /Combien d'heures travaillez-vous/ });
    expect(await hours.count()).toBe(0);
    await form.getByRole("radio", { name: "En emploi" }).check();
    await hours.fill("32");
    await form.getByRole("switch", { name: "Facile à lire" }).check();
    await form.getByRole("textbox", { name: /Vous travaillez combien d'heures/ }).waitFor();
    await expectAccessible(form, "public form page 1, easy-read");
    await screenshot(form, "94-journey-page-1");
    await form.getByRole("button", { name: "Suivant" }).click();
    await heading(form, "Page 2").waitFor();

    // The connection drops: the form goes on, and keeps the answers on the device.
    await phone.setOffline(true);
    await form.getByText("Pas de connexion").waitFor();
    await form.getByRole("textbox", { name: /Qu'attendez-vous/ }).fill("Ne plus être seule.");
    await form.getByRole("button", { name: "Suivant" }).click();
    await heading(form, "Dernière étape").waitFor();
    await form.getByRole("button", { name: "Envoyer mes réponses" }).click();
    await form
      .getByText("Vos réponses sont gardées sur cet appareil et partiront dès le retour de la connexion.")
      .waitFor();
    await expectAccessible(form, "public form kept offline");
    await screenshot(form, "94-journey-queued");

    // Back online: sent by itself, thanks.
    await phone.setOffline(false);
    await heading(form, /^Merci\s!$/).waitFor({ timeout: 30_000 });
    await expectAccessible(form, "public form thanks");
    await screenshot(form, "94-journey-thanks");
    await phone.close();

    // The staff sees exactly one answer on the campaign's follow-up, after a reload too.
    await page.reload();
    await page.getByRole("heading", { level: 2, name: /Étape 5/ }).waitFor();
    await openCampaignPage(page, "Entrée 2027");
    const count = page.getByRole("region", { name: "Combien de réponses" });
    await count.getByText("réponse sur 40 visées").waitFor();
    expect((await count.getByText(/^\d+$/).first().textContent())?.trim()).toBe("1");
    await page.reload();
    await count.getByText("réponse sur 40 visées").waitFor();
    expect((await count.getByText(/^\d+$/).first().textContent())?.trim()).toBe("1");
    await page.getByRole("tab", { name: "Réponses (1)" }).click();
    await page.getByText("1 réponse", { exact: true }).waitFor();
    await expectAccessible(page, "staff follow-up after the journey");
    await screenshot(page, "95-journey-answers");
    await staff.close();
  }, 180_000);
});
