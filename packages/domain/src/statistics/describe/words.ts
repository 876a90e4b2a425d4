import type { Bilingual } from "../../i18n/locale.ts";
import type { Magnitude } from "../magnitude.ts";
import { formatLevel, formatNumber, NBSP } from "./format.ts";

export function bi(fr: string, en: string): Bilingual {
  return { fr, en };
}

export function capitalise(text: Bilingual): Bilingual {
  const up = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return { fr: up(text.fr), en: up(text.en) };
}

/** « n = 120 » with no-break spaces, so that it never splits across lines. */
export function nEquals(n: number): Bilingual {
  const value = formatNumber(n, 0);
  return { fr: `n${NBSP}=${NBSP}${value.fr}`, en: `n${NBSP}=${NBSP}${value.en}` };
}

export function magnitudeWords(magnitude: Magnitude): Bilingual {
  switch (magnitude) {
    case "negligible":
      return bi("un effet négligeable", "a negligible effect");
    case "small":
      return bi("un effet de petite taille", "a small effect");
    case "medium":
      return bi("un effet de taille moyenne", "a medium-sized effect");
    case "large":
      return bi("un effet de grande taille", "a large effect");
  }
}

/** « IC à 95 % : de 0,12 à 0,78 » / "95% CI: 0.12 to 0.78". */
export function intervalWords(level: number, lower: Bilingual, upper: Bilingual): Bilingual {
  const l = formatLevel(level);
  return bi(`IC à ${l.fr} : de ${lower.fr} à ${upper.fr}`, `${l.en} CI: ${lower.en} to ${upper.en}`);
}
