import { indicatorDefinitions } from "@ricochet/db";
import { INDICATOR_CSV_COLUMNS, INDICATOR_FILE_FORMAT, indicatorToCsvRow } from "@ricochet/domain";
import { and, asc, eq } from "drizzle-orm";
import Papa from "papaparse";
import { authorize } from "../authorize.ts";
import type { ServiceContext } from "../context.ts";
import { selectCurrentIndicators, toIndicatorView } from "./indicator-view.ts";
import { loadViewer, visibleTo } from "./indicator-visibility.ts";

export interface IndicatorExport {
  fileName: string;
  contentType: string;
  body: string;
  count: number;
}

/**
 * The library as a file: the organisation's own definitions, or everything it sees (`all`).
 * CSV is what French spreadsheets open directly (UTF-8 with BOM, « ; »); JSON round-trips exactly.
 */
export async function exportIndicators(
  ctx: ServiceContext,
  organisationId: string,
  options: { format: "csv" | "json"; all?: boolean },
): Promise<IndicatorExport> {
  const { organisation } = await authorize(ctx.db, ctx.actor, organisationId, "evaluation.read");
  const viewer = await loadViewer(ctx.db, organisationId);
  const rows = await selectCurrentIndicators(
    ctx.db,
    options.all ? visibleTo(viewer) : and(eq(indicatorDefinitions.organisationId, organisationId)),
  ).orderBy(asc(indicatorDefinitions.code));
  const contents = rows.map((row) => toIndicatorView(row, organisationId).content);
  const stem = `indicateurs-${organisation.slug}`;
  if (options.format === "json") {
    return {
      fileName: `${stem}.json`,
      contentType: "application/json; charset=utf-8",
      body: `${JSON.stringify({ format: INDICATOR_FILE_FORMAT, version: 1, indicators: contents }, null, 2)}\n`,
      count: contents.length,
    };
  }
  const csv = Papa.unparse(
    {
      fields: [...INDICATOR_CSV_COLUMNS],
      data: contents.map((c) => INDICATOR_CSV_COLUMNS.map((k) => indicatorToCsvRow(c)[k])),
    },
    { delimiter: ";", newline: "\r\n" },
  );
  return {
    fileName: `${stem}.csv`,
    contentType: "text/csv; charset=utf-8",
    body: `\uFEFF${csv}\r\n`,
    count: contents.length,
  };
}
