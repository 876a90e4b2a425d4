import type { Texts } from "../questionnaire-model.ts";
import { cellText } from "./columns.ts";
import { fieldName } from "./field-names.ts";
import { type IssueLog, short, t } from "./issues.ts";
import type { DataSheet, Layout, ResolvedColumn } from "./layout.ts";
import type { XlsformRow } from "./types.ts";

export interface Leftover {
  field: string;
  header: string;
  value: string;
}

/**
 * Reads one row by field rather than by header, and remembers what was read: whatever is left
 * unread at the end is something Ricochet drops, which must be reported, not lost.
 */
export class RowReader {
  private readonly consumed = new Set<string>();

  constructor(
    readonly sheet: DataSheet,
    readonly row: XlsformRow,
    private readonly columns: ResolvedColumn[],
    private readonly layout: Layout,
    private readonly log: IssueLog,
  ) {}

  get line(): number | null {
    return typeof this.row?.line === "number" ? this.row.line : null;
  }

  /** Where a message about `field` points: its first column, else the column to add. */
  at(field?: string): { sheet: DataSheet; line: number | null; column: string | null } {
    return { sheet: this.sheet, line: this.line, column: field ? (this.header(field) ?? field) : null };
  }

  header(field: string): string | null {
    return this.columns.find((column) => column.field === field)?.header ?? null;
  }

  isBlank(): boolean {
    return this.columns.every((column) => cellText(this.row?.cells, column.header) === "");
  }

  /** The first filled cell of the field, whatever its language. */
  value(field: string): string {
    this.consumed.add(field);
    for (const column of this.columns) {
      if (column.field !== field) continue;
      const text = cellText(this.row?.cells, column.header);
      if (text) return text;
    }
    return "";
  }

  consume(...fields: string[]): void {
    for (const field of fields) this.consumed.add(field);
  }

  /** The field in every language; the default language borrowed from another one when missing. */
  texts(field: string): Texts {
    this.consumed.add(field);
    const found = new Map<string, string>();
    for (const column of this.columns) {
      if (column.field !== field || column.language === null) continue;
      const text = cellText(this.row?.cells, column.header);
      if (!text) continue;
      const earlier = found.get(column.language);
      if (earlier === undefined) found.set(column.language, text);
      else if (earlier !== text) this.reportConflict(field, column);
    }
    const { defaultLanguage, languages } = this.layout;
    if (found.size > 0 && !found.has(defaultLanguage)) {
      const donor =
        languages.find((language) => found.has(language)) ?? [...found.keys()][0] ?? defaultLanguage;
      found.set(defaultLanguage, found.get(donor) ?? "");
      const what = fieldName(field);
      this.log.loss(
        this.at(field),
        t(
          `${what.fr} manque dans la langue principale (${defaultLanguage}) : le texte en « ${donor} » est repris à sa place. Traduisez-le ensuite.`,
          `${what.en} is missing in the main language (${defaultLanguage}): the “${donor}” text is used instead. Translate it afterwards.`,
        ),
      );
    }
    const ordered = [...languages, ...found.keys()].filter((language, i, all) => all.indexOf(language) === i);
    return Object.fromEntries(
      ordered.flatMap((language) => {
        const text = found.get(language);
        return text === undefined ? [] : [[language, text]];
      }),
    );
  }

  /** Filled cells of known fields that nothing read. */
  leftovers(): Leftover[] {
    const left: Leftover[] = [];
    for (const column of this.columns) {
      if (column.field === "" || this.consumed.has(column.field)) continue;
      const value = cellText(this.row?.cells, column.header);
      if (value) left.push({ field: column.field, header: column.header, value });
    }
    return left;
  }

  private reportConflict(field: string, column: ResolvedColumn): void {
    const what = fieldName(field);
    this.log.loss(
      { sheet: this.sheet, line: this.line, column: column.header },
      t(
        `deux colonnes donnent ${what.fr} en « ${column.language} » avec des textes différents : seul le premier est repris, pas celui de la colonne « ${short(column.header)} ».`,
        `two columns give ${what.en} in “${column.language}” with different texts: only the first is kept, not the one of the “${short(column.header)}” column.`,
      ),
    );
  }
}
