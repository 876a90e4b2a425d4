import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { formBudgetPlugin } from "./form-budget-plugin.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

/** The public form's service worker, copied as is to dist/f/sw.js: served at /f/sw.js, scope /f/. */
function formServiceWorker(): Plugin {
  return {
    name: "ricochet-form-service-worker",
    apply: "build",
    generateBundle() {
      this.emitFile({
        type: "asset",
        fileName: "f/sw.js",
        source: readFileSync(new URL("./src/public-form/sw.js", import.meta.url), "utf8"),
      });
    },
  };
}

export default defineConfig({
  root,
  plugins: [
    // The public form is Preact (a per-file JSX pragma): no React fast refresh in its files.
    react({ exclude: [/\/node_modules\//, /\/src\/public-form\//] }),
    // The respondents' page (/f/<token>): its own entry, at most 60 KB of gzipped JavaScript.
    formServiceWorker(),
    formBudgetPlugin({ html: "public-form.html", budgetBytes: 60_000, alsoCount: ["f/sw.js"] }),
  ],
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL("./index.html", import.meta.url)),
        "public-form": fileURLToPath(new URL("./public-form.html", import.meta.url)),
      },
    },
  },
  server: {
    proxy: {
      "/api": { target: "http://localhost:3000", changeOrigin: false },
    },
  },
});
