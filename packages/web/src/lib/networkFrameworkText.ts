import type { TFunction } from "i18next";
import type { AdoptionResult } from "../api/types.ts";

/** What an adoption or an update did, in one or two plain sentences for the notification. */
export function adoptionSummary(adoption: AdoptionResult["adoption"], t: TFunction): string {
  if (!adoption.changed) return t("networkFramework.alreadyCurrent", { version: adoption.toVersion });
  const parts: string[] = [];
  const { added, removed, keptAsLocal } = adoption;
  if (added.questions + added.criteria + added.indicators.length > 0)
    parts.push(
      t("networkFramework.summaryAdded", {
        questions: added.questions,
        criteria: added.criteria,
        indicators: added.indicators.length,
      }),
    );
  if (adoption.linked.length > 0)
    parts.push(t("networkFramework.summaryLinked", { codes: adoption.linked.join(", ") }));
  if (adoption.repinned.length > 0)
    parts.push(
      t("networkFramework.summaryRepinned", {
        codes: adoption.repinned.map((r) => `${r.code} (v${r.from} → v${r.to})`).join(", "),
      }),
    );
  if (removed.questions + removed.criteria + removed.indicators.length > 0)
    parts.push(
      t("networkFramework.summaryRemoved", {
        questions: removed.questions,
        criteria: removed.criteria,
        indicators: removed.indicators.length,
      }),
    );
  const kept = [...keptAsLocal.questions, ...keptAsLocal.criteria, ...keptAsLocal.indicators];
  if (kept.length > 0) parts.push(t("networkFramework.summaryKept", { items: kept.join(", ") }));
  return parts.join(" ");
}
