import type { Texts } from "../questionnaire-model.ts";
import { languageLabel } from "./languages.ts";
import type { XlsformSheet } from "./types.ts";

export type Cell = readonly [header: string, value: string | undefined];

/** `label::Français (fr)`: the spelling pyxform and ODK tools expect for a translated column. */
export function languageHeader(field: string, language: string): string {
  return `${field}::${languageLabel(language)}`;
}

/** One cell per language of the questionnaire, empty where a text is untranslated. */
export function textCells(field: string, texts: Texts | undefined, languages: readonly string[]): Cell[] {
  return languages.map((language) => [languageHeader(field, language), texts?.[language]] as const);
}

export function languageHeaders(field: string, languages: readonly string[]): string[] {
  return languages.map((language) => languageHeader(field, language));
}

/**
 * Collects rows, then writes only the column groups some row uses (plus those always wanted),
 * so that the sheet stays readable; a group is all languages of one field, kept together.
 */
export class SheetBuilder {
  private readonly rows: Array<Array<readonly [string, string]>> = [];
  private readonly used: string[] = [];

  constructor(
    private readonly groups: ReadonlyArray<readonly string[]>,
    private readonly always: ReadonlySet<string>,
  ) {}

  add(cells: readonly Cell[]): void {
    const kept = cells.filter(
      (cell): cell is readonly [string, string] => typeof cell[1] === "string" && cell[1] !== "",
    );
    for (const [header] of kept) if (!this.used.includes(header)) this.used.push(header);
    this.rows.push(kept);
  }

  build(): XlsformSheet {
    const grouped = this.groups.filter((group) =>
      group.some((header) => this.always.has(header) || this.used.includes(header)),
    );
    const known = new Set(this.groups.flat());
    const columns = [...grouped.flat(), ...this.used.filter((header) => !known.has(header))];
    return {
      columns,
      // Line 1 is the header row, as written by the workbook writer.
      rows: this.rows.map((cells, index) => ({ line: index + 2, cells: Object.fromEntries(cells) })),
    };
  }
}
