import { type DateFormat, type DecimalSeparator, readBoolean, readDate, readNumber } from "./cell-values.ts";

// What kind of data each column of an imported file holds, guessed from its values: the user
// sees the guess and corrects it before importing.

export const COLUMN_TYPES = [
  "integer",
  "number",
  "date",
  "boolean",
  "category",
  "text",
  "identifier",
] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

export interface ColumnProfile {
  name: string;
  type: ColumnType;
  decimalSeparator: DecimalSeparator | null;
  dateFormat: DateFormat | null;
  /** Non-empty values, distinct values among them, empty cells. */
  filled: number;
  distinct: number;
  empty: number;
  /** A few values, to show in the preview. */
  examples: string[];
  /** The name or the values suggest a person (name, e-mail, phone…): pseudonymise on import. */
  looksPersonal: boolean;
}

const DATE_FORMATS: DateFormat[] = ["dd/mm/yyyy", "yyyy-mm-dd", "dd-mm-yyyy"];
const PERSONAL_NAMES =
  /(^|[^a-z])(nom|prenom|name|surname|e-?mail|courriel|mail|tel|telephone|phone|mobile|adresse|address|nir|secu|securite sociale|iban|date de naissance|naissance|birth)([^a-z]|$)/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
const PHONE = /^(\+33|0)[1-9]([ .-]?\d{2}){4}$/;

const share = (values: string[], test: (v: string) => boolean) =>
  values.length === 0 ? 0 : values.filter(test).length / values.length;

function normalisedName(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[_.]/g, " ");
}

/**
 * The decimal separator of a file's numbers: a comma when values like "12,5" appear and "12.5"
 * do not — what French spreadsheets write.
 */
export function detectDecimalSeparator(columns: string[][]): DecimalSeparator {
  let comma = 0;
  let point = 0;
  for (const values of columns)
    for (const value of values) {
      if (/^-?\d+,\d+$/.test(value.trim())) comma += 1;
      else if (/^-?\d+\.\d+$/.test(value.trim())) point += 1;
    }
  return comma >= point && comma > 0 ? "," : comma === 0 && point === 0 ? "," : ".";
}

/** A column's type, from its name and values (empty cells ignored). */
export function profileColumn(name: string, raw: string[], separator: DecimalSeparator): ColumnProfile {
  const values = raw.map((v) => v.trim()).filter((v) => v !== "");
  const distinct = new Set(values).size;
  const base = {
    name,
    filled: values.length,
    distinct,
    empty: raw.length - values.length,
    examples: [...new Set(values)].slice(0, 5),
    looksPersonal:
      PERSONAL_NAMES.test(normalisedName(name)) ||
      share(values, (v) => EMAIL.test(v)) > 0.5 ||
      share(values, (v) => PHONE.test(v)) > 0.5,
  };
  const is = (test: (v: string) => boolean) => values.length > 0 && share(values, test) >= 0.98;
  if (values.length === 0) return { ...base, type: "text", decimalSeparator: null, dateFormat: null };
  if (is((v) => readBoolean(v).ok) && distinct <= 2 && !is((v) => /^\d+$/.test(v) && v !== "0" && v !== "1"))
    return { ...base, type: "boolean", decimalSeparator: null, dateFormat: null };
  for (const format of DATE_FORMATS)
    if (is((v) => readDate(v, format).ok))
      return { ...base, type: "date", decimalSeparator: null, dateFormat: format };
  if (is((v) => readNumber(v, separator).ok)) {
    const integers = is((v) => /^[-+]?\d[\d\s\u00a0\u202f]*$/.test(v));
    // Unique whole numbers with many digits (file numbers, postcodes, SIRET) identify, not count.
    if (
      integers &&
      distinct === values.length &&
      values.length >= 10 &&
      values.every((v) => v.replace(/\D/g, "").length >= 5)
    )
      return { ...base, type: "identifier", decimalSeparator: null, dateFormat: null };
    return {
      ...base,
      type: integers ? "integer" : "number",
      decimalSeparator: integers ? null : separator,
      dateFormat: null,
    };
  }
  // Unique short codes without spaces identify a row (a file number, a member id); unique
  // sentences are free text.
  if (distinct === values.length && values.length >= 10 && is((v) => v.length <= 40 && !/\s/.test(v)))
    return { ...base, type: "identifier", decimalSeparator: null, dateFormat: null };
  if (distinct <= Math.max(12, Math.sqrt(values.length)) && distinct < values.length)
    return { ...base, type: "category", decimalSeparator: null, dateFormat: null };
  return { ...base, type: "text", decimalSeparator: null, dateFormat: null };
}

/** Every column of a table (header + rows of cells), with the file's decimal separator. */
export function profileTable(
  header: string[],
  rows: string[][],
): { decimalSeparator: DecimalSeparator; columns: ColumnProfile[] } {
  const columns = header.map((_, i) => rows.map((row) => row[i] ?? ""));
  const decimalSeparator = detectDecimalSeparator(columns);
  return {
    decimalSeparator,
    columns: header.map((name, i) => profileColumn(name, columns[i] ?? [], decimalSeparator)),
  };
}
