import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Frame } from "playwright-core";
import type { AxeViolation } from "./browser.ts";

// Pages shown inside a same-origin frame of the staff app (the public form's preview and staff
// entry), driven from a tiny parent page that the test serves itself.

const here = dirname(fileURLToPath(import.meta.url));
const AXE = resolve(here, "../../node_modules/axe-core/axe.min.js");

/** Runs axe-core inside a frame (its own document) and returns the serious and critical violations. */
export async function seriousViolationsInFrame(frame: Frame): Promise<AxeViolation[]> {
  await frame.evaluate(readFileSync(AXE, "utf8"));
  const violations = (await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: unknown[] }> } })
      .axe;
    const result = await axe.run(document);
    return result.violations;
  })) as AxeViolation[];
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/**
 * Serves, at `url` (a path on the server's origin, so same-origin with it), a bare page holding
 * one iframe of `src`. The page records in `window.__messages` what the frame posts (this origin,
 * that frame only) and posts to it with `window.__post(message)`, as the staff app does.
 */
export async function serveParentPage(context: BrowserContext, url: string, src: string): Promise<void> {
  const html = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <title>Page parente (test)</title>
    <style>html, body { margin: 0; } iframe { display: block; width: 100%; height: 100vh; border: 0; }</style>
  </head>
  <body>
    <main><iframe id="form" title="Questionnaire" src="${src}"></iframe></main>
    <script>
      window.__messages = [];
      window.addEventListener("message", (event) => {
        const frame = document.getElementById("form");
        if (event.origin !== location.origin || event.source !== frame.contentWindow) return;
        window.__messages.push(event.data);
      });
      window.__post = (message) =>
        document.getElementById("form").contentWindow.postMessage(message, location.origin);
    </script>
  </body>
</html>`;
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: "text/html", body: html }));
}
