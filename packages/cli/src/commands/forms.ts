import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { evaluations, questionnaires } from "@ricochet/db";
import { AppError } from "@ricochet/domain";
import { exportXlsform, importXlsform, listEvaluations, type ServiceContext } from "@ricochet/server";
import type { Command } from "commander";
import { eq } from "drizzle-orm";
import { withRuntime } from "../cli-context.ts";
import { resolveOrganisationId } from "../resolve-organisation.ts";

/** The evaluation to import into: the one named, or the organisation's only one. */
async function evaluationFor(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId?: string,
): Promise<string> {
  if (evaluationId) return evaluationId;
  const list = await listEvaluations(ctx, organisationId);
  if (list.length === 1 && list[0]) return list[0].id;
  const choices = list.map((e) => `  ${e.id}  ${e.title}`).join("\n");
  throw new Error(
    list.length === 0
      ? "L'organisation n'a aucune évaluation : créez-en une d'abord / the organisation has no evaluation: create one first"
      : `Précisez --evaluation parmi / name --evaluation among:\n${choices}`,
  );
}

export function registerFormCommands(program: Command) {
  const forms = program
    .command("forms")
    .description(
      "Questionnaires : importer, exporter en XLSForm / questionnaires: XLSForm import and export",
    );

  forms
    .command("import")
    .argument("<file>", "fichier XLSForm (.xlsx) / XLSForm file (.xlsx)")
    .requiredOption("--org <idOrSlug>", "organisation / organisation")
    .option(
      "--evaluation <id>",
      "évaluation (par défaut la seule de l'organisation) / evaluation (default: the only one)",
    )
    .option(
      "--keep-problems",
      "importer même avec des expressions à corriger, comme brouillon / import even with expressions to fix, as a draft",
    )
    .description("Crée un questionnaire depuis un XLSForm / create a questionnaire from an XLSForm")
    .action((file: string, options: { org: string; evaluation?: string; keepProblems?: boolean }) =>
      withRuntime(async (_runtime, ctx) => {
        const organisationId = await resolveOrganisationId(ctx, options.org);
        const evaluationId = await evaluationFor(ctx, organisationId, options.evaluation);
        const result = await importXlsform(ctx, organisationId, evaluationId, {
          fileName: basename(file),
          contentBase64: (await readFile(file)).toString("base64"),
          keepProblems: options.keepProblems ?? false,
        });
        const q = result.questionnaire;
        console.log(q.id);
        console.error(
          `Questionnaire importé / imported: « ${q.title} », ${q.questionCount} questions, ${q.languages.join(", ")}`,
        );
        if (result.unmapped.length === 0) console.error("Tout a été repris / everything was kept.");
        else console.error(`Non repris tel quel / not kept as it was (${result.unmapped.length}):`);
        for (const issue of result.unmapped)
          console.error(
            `  - ${issue.sheet}${issue.line ? `:${issue.line}` : ""}${issue.column ? ` [${issue.column}]` : ""}: ${issue.message.fr} / ${issue.message.en}`,
          );
        for (const issue of q.issues)
          console.error(`  ! ${issue.path}: ${issue.message.fr} / ${issue.message.en}`);
      }),
    );

  forms
    .command("export")
    .argument("<questionnaireId>", "questionnaire / questionnaire")
    .option("--format <format>", "xlsform", "xlsform")
    .option(
      "--version <n>",
      "version publiée (par défaut le brouillon) / published version (default: the draft)",
    )
    .requiredOption("--out <file>", "fichier .xlsx à écrire / .xlsx file to write")
    .description("Exporte un questionnaire en XLSForm / export a questionnaire as XLSForm")
    .action((questionnaireId: string, options: { format: string; version?: string; out: string }) =>
      withRuntime(async (_runtime, ctx) => {
        if (options.format !== "xlsform")
          throw new Error(`Format inconnu / unknown format: ${options.format} (xlsform)`);
        const [row] = await ctx.db
          .select({ organisationId: evaluations.organisationId, evaluationId: questionnaires.evaluationId })
          .from(questionnaires)
          .innerJoin(evaluations, eq(evaluations.id, questionnaires.evaluationId))
          .where(eq(questionnaires.id, questionnaireId));
        if (!row) throw new AppError("QUESTIONNAIRE_NOT_FOUND");
        const version = options.version ? Number(options.version) : null;
        if (version !== null && !(Number.isInteger(version) && version > 0))
          throw new Error(`--version : un entier positif / a positive integer (${options.version})`);
        const file = await exportXlsform(ctx, row.organisationId, row.evaluationId, questionnaireId, version);
        await writeFile(options.out, file.body);
        console.error(`Exporté / exported (XLSForm) → ${options.out}`);
      }),
    );
}
