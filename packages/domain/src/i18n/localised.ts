import { z } from "zod";
import type { Bilingual, Locale } from "./locale.ts";

/** A text written in both product languages: French first, English second. */
export type Localised = Bilingual;

export const ZLocalised = z.object({
  fr: z.string().trim().min(1).max(4000),
  en: z.string().trim().min(1).max(4000),
});

export function pickLocalised(text: Localised, locale: Locale): string {
  return text[locale] || text.fr;
}
