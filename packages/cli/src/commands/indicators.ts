import { readFile, writeFile } from "node:fs/promises";
import { extname } from "node:path";
import { exportIndicators, importIndicators } from "@ricochet/server";
import type { Command } from "commander";
import { withRuntime } from "../cli-context.ts";
import { resolveOrganisationId } from "../resolve-organisation.ts";

const formatOf = (file: string, given?: string): "csv" | "json" => {
  const format = (given ?? extname(file).slice(1)).toLowerCase();
  if (format !== "csv" && format !== "json") {
    throw new Error(`Format inconnu / unknown format: ${format || "(aucun / none)"} (csv, json)`);
  }
  return format;
};

export function registerIndicatorCommands(program: Command) {
  const indicators = program
    .command("indicators")
    .description("Bibliothèque d'indicateurs / indicator library");

  indicators
    .command("import")
    .argument("<file>", "fichier CSV ou JSON / CSV or JSON file")
    .requiredOption("--org <idOrSlug>", "organisation qui reçoit les indicateurs / receiving organisation")
    .option("--scope <scope>", "private | network", "private")
    .option("--format <format>", "csv | json (sinon l'extension / else the extension)")
    .option("--dry-run", "vérifier sans importer / check without importing")
    .description("Importe des définitions, tout ou rien / import definitions, all or nothing")
    .action((file: string, options: { org: string; scope: string; format?: string; dryRun?: boolean }) =>
      withRuntime(async (_runtime, ctx) => {
        const organisationId = await resolveOrganisationId(ctx, options.org);
        const report = await importIndicators(ctx, organisationId, {
          format: formatOf(file, options.format),
          content: await readFile(file, "utf8"),
          scope: options.scope as "private" | "network",
          dryRun: options.dryRun ?? false,
        });
        console.log(
          report.dryRun
            ? `Vérification réussie / check passed: ${report.rows} indicateurs valides / valid indicators (rien d'importé / nothing imported)`
            : `Importé / imported: ${report.imported} indicateurs / indicators (${report.codes.join(", ")})`,
        );
      }),
    );

  indicators
    .command("export")
    .argument("<file>", "fichier à écrire (.csv ou .json) / file to write")
    .requiredOption("--org <idOrSlug>", "organisation / organisation")
    .option("--format <format>", "csv | json (sinon l'extension / else the extension)")
    .option("--all", "tout ce que l'organisation voit, bibliothèque publique comprise / everything it sees")
    .description("Exporte la bibliothèque / export the library")
    .action((file: string, options: { org: string; format?: string; all?: boolean }) =>
      withRuntime(async (_runtime, ctx) => {
        const organisationId = await resolveOrganisationId(ctx, options.org);
        const exported = await exportIndicators(ctx, organisationId, {
          format: formatOf(file, options.format),
          all: options.all ?? false,
        });
        await writeFile(file, exported.body, "utf8");
        console.log(`Exporté / exported: ${exported.count} indicateurs / indicators → ${file}`);
      }),
    );
}
