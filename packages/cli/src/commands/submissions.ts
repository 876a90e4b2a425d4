import { writeFile } from "node:fs/promises";
import { campaigns } from "@ricochet/db";
import { AppError } from "@ricochet/domain";
import { exportSubmissions, listCampaigns, listEvaluations } from "@ricochet/server";
import type { Command } from "commander";
import { eq } from "drizzle-orm";
import { withRuntime } from "../cli-context.ts";
import { resolveOrganisationId } from "../resolve-organisation.ts";

export function registerSubmissionCommands(program: Command) {
  program
    .command("campaigns")
    .description("Campagnes de collecte / data collection campaigns")
    .command("list")
    .requiredOption("--org <idOrSlug>", "organisation / organisation")
    .description("Liste les campagnes et leurs réponses / list campaigns and their answers")
    .action((options: { org: string }) =>
      withRuntime(async (_runtime, ctx) => {
        const organisationId = await resolveOrganisationId(ctx, options.org);
        let any = false;
        for (const evaluation of await listEvaluations(ctx, organisationId))
          for (const c of await listCampaigns(ctx, organisationId, evaluation.id)) {
            any = true;
            console.log(
              `${c.id}  ${c.name}  [${c.wave}/${c.arm}, ${c.status}]  ${c.responses} réponse(s) / answer(s)`,
            );
          }
        if (!any) console.log("Aucune campagne / no campaign");
      }),
    );

  const submissions = program
    .command("submissions")
    .description("Réponses aux questionnaires / questionnaire answers");

  submissions
    .command("export")
    .argument("<campaignId>", "campagne / campaign")
    .option("--format <format>", "csv | xlsx", "csv")
    .option(
      "--codes",
      "codes des questions et des choix plutôt que leurs libellés / question and choice codes, not labels",
    )
    .option(
      "--out <file>",
      "fichier à écrire, sinon la sortie standard (CSV) / file to write, else standard output (CSV)",
    )
    .description("Exporte les réponses d'une campagne / export a campaign's answers")
    .action((campaignId: string, options: { format: string; codes?: boolean; out?: string }) =>
      withRuntime(async (_runtime, ctx) => {
        if (options.format !== "csv" && options.format !== "xlsx")
          throw new Error(`Format inconnu / unknown format: ${options.format} (csv, xlsx)`);
        const [row] = await ctx.db
          .select({ organisationId: campaigns.organisationId, evaluationId: campaigns.evaluationId })
          .from(campaigns)
          .where(eq(campaigns.id, campaignId));
        if (!row) throw new AppError("CAMPAIGN_NOT_FOUND");
        const file = await exportSubmissions(ctx, row.organisationId, row.evaluationId, campaignId, {
          format: options.format,
          labels: !options.codes,
        });
        if (!options.out) {
          if (options.format === "xlsx")
            throw new Error("--out est obligatoire pour xlsx / --out is required for xlsx");
          process.stdout.on("error", (error: NodeJS.ErrnoException) => {
            if (error.code !== "EPIPE") throw error;
          });
          process.stdout.write(file.body as string);
          return;
        }
        await writeFile(options.out, file.body);
        console.error(`${file.count} réponse(s) exportée(s) / answer(s) exported → ${options.out}`);
      }),
    );
}
