// The public form's service worker, served at /f/sw.js (scope /f/): once a form has been opened,
// the page opens again without a connection. The page itself keeps the form and the answers
// (localStorage); this only keeps the page's HTML and its files. API calls are never touched.

const CACHE = "ricochet-public-form";
/** The HTML is the same for every form link: one copy. */
const SHELL = "/f/";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

// The page sends the files it loaded: keep those, drop older builds' files.
self.addEventListener("message", (event) => {
  const files = event.data?.files;
  if (!Array.isArray(files)) return;
  const keep = files.filter((f) => typeof f === "string" && f.startsWith("/assets/"));
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      await cache.addAll(keep);
      if (typeof event.data.page === "string" && event.data.page.startsWith("/f/")) {
        const page = await fetch(event.data.page, { cache: "no-store" });
        if (page.ok) await cache.put(SHELL, page);
      }
      for (const request of await cache.keys()) {
        const path = new URL(request.url).pathname;
        if (path !== SHELL && !keep.includes(path)) await cache.delete(request);
      }
    }),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && url.pathname.startsWith("/f/")) {
    // The network first (a new build, a new form), the copy when there is none.
    event.respondWith(
      fetch(request).catch(() => caches.match(SHELL).then((copy) => copy ?? Response.error())),
    );
  } else if (url.pathname.startsWith("/assets/")) {
    // Hashed names never change: the copy first.
    event.respondWith(caches.match(request).then((copy) => copy ?? fetch(request)));
  }
});
