import { allQuestions, type QuestionnaireDefinition } from "@ricochet/domain";

// The paper answers template: the columns of the "codes" export that an import reads back (the
// export's own columns, such as the answer's id, its source or its calculations, are left out),
// each with what to write in it.

export type ColumnHint =
  | { kind: "code" }
  | { kind: "text" | "integer" | "decimal" | "date" | "yesNo" }
  | { kind: "rating"; min: number; max: number }
  | { kind: "choice"; values: string[] }
  | { kind: "ticked"; choice: string }
  | { kind: "rank"; n: number; values: string[] };

export interface TemplateColumn {
  name: string;
  /** The question's wording (and row or choice), to find it on the paper form. */
  question: string;
  hint: ColumnHint;
}

export function templateColumns(
  definition: QuestionnaireDefinition,
  withCode: boolean,
  text: (texts: Record<string, string> | undefined) => string,
): TemplateColumn[] {
  const columns: TemplateColumn[] = [];
  if (withCode) columns.push({ name: "respondent_code", question: "", hint: { kind: "code" } });
  for (const { question } of allQuestions(definition)) {
    const label = text(question.label) || question.name;
    const choices = definition.choiceLists.find((l) => l.name === question.choiceList)?.choices ?? [];
    const values = choices.map((c) => `${c.value} (${text(c.label)})`);
    const add = (name: string, hint: ColumnHint, detail = "") =>
      columns.push({ name, question: detail ? `${label} — ${detail}` : label, hint });
    switch (question.type) {
      case "note":
      case "calculate":
        break;
      case "multiple_choice":
        for (const c of choices)
          add(`${question.name}/${c.value}`, { kind: "ticked", choice: text(c.label) });
        break;
      case "ranking":
        choices.forEach((_c, i) => {
          add(`${question.name}/${i + 1}`, { kind: "rank", n: i + 1, values });
        });
        break;
      case "matrix":
        for (const item of question.items ?? [])
          add(item.name, { kind: "choice", values }, text(item.label) || item.name);
        break;
      case "single_choice":
      case "likert":
        add(question.name, { kind: "choice", values });
        break;
      case "yes_no":
      case "consent":
        add(question.name, { kind: "yesNo" });
        break;
      case "rating":
        add(question.name, { kind: "rating", min: question.scale?.min ?? 0, max: question.scale?.max ?? 10 });
        break;
      case "integer":
      case "decimal":
      case "date":
        add(question.name, { kind: question.type });
        break;
      default:
        add(question.name, { kind: "text" });
    }
  }
  return columns;
}

/** The template file: the header line only, separated by semicolons as French Excel reads it. */
export function templateCsv(columns: readonly TemplateColumn[]): string {
  return `\uFEFF${columns.map((c) => c.name).join(";")}\r\n`;
}
