import type { Bilingual, Locale } from "@ricochet/domain";
import { useTranslation } from "react-i18next";

/** The current language, and a picker for texts written in both languages. */
export function useLocale(): { locale: Locale; pick: (text: Bilingual) => string } {
  const { i18n } = useTranslation();
  const locale: Locale = i18n.language === "en" ? "en" : "fr";
  return { locale, pick: (text) => text[locale] };
}
