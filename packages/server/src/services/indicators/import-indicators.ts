import {
  AppError,
  checkCsvHeader,
  csvRowToIndicatorInput,
  type FieldIssue,
  INDICATOR_FILE_FORMAT,
  type IndicatorContent,
  type IndicatorCsvColumn,
  type IndicatorScope,
  ZIndicatorContent,
  zodIssuesToFieldIssues,
} from "@ricochet/domain";
import Papa from "papaparse";
import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { authorize } from "../authorize.ts";
import { actorUserId, nowOf, type ServiceContext } from "../context.ts";
import { assertCodeFree, insertIndicator } from "./write-indicator.ts";

export const ZImportIndicators = z.object({
  format: z.enum(["csv", "json"]),
  /** The file's text (UTF-8; a BOM is ignored). */
  content: z.string().min(1).max(10_000_000),
  scope: z.enum(["private", "network"]).default("private"),
  dryRun: z.boolean().default(false),
});
export type TImportIndicators = z.input<typeof ZImportIndicators>;

export interface ImportReport {
  rows: number;
  imported: number;
  dryRun: boolean;
  codes: string[];
}

interface ParsedRow {
  line: string;
  input: unknown;
}

function parseFile(format: "csv" | "json", text: string): ParsedRow[] {
  const clean = text.replace(/^\uFEFF/, "");
  if (format === "json") {
    let data: unknown;
    try {
      data = JSON.parse(clean);
    } catch (error) {
      throw new AppError("IMPORT_INVALID", { count: 1 }, [
        {
          path: "fichier / file",
          message: {
            fr: `JSON illisible : ${(error as Error).message}`,
            en: `Unreadable JSON: ${(error as Error).message}`,
          },
        },
      ]);
    }
    const list = Array.isArray(data)
      ? data
      : data && typeof data === "object" && (data as { format?: unknown }).format === INDICATOR_FILE_FORMAT
        ? (data as { indicators?: unknown }).indicators
        : undefined;
    if (!Array.isArray(list)) {
      throw new AppError("IMPORT_INVALID", { count: 1 }, [
        {
          path: "fichier / file",
          message: {
            fr: `Attendu : une liste d'indicateurs, ou un objet { "format": "${INDICATOR_FILE_FORMAT}", "indicators": [...] }.`,
            en: `Expected a list of indicators, or an object { "format": "${INDICATOR_FILE_FORMAT}", "indicators": [...] }.`,
          },
        },
      ]);
    }
    return list.map((input, index) => ({ line: `#${index + 1}`, input }));
  }
  const parsed = Papa.parse<Record<string, string>>(clean, {
    header: true,
    skipEmptyLines: "greedy",
    delimitersToGuess: [";", ",", "\t"],
  });
  const header = parsed.meta.fields ?? [];
  const { missing, unknown } = checkCsvHeader(header);
  if (missing.length > 0 || unknown.length > 0) {
    const issues: FieldIssue[] = [];
    if (missing.length > 0)
      issues.push({
        path: "en-tête / header",
        message: {
          fr: `Colonnes manquantes : ${missing.join(", ")}`,
          en: `Missing columns: ${missing.join(", ")}`,
        },
      });
    if (unknown.length > 0)
      issues.push({
        path: "en-tête / header",
        message: {
          fr: `Colonnes inconnues : ${unknown.join(", ")}`,
          en: `Unknown columns: ${unknown.join(", ")}`,
        },
      });
    throw new AppError("IMPORT_INVALID", { count: issues.length }, issues);
  }
  // Row 1 is the header: data rows start at line 2, as a spreadsheet numbers them.
  return parsed.data.map((row, index) => ({
    line: `${index + 2}`,
    input: csvRowToIndicatorInput(row as Partial<Record<IndicatorCsvColumn, string>>),
  }));
}

/**
 * Imports indicator definitions into the organisation's library, all or nothing: every row is
 * checked (contract, duplicate codes in the file, codes already visible here) and every problem
 * is reported with its line before anything is written.
 */
export async function importIndicators(
  ctx: ServiceContext,
  organisationId: string,
  input: TImportIndicators,
): Promise<ImportReport> {
  const request = ZImportIndicators.parse(input);
  const scope: IndicatorScope = request.scope;
  return ctx.db.transaction(async (tx) => {
    const { organisation } = await authorize(
      tx,
      ctx.actor,
      organisationId,
      scope === "network" ? "indicator.share" : "indicator.write",
    );
    const rows = parseFile(request.format, request.content);
    if (rows.length === 0) {
      throw new AppError("IMPORT_INVALID", { count: 1 }, [
        {
          path: "fichier / file",
          message: { fr: "Le fichier ne contient aucun indicateur.", en: "The file holds no indicator." },
        },
      ]);
    }
    const issues: FieldIssue[] = [];
    const valid: IndicatorContent[] = [];
    const seen = new Map<string, string>();
    for (const row of rows) {
      const result = ZIndicatorContent.safeParse(row.input);
      if (!result.success) {
        for (const issue of zodIssuesToFieldIssues(result.error.issues))
          issues.push({
            path: `ligne ${row.line} / row ${row.line} · ${issue.path}`,
            message: issue.message,
          });
        continue;
      }
      const content = result.data as IndicatorContent;
      const first = seen.get(content.code);
      if (first) {
        issues.push({
          path: `ligne ${row.line} / row ${row.line} · code`,
          message: {
            fr: `Le code « ${content.code} » apparaît déjà ligne ${first}.`,
            en: `The code “${content.code}” already appears on row ${first}.`,
          },
        });
        continue;
      }
      seen.set(content.code, row.line);
      try {
        await assertCodeFree(tx, { organisationId, path: organisation.path }, content.code, scope);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        issues.push({
          path: `ligne ${row.line} / row ${row.line} · code`,
          message: { fr: error.describe("fr"), en: error.describe("en") },
        });
        continue;
      }
      valid.push(content);
    }
    if (issues.length > 0) throw new AppError("IMPORT_INVALID", { count: issues.length }, issues);
    if (!request.dryRun) {
      const now = nowOf(ctx);
      for (const content of valid) {
        await insertIndicator(tx, {
          organisationId,
          scope,
          builtIn: false,
          content,
          userId: actorUserId(ctx.actor),
          now,
        });
      }
      await recordAuditEvent(tx, ctx.actor, {
        organisationId,
        action: "indicator.imported",
        targetType: "indicator",
        summary: { count: valid.length, scope, codes: valid.slice(0, 20).map((c) => c.code) },
      });
    }
    return {
      rows: rows.length,
      imported: request.dryRun ? 0 : valid.length,
      dryRun: request.dryRun,
      codes: valid.map((c) => c.code),
    };
  });
}
