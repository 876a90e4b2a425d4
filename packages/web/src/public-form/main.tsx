/** @jsxImportSource preact */
import "./styles.css";
import { render } from "preact";
import { App } from "./app.tsx";
import { previewMode, staffMode } from "./embedded-mode.tsx";
import { linkMode } from "./link-mode.ts";

// The respondents' page, /f/<token>: its own light bundle (Preact), apart from the staff app.
// The same page runs inside the staff app's frames: /f/preview (the questionnaire builder's
// preview) and /f/staff (a team member's entry), see mode.ts.

const embedded = /^\/f\/(preview|staff)\/?$/.exec(location.pathname)?.[1];
const match = embedded ? null : /^\/f\/([^/?#]+)/.exec(location.pathname);
const token = match?.[1] ? decodeURIComponent(match[1]) : null;
const mode = embedded === "preview" ? previewMode() : embedded === "staff" ? staffMode() : linkMode(token);
const root = document.getElementById("app");
if (root) {
  root.textContent = "";
  render(<App mode={mode} />, root);
}
// Only a respondent's own page works offline: an embedded form runs inside the staff app.
if (token) keepForOffline();

/** Opening the page again without a connection: the service worker keeps the page and its files. */
function keepForOffline() {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  navigator.serviceWorker
    .register("/f/sw.js", { scope: "/f/" })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const files = [
        ...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>("script[src], link[href]"),
      ]
        .map((element) => new URL("src" in element ? element.src : element.href, location.href))
        .filter((url) => url.origin === location.origin)
        .map((url) => url.pathname);
      registration.active?.postMessage({ files, page: location.pathname });
    })
    .catch(() => {
      // No service worker (private browsing, old browser): the form still works online.
    });
}
