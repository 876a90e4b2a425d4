import type { Locale } from "@ricochet/domain";
import type { TFunction } from "i18next";
import type { Campaign } from "../../api/types.ts";
import { formatDate } from "../../lib/format.ts";

/** "du 1 mars au 30 juin 2026", "à partir du…", "jusqu'au…", or "no dates". */
export function campaignPeriod(
  c: Pick<Campaign, "opensOn" | "closesOn">,
  t: TFunction,
  locale: Locale,
): string {
  const from = formatDate(c.opensOn, locale);
  const to = formatDate(c.closesOn, locale);
  if (from && to) return t("campaign.period.between", { from, to });
  if (from) return t("campaign.period.from", { from });
  if (to) return t("campaign.period.until", { to });
  return t("campaign.period.none");
}

/** Whether the campaign takes answers today, and if not, why, in one sentence. */
export function campaignAcceptance(
  c: Pick<Campaign, "acceptingAnswers" | "closedReason" | "opensOn" | "closesOn">,
  t: TFunction,
  locale: Locale,
): { accepting: boolean; text: string } {
  if (c.acceptingAnswers) return { accepting: true, text: t("campaign.accepting") };
  const reason = c.closedReason ?? "draft";
  return {
    accepting: false,
    text: t(`campaign.notAccepting.${reason}`, {
      from: formatDate(c.opensOn, locale),
      to: formatDate(c.closesOn, locale),
    }),
  };
}
