import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Plugin } from "vite";

// After the build, sums the gzipped size of every JavaScript file the public form's page loads
// (the scripts and module preloads of its HTML, and their static imports), writes it to
// dist/public-form-size.json and fails the build when it is over budget: respondents answer on
// cheap phones with a bad connection.

interface BudgetOptions {
  /** The HTML file of the page, as emitted (e.g. "public-form.html"). */
  html: string;
  /** The most gzipped JavaScript the page may load, in bytes (1 KB = 1000 bytes). */
  budgetBytes: number;
  /** Where the report goes, relative to the output folder. */
  report?: string;
  /** Other JavaScript the page loads that its HTML does not name (a service worker). */
  alsoCount?: string[];
}

interface OutputChunkLike {
  type: "chunk";
  fileName: string;
  code: string;
  imports: string[];
}
interface OutputAssetLike {
  type: "asset";
  fileName: string;
  source: string | Uint8Array;
}
type OutputLike = OutputChunkLike | OutputAssetLike;

/** The JavaScript files an HTML page references directly: module scripts and module preloads. */
function scriptsOfHtml(html: string): string[] {
  const files: string[] = [];
  for (const match of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const tag = match[0];
    const isScript = match[1] === "script";
    if (!isScript && !/\brel=["']?modulepreload/.test(tag)) continue;
    const url = /\b(?:src|href)=["']?([^"'\s>]+)/.exec(tag)?.[1];
    if (url?.endsWith(".js")) files.push(url.replace(/^\//, ""));
  }
  return files;
}

export function formBudgetPlugin(options: BudgetOptions): Plugin {
  const report = options.report ?? "public-form-size.json";
  let outDir = "dist";
  return {
    name: "ricochet-form-budget",
    apply: "build",
    enforce: "post",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle(_output, bundle) {
      const outputs = bundle as unknown as Record<string, OutputLike>;
      const page = outputs[options.html];
      if (page?.type !== "asset") {
        this.error(`form budget: ${options.html} was not built`);
        return;
      }
      const seen = new Set<string>();
      const visit = (fileName: string) => {
        if (seen.has(fileName)) return;
        const chunk = outputs[fileName];
        if (chunk?.type !== "chunk") return;
        seen.add(fileName);
        for (const imported of chunk.imports) visit(imported);
      };
      for (const file of scriptsOfHtml(String(page.source))) visit(file);
      if (seen.size === 0) {
        this.error(`form budget: no JavaScript found in ${options.html}`);
        return;
      }
      for (const fileName of options.alsoCount ?? [])
        if (outputs[fileName]) seen.add(fileName);
        else this.error(`form budget: ${fileName} was not built`);
      const files = [...seen].map((fileName) => {
        const output = outputs[fileName] as OutputLike;
        const code = output.type === "chunk" ? output.code : output.source;
        return { file: fileName, gzipBytes: gzipSync(code, { level: 9 }).length };
      });
      const gzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, report), `${JSON.stringify({ gzipBytes, files }, null, 2)}\n`);
      const kb = (bytes: number) => (bytes / 1000).toFixed(1);
      console.log(
        `public form: ${kb(gzipBytes)} KB gzipped JavaScript (budget ${kb(options.budgetBytes).replace(/\.0$/, "")} KB)`,
      );
      if (gzipBytes > options.budgetBytes)
        this.error(
          `public form over budget: ${kb(gzipBytes)} KB gzipped > ${kb(options.budgetBytes)} KB (${files
            .map((f) => `${f.file} ${kb(f.gzipBytes)} KB`)
            .join(", ")})`,
        );
    },
  };
}
