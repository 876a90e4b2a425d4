import type { Bilingual } from "../../i18n/locale.ts";
import type { XlsformIssue, XlsformSheetName } from "./types.ts";

export interface IssueLocation {
  sheet: XlsformSheetName;
  line: number | null;
  column?: string | null;
}

/** A bilingual text; the two languages are written side by side so that neither drifts. */
export function t(fr: string, en: string): Bilingual {
  return { fr, en };
}

/** A value from the file, shortened so that a runaway cell cannot flood a message. */
export function short(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}…` : value;
}

// The location is repeated inside the message so that it still reads well when shown alone.
function locate(where: IssueLocation, message: Bilingual): Bilingual {
  if (where.sheet === "workbook") return message;
  if (where.line === null) {
    return t(`Feuille « ${where.sheet} » : ${message.fr}`, `Sheet “${where.sheet}”: ${message.en}`);
  }
  return t(
    `Feuille « ${where.sheet} », ligne ${where.line} : ${message.fr}`,
    `Sheet “${where.sheet}”, row ${where.line}: ${message.en}`,
  );
}

/** Collects every error and every loss, so that the user can fix the whole file in one go. */
export class IssueLog {
  readonly errors: XlsformIssue[] = [];
  readonly unmapped: XlsformIssue[] = [];

  error(where: IssueLocation, message: Bilingual): void {
    this.errors.push(this.issue(where, message));
  }

  /** Something of the file that Ricochet cannot hold: dropped or changed, never silently. */
  loss(where: IssueLocation, message: Bilingual): void {
    this.unmapped.push(this.issue(where, message));
  }

  private issue(where: IssueLocation, message: Bilingual): XlsformIssue {
    return {
      sheet: where.sheet,
      line: where.line,
      column: where.column ?? null,
      message: locate(where, message),
    };
  }
}
