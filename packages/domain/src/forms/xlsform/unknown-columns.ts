import { cellText } from "./columns.ts";
import { type IssueLog, short, t } from "./issues.ts";
import type { DataSheet, ResolvedColumn } from "./layout.ts";
import type { XlsformSheet } from "./types.ts";

/** One message per dropped column rather than per cell: a long form would otherwise drown the rest. */
export function reportDroppedColumns(
  sheetName: DataSheet,
  sheet: XlsformSheet | undefined,
  columns: readonly ResolvedColumn[],
  isDropped: (column: ResolvedColumn) => boolean,
  log: IssueLog,
): void {
  const rows = Array.isArray(sheet?.rows) ? sheet.rows : [];
  for (const column of columns) {
    if (!isDropped(column)) continue;
    const filled = rows.filter((row) => cellText(row?.cells, column.header) !== "");
    if (filled.length === 0) continue;
    const lines = filled
      .slice(0, 5)
      .map((row) => row.line)
      .join(", ");
    const more = filled.length > 5 ? "…" : "";
    log.loss(
      { sheet: sheetName, line: null, column: column.header },
      t(
        `la colonne « ${short(column.header)} » n'est pas reprise : Ricochet ne s'en sert pas. Elle est remplie sur ${filled.length} ligne(s) (${lines}${more}).`,
        `the “${short(column.header)}” column is not kept: Ricochet does not use it. It is filled on ${filled.length} row(s) (${lines}${more}).`,
      ),
    );
  }
}
