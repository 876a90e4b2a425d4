import { readFile, writeFile } from "node:fs/promises";
import { runSroiRequest } from "@ricochet/domain";
import type { Command } from "commander";

/**
 * `ricochet sroi <request.json>`: the SROI of an impact map, with its sensitivity analyses, as
 * JSON (docs/schemas/sroi-request.schema.json describes the file; docs/examples has one).
 * Pure computation: no database is opened.
 */
export function registerSroiCommand(program: Command) {
  program
    .command("sroi")
    .argument("<file>", "carte d'impact en JSON / impact map as JSON")
    .option(
      "--out <file>",
      "fichier de résultat, sinon la sortie standard / result file, else standard output",
    )
    .description(
      "Calcule le SROI et ses analyses de sensibilité / compute the SROI and its sensitivity analyses",
    )
    .action(async (file: string, options: { out?: string }) => {
      const text = await readFile(file, "utf8");
      let input: unknown;
      try {
        input = JSON.parse(text);
      } catch {
        throw new Error(`${file} n'est pas du JSON valide / is not valid JSON`);
      }
      const outcome = runSroiRequest(input);
      if (!outcome.ok) {
        for (const issue of outcome.issues)
          console.error(
            `${issue.severity === "error" ? "✗" : "!"} ${issue.path}: ${issue.message.fr} / ${issue.message.en}`,
          );
        process.exitCode = 1;
        return;
      }
      const json = `${JSON.stringify(outcome.report, null, 2)}\n`;
      if (options.out) {
        await writeFile(options.out, json, "utf8");
        const ratio = outcome.report.sroi.ratio;
        console.error(`SROI ${ratio === null ? "—" : `${ratio.toFixed(2)} : 1`} → ${options.out}`);
      } else process.stdout.write(json);
    });
}
