import { submissions } from "@ricochet/db";
import {
  type Cell,
  neutraliseFormula,
  type SubmissionTable,
  slugify,
  submissionTable,
} from "@ricochet/domain";
import { and, asc, eq, isNull } from "drizzle-orm";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorizeCampaign } from "../campaigns/campaign-access.ts";
import type { ServiceContext } from "../context.ts";
import { loadCompiledVersion } from "./compiled-versions.ts";

export interface SubmissionsFile {
  fileName: string;
  contentType: string;
  body: Uint8Array | string;
  count: number;
}

function csvOf(table: SubmissionTable, labels: boolean): string {
  // Human-readable exports use French decimals (Excel in French reads 3,5), code exports the dot.
  const cell = (value: Cell) =>
    value === null
      ? ""
      : typeof value === "number"
        ? labels
          ? String(value).replace(".", ",")
          : String(value)
        : neutraliseFormula(value);
  const csv = Papa.unparse(
    { fields: table.header.map(neutraliseFormula), data: table.rows.map((row) => row.map(cell)) },
    { delimiter: ";", newline: "\r\n" },
  );
  return `\uFEFF${csv}\r\n`;
}

async function xlsxOf(table: SubmissionTable, sheetName: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Ricochet";
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31).replace(/[\\/?*[\]:]/g, " ") || "Réponses");
  // ExcelJS writes strings as text cells, never as formulas: nothing to neutralise here, and an
  // apostrophe would show in the cell.
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * The campaign's answers as a file (deleted ones left out). Leaving the organisation's hands is
 * recorded in the audit log, since answers may be special-category data.
 */
export async function exportSubmissions(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  campaignId: string,
  options: { format: "csv" | "xlsx"; labels: boolean },
): Promise<SubmissionsFile> {
  const { campaign } = await authorizeCampaign(
    ctx.db,
    ctx.actor,
    organisationId,
    evaluationId,
    campaignId,
    "submission.read",
  );
  const version = await loadCompiledVersion(ctx.db, campaign.questionnaireVersionId);
  const rows = await ctx.db
    .select()
    .from(submissions)
    .where(and(eq(submissions.campaignId, campaign.id), isNull(submissions.deletedAt)))
    .orderBy(asc(submissions.receivedAt), asc(submissions.id));
  const table = submissionTable(
    version.compiled,
    rows.map((r) => ({ ...r, submittedAt: r.submittedAt.toISOString() })),
    { labels: options.labels },
  );
  await recordAuditEvent(ctx.db, ctx.actor, {
    organisationId,
    action: "submissions.exported",
    targetType: "campaign",
    targetId: campaign.id,
    summary: { name: campaign.name, format: options.format, labels: options.labels, count: rows.length },
  });
  const stem = `reponses-${slugify(campaign.name) || "campagne"}`;
  if (options.format === "csv")
    return {
      fileName: `${stem}.csv`,
      contentType: "text/csv; charset=utf-8",
      body: csvOf(table, options.labels),
      count: rows.length,
    };
  return {
    fileName: `${stem}.xlsx`,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: await xlsxOf(table, campaign.name),
    count: rows.length,
  };
}
