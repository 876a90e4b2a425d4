import type { Bilingual } from "../../i18n/locale.ts";

/** Character offsets in the source, `end` exclusive. */
export interface SourceSpan {
  start: number;
  end: number;
}

export interface ExpressionError {
  message: Bilingual;
  span: SourceSpan;
}

export const expressionError = (fr: string, en: string, start: number, end: number): ExpressionError => ({
  message: { fr, en },
  span: { start, end },
});
