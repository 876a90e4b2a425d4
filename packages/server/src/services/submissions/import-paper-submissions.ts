import { createHash } from "node:crypto";
import { respondentCodes } from "@ricochet/db";
import {
  type Answers,
  AppError,
  allQuestions,
  answerColumns,
  answersFromRow,
  checkAnswers,
  type FieldIssue,
  parseInput,
  type TPaperImport,
  ZPaperImport,
  ZRespondentCode,
} from "@ricochet/domain";
import { and, eq, inArray } from "drizzle-orm";
import Papa from "papaparse";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorizeCampaign } from "../campaigns/campaign-access.ts";
import { actorUserId, nowOf, type ServiceContext } from "../context.ts";
import { runtimeClockAt } from "../local-date.ts";
import { answerIssuesToFieldIssues } from "./answer-issues.ts";
import { loadCompiledVersion } from "./compiled-versions.ts";
import { assertAccepting } from "./public-form.ts";
import { recordSubmission } from "./record-submission.ts";

const MAX_ROWS = 20_000;

const PARSE_ERRORS: Record<string, { fr: string; en: string }> = {
  MissingQuotes: { fr: "guillemet non refermé", en: "unclosed quote" },
  TooManyFields: { fr: "plus de cellules que de colonnes", en: "more cells than columns" },
  TooFewFields: { fr: "moins de cellules que de colonnes", en: "fewer cells than columns" },
  InvalidQuotes: { fr: "guillemets mal placés", en: "misplaced quotes" },
};

const META = new Set(["submission_id", "respondent_code", "source", "language", "easy_read", "submitted_at"]);

/** Codes the campaign needs: present, and on the evaluation's panel when it uses one. */
async function checkCodes(
  tx: ServiceContext["db"],
  campaign: { respondentCodes: "none" | "free" | "panel"; evaluationId: string },
  rows: ReadonlyArray<{ line: number; code: string | null }>,
  issues: FieldIssue[],
): Promise<void> {
  if (campaign.respondentCodes === "none") return;
  const codes = rows.flatMap((r) => (r.code ? [r.code] : []));
  const known =
    campaign.respondentCodes === "panel" && codes.length > 0
      ? new Set(
          (
            await tx
              .select({ code: respondentCodes.code })
              .from(respondentCodes)
              .where(
                and(
                  eq(respondentCodes.evaluationId, campaign.evaluationId),
                  inArray(respondentCodes.code, codes),
                ),
              )
          ).map((r) => r.code),
        )
      : null;
  for (const row of rows) {
    if (!row.code)
      issues.push({
        path: `rows.${row.line}.respondent_code`,
        message: {
          fr: `Ligne ${row.line} : le code de répondant est obligatoire pour cette campagne.`,
          en: `Row ${row.line}: the respondent code is required for this campaign.`,
        },
      });
    else if (known && !known.has(row.code))
      issues.push({
        path: `rows.${row.line}.respondent_code`,
        message: {
          fr: `Ligne ${row.line} : le code « ${row.code} » ne fait pas partie de la liste de l'évaluation.`,
          en: `Row ${row.line}: the code “${row.code}” is not on the evaluation's list.`,
        },
      });
  }
}

export interface PaperImportReport {
  rows: number;
  imported: number;
  /** Rows of a file imported before (same file, same row): not stored twice. */
  duplicates: number;
  dryRun: boolean;
}

/**
 * Imports paper answers typed into a CSV file: every row is checked against the questionnaire
 * first, and nothing is stored if any row is wrong (each problem reported with its row). Rows of
 * a file imported twice are stored once.
 */
