import { readBoolean, readDate, readNumber } from "../datasets/cell-values.ts";
import type { Bilingual } from "../i18n/locale.ts";
import type { CompiledQuestionnaire } from "./compiled-questionnaire.ts";
import { type Answers, allQuestions } from "./questionnaire-model.ts";

// Paper answers typed into a spreadsheet, one row per questionnaire, with the columns of the
// "codes" export: question names, `name/choice` (1/0) for multiple choices, matrix row names,
// `name/1…` for rankings. French habits are accepted: decimal comma, dd/mm/yyyy, oui/non.

export interface RowProblem {
  column: string;
  message: Bilingual;
}

// The same cell readers as the dataset import: a paper sheet is a spreadsheet like any other.
function parseNumber(raw: string): number | null {
  const read = readNumber(raw, raw.includes(",") ? "," : ".");
  return read.ok ? read.value : null;
}

function parseDate(raw: string): string | null {
  for (const format of ["yyyy-mm-dd", "dd/mm/yyyy"] as const) {
    const read = readDate(raw, format);
    if (read.ok) return read.value;
  }
  return null;
}

/** The columns a paper-answers file may have for this questionnaire (besides the metadata ones). */
export function answerColumns(compiled: CompiledQuestionnaire): Set<string> {
  const { definition } = compiled;
  const columns = new Set<string>();
  for (const { question } of allQuestions(definition)) {
    if (question.type === "note" || question.type === "calculate") continue;
    const list = definition.choiceLists.find((l) => l.name === question.choiceList);
    if (question.type === "matrix") for (const item of question.items ?? []) columns.add(item.name);
    else if (question.type === "multiple_choice") {
      columns.add(question.name);
      for (const choice of list?.choices ?? []) columns.add(`${question.name}/${choice.value}`);
    } else if (question.type === "ranking") {
      columns.add(question.name);
      (list?.choices ?? []).forEach((_c, i) => {
        columns.add(`${question.name}/${i + 1}`);
      });
    } else columns.add(question.name);
  }
  return columns;
}

/** Reads one row into answers; each cell that cannot be read is a problem naming its column. */
export function answersFromRow(
  compiled: CompiledQuestionnaire,
  cells: Readonly<Record<string, string>>,
): { answers: Answers; problems: RowProblem[] } {
  const { definition } = compiled;
  const answers: Answers = {};
  const problems: RowProblem[] = [];
  const problem = (column: string, fr: string, en: string) => problems.push({ column, message: { fr, en } });
  const cell = (name: string) => (cells[name] ?? "").trim();
  for (const { question } of allQuestions(definition)) {
    const name = question.name;
    const raw = cell(name);
    switch (question.type) {
      case "note":
      case "calculate":
        break;
      case "integer":
      case "decimal":
      case "rating": {
        if (!raw) break;
        const n = parseNumber(raw);
        if (n === null) problem(name, `« ${raw} » n'est pas un nombre.`, `“${raw}” is not a number.`);
        else answers[name] = n;
        break;
      }
      case "date": {
        if (!raw) break;
        const date = parseDate(raw);
        if (!date)
          problem(
            name,
            `« ${raw} » n'est pas une date (JJ/MM/AAAA).`,
            `“${raw}” is not a date (DD/MM/YYYY).`,
          );
        else answers[name] = date;
        break;
      }
      case "yes_no":
      case "consent": {
        if (!raw) break;
        const read = readBoolean(raw);
        if (!read.ok) problem(name, read.message.fr, read.message.en);
        else answers[name] = question.type === "consent" ? read.value : read.value ? "yes" : "no";
        break;
      }
      case "multiple_choice": {
        const list = definition.choiceLists.find((l) => l.name === question.choiceList);
        const ticked = (list?.choices ?? []).filter((c) => {
          // A ticked box is anything but empty or a "no" (x, 1, oui…).
          const v = cell(`${name}/${c.value}`);
          const read = readBoolean(v);
          return v !== "" && !(read.ok && !read.value);
        });
        const listed = raw ? raw.split(/[\s,;]+/).filter(Boolean) : [];
        const values = [...new Set([...listed, ...ticked.map((c) => c.value)])];
        if (values.length > 0) answers[name] = values;
        break;
      }
      case "ranking": {
        const list = definition.choiceLists.find((l) => l.name === question.choiceList);
        const cells = (list?.choices ?? []).map((_c, i) => cell(`${name}/${i + 1}`));
        const last = cells.map(Boolean).lastIndexOf(true);
        const gap = cells.slice(0, last).findIndex((v) => !v);
        if (gap >= 0)
          problem(
            `${name}/${gap + 1}`,
            `le rang ${gap + 1} est vide alors que des rangs suivants sont remplis.`,
            `rank ${gap + 1} is empty while later ranks are filled.`,
          );
        const ranked = cells.filter(Boolean);
        const values = ranked.length > 0 ? ranked : raw ? raw.split(/[\s,;]+/).filter(Boolean) : [];
        if (values.length > 0) answers[name] = values;
        break;
      }
      case "matrix": {
        const row: Record<string, string> = {};
        for (const item of question.items ?? []) {
          const v = cell(item.name);
          if (v) row[item.name] = v;
        }
        if (Object.keys(row).length > 0) answers[name] = row;
        break;
      }
      default:
        if (raw) answers[name] = raw;
    }
  }
  return { answers, problems };
}
