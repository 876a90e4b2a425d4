import type { Locale } from "@ricochet/domain";

/** "es" → « espagnol » / "Spanish"; the code itself when the browser does not know it. */
export function languageName(code: string, locale: Locale): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: "language" }).of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

/** Languages offered first when adding one; any other is added by its code. */
export const COMMON_LANGUAGES = ["fr", "en", "es", "ar", "pt", "de", "it", "tr", "ro", "uk", "ru", "zh"];
