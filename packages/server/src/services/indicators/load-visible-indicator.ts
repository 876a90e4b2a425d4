import type { Db } from "@ricochet/db";
import { indicatorDefinitions } from "@ricochet/db";
import { AppError } from "@ricochet/domain";
import { and, eq } from "drizzle-orm";
import { type IndicatorView, selectCurrentIndicators, toIndicatorView } from "./indicator-view.ts";
import { loadViewer, visibleTo } from "./indicator-visibility.ts";

/** One definition the organisation sees, or 404 (a private one of another tenant does not exist). */
export async function loadVisibleIndicator(
  db: Db,
  organisationId: string,
  indicatorId: string,
): Promise<IndicatorView> {
  const viewer = await loadViewer(db, organisationId);
  const [row] = await selectCurrentIndicators(
    db,
    and(eq(indicatorDefinitions.id, indicatorId), visibleTo(viewer)),
  );
  if (!row) throw new AppError("INDICATOR_NOT_FOUND");
  return toIndicatorView(row, organisationId);
}

/** One definition the organisation owns and may change; others' are read-only. */
export async function loadEditableIndicator(
  db: Db,
  organisationId: string,
  indicatorId: string,
): Promise<IndicatorView> {
  const indicator = await loadVisibleIndicator(db, organisationId, indicatorId);
  if (!indicator.editable) {
    throw new AppError("INDICATOR_READ_ONLY", {
      code: indicator.code,
      owner: indicator.ownerName ?? "Ricochet",
    });
  }
  return indicator;
}