export async function importPaperSubmissions(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  campaignId: string,
  input: TPaperImport,
): Promise<PaperImportReport> {
  const data = parseInput(ZPaperImport, input);
  return ctx.db.transaction(async (tx) => {
    const { campaign } = await authorizeCampaign(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      campaignId,
      "data.collect",
    );
    if (!campaign.paperUpload)
      throw new AppError("CAMPAIGN_CHANNEL_CLOSED", {
        name: campaign.name,
        channel: { fr: "l'import de réponses papier", en: "paper answers upload" },
      });
    const now = nowOf(ctx);
    assertAccepting(campaign, now);
    const version = await loadCompiledVersion(tx, campaign.questionnaireVersionId);
    const parsed = Papa.parse<Record<string, string>>(data.content.replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: "greedy",
      transformHeader: (h) => h.trim(),
    });
    const issues: FieldIssue[] = [];
    // A broken line (an unclosed quote, a « ; » inside an unquoted answer, missing cells) would
    // shift or swallow answers: the file is refused, each such line named.
    for (const error of parsed.errors.filter((e) => e.type !== "Delimiter")) {
      const line = (error.row ?? 0) + 2;
      issues.push({
        path: `rows.${line}`,
        message: {
          fr: `Ligne ${line} : la ligne est mal formée (${PARSE_ERRORS[error.code]?.fr ?? error.message}).`,
          en: `Row ${line}: the row is malformed (${PARSE_ERRORS[error.code]?.en ?? error.message}).`,
        },
      });
    }
    if (parsed.data.length > MAX_ROWS)
      issues.push({
        path: "rows",
        message: {
          fr: `Le fichier a ${parsed.data.length} lignes : ${MAX_ROWS} au plus par import.`,
          en: `The file has ${parsed.data.length} rows: ${MAX_ROWS} at most per import.`,
        },
      });
    const known = answerColumns(version.compiled);
    // Calculated values are recomputed, never read: a file made from an export may carry them.
    const calculated = new Set(
      allQuestions(version.compiled.definition)
        .filter(({ question }) => question.type === "calculate")
        .map(({ question }) => question.name),
    );
    const unknown = (parsed.meta.fields ?? []).filter(
      (f) => f && !known.has(f) && !META.has(f) && !calculated.has(f),
    );
    for (const column of unknown)
      issues.push({
        path: `columns.${column}`,
        message: {
          fr: `La colonne « ${column} » ne correspond à aucune question de ce questionnaire.`,
          en: `The column “${column}” matches no question of this questionnaire.`,
        },
      });
    if (parsed.data.length === 0)
      issues.push({
        path: "rows",
        message: {
          fr: "Le fichier ne contient aucune ligne de réponses.",
          en: "The file has no row of answers.",
        },
      });
    const clock = runtimeClockAt(now);
    const ready: Array<{ line: number; answers: Answers; code: string | null; key: string }> = [];
    const seen = new Map<string, number>();
    parsed.data.forEach((cells, index) => {
      const line = index + 2;
      const { answers, problems } = answersFromRow(version.compiled, cells);
      for (const p of problems)
        issues.push({
          path: `rows.${line}.${p.column}`,
          message: { fr: `Ligne ${line} : ${p.message.fr}`, en: `Row ${line}: ${p.message.en}` },
        });
      const rawCode = (cells.respondent_code ?? "").trim();
      const code = rawCode ? ZRespondentCode.safeParse(rawCode) : null;
      if (code && !code.success)
        issues.push({
          path: `rows.${line}.respondent_code`,
          message: {
            fr: `Ligne ${line} : code de répondant invalide.`,
            en: `Row ${line}: invalid respondent code.`,
          },
        });
      if (problems.length > 0) return;
      const checked = checkAnswers(version.compiled, answers, clock);
      for (const issue of answerIssuesToFieldIssues(checked.issues, version.compiled.definition))
        issues.push({
          path: `rows.${line}.${issue.path.replace(/^answers\./, "")}`,
          message: { fr: `Ligne ${line} : ${issue.message.fr}`, en: `Row ${line}: ${issue.message.en}` },
        });
      // A row is known by its content and how many identical rows come before it: importing the
      // same answers again — or the same file with new rows added — stores each answer once.
      const content = createHash("sha256")
        .update(JSON.stringify(Object.entries(cells).sort()))
        .digest("hex");
      const occurrence = (seen.get(content) ?? 0) + 1;
      seen.set(content, occurrence);
      ready.push({
        line,
        answers,
        code: code?.success ? code.data : null,
        key: `paper-${content.slice(0, 40)}-${occurrence}`,
      });
    });
    await checkCodes(tx, campaign, ready, issues);
    if (issues.length > 0)
      throw new AppError("PAPER_IMPORT_INVALID", { count: issues.length }, issues.slice(0, 500));
    let imported = 0;
    let duplicates = 0;
    for (const row of ready) {
      const input = {
        idempotencyKey: row.key,
        answers: row.answers,
        respondentCode: row.code,
        consent: true,
        language: version.compiled.definition.defaultLanguage,
      };
      if (data.dryRun) continue;
      const result = await recordSubmission(tx, campaign, input, {
        source: "import",
        now,
        enteredByUserId: actorUserId(ctx.actor),
      });
      if (result.duplicate) duplicates += 1;
      else imported += 1;
    }
    if (!data.dryRun)
      await recordAuditEvent(tx, ctx.actor, {
        organisationId,
        action: "submissions.imported",
        targetType: "campaign",
        targetId: campaign.id,
        summary: { name: campaign.name, fileName: data.fileName, imported, duplicates },
      });
    return { rows: ready.length, imported, duplicates, dryRun: data.dryRun };
  });
}
