import { readFile, writeFile } from "node:fs/promises";
import { evaluations } from "@ricochet/db";
import { AppError } from "@ricochet/domain";
import {
  exportEvaluationCids,
  importEvaluationCids,
  listEvaluations,
  type ServiceContext,
} from "@ricochet/server";
import type { Command } from "commander";
import { eq } from "drizzle-orm";
import { withRuntime } from "../cli-context.ts";
import { resolveOrganisationId } from "../resolve-organisation.ts";

const FORMATS = ["cids"] as const;

/** The operator names an evaluation by its id alone: its organisation is looked up. */
async function organisationOf(ctx: ServiceContext, evaluationId: string): Promise<string> {
  const [row] = await ctx.db
    .select({ organisationId: evaluations.organisationId })
    .from(evaluations)
    .where(eq(evaluations.id, evaluationId));
  if (!row) throw new AppError("EVALUATION_NOT_FOUND");
  return row.organisationId;
}

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, "utf8");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`${file} n'est pas du JSON valide / is not valid JSON`);
  }
}

export function registerEvaluationCommands(program: Command) {
  const evaluation = program
    .command("evaluation")
    .alias("evaluations")
    .description("Évaluations : lister, exporter, importer / evaluations: list, export, import");

  evaluation
    .command("list")
    .requiredOption("--org <idOrSlug>", "organisation / organisation")
    .description("Liste les évaluations d'une organisation / list an organisation's evaluations")
    .action((options: { org: string }) =>
      withRuntime(async (_runtime, ctx) => {
        const organisationId = await resolveOrganisationId(ctx, options.org);
        const rows = await listEvaluations(ctx, organisationId);
        if (rows.length === 0) console.log("Aucune évaluation / no evaluation");
        for (const row of rows) console.log(`${row.id}  ${row.title}  [${row.currentStep}]`);
      }),
    );

  evaluation
    .command("export")
    .argument("<evaluationId>", "évaluation à exporter / evaluation to export")
    .option("--format <format>", "cids (Common Impact Data Standard, JSON-LD)", "cids")
    .option(
      "--out <file>",
      "fichier à écrire, sinon la sortie standard / file to write, else standard output",
    )
    .description("Exporte le modèle d'impact / export the impact model")
    .action((evaluationId: string, options: { format: string; out?: string }) =>
      withRuntime(async (_runtime, ctx) => {
        if (!(FORMATS as readonly string[]).includes(options.format)) {
          throw new Error(`Format inconnu / unknown format: ${options.format} (${FORMATS.join(", ")})`);
        }
        const organisationId = await organisationOf(ctx, evaluationId);
        const file = await exportEvaluationCids(ctx, organisationId, evaluationId);
        if (!options.out) {
          // A reader that stops early (`| head`) is not an error of the export.
          process.stdout.on("error", (error: NodeJS.ErrnoException) => {
            if (error.code !== "EPIPE") throw error;
          });
          process.stdout.write(file.body);
          return;
        }
        await writeFile(options.out, file.body, "utf8");
        // On stderr: stdout stays the file alone when someone pipes it.
        console.error(
          `Exporté / exported (CIDS JSON-LD): ${file.document["@graph"].length} nœuds / nodes → ${options.out}`,
        );
      }),
    );

  evaluation
    .command("import")
    .argument("<file>", "fichier CIDS JSON-LD / CIDS JSON-LD file")
    .requiredOption("--org <idOrSlug>", "organisation qui reçoit l'évaluation / receiving organisation")
    .description(
      "Crée une évaluation depuis un fichier CIDS, tout ou rien / create an evaluation from a CIDS file, all or nothing",
    )
    .action((file: string, options: { org: string }) =>
      withRuntime(async (_runtime, ctx) => {
        const organisationId = await resolveOrganisationId(ctx, options.org);
        const result = await importEvaluationCids(ctx, organisationId, await readJson(file));
        const c = result.counts;
        console.log(`Évaluation importée / evaluation imported: ${result.evaluationId}  ${result.title}`);
        console.log(
          `  ${c.stakeholders} parties prenantes / stakeholders, ${c.tocNodes} éléments et ${c.tocLinks} liens de la théorie du changement / theory-of-change items and links, ${c.indicators} indicateurs / indicators (${c.indicatorsMatched} trouvés / found, ${c.indicatorsCreated} créés / created)`,
        );
        for (const warning of result.warnings) console.log(`  ! ${warning.fr} / ${warning.en}`);
      }),
    );
}
