import { useTranslation } from "react-i18next";
import { formatDay } from "../../../lib/days.ts";
import { formatNumber } from "../../../lib/format.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import type { AnswerTexts } from "./answerText.ts";

/** The app's words for answers without a choice list: yes/no, ticked, ranks, numbers, dates. */
export function useAnswerTexts(): AnswerTexts {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return {
    yes: t("common.yes"),
    no: t("common.no"),
    checked: t("answers.detail.checked"),
    unchecked: t("answers.detail.unchecked"),
    rank: (n) => t("answers.detail.rank", { n }),
    number: (n) => formatNumber(n, locale),
    date: (iso) => formatDay(iso, locale),
  };
}
