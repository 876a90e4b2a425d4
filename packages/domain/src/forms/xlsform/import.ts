import type { ChoiceList, Page, QuestionnaireDefinition } from "../questionnaire-model.ts";
import { importChoiceLists } from "./choices-import.ts";
import { UNKNOWN_FIELD } from "./columns.ts";
import type { ImportContext } from "./import-context.ts";
import { IssueLog, short, t } from "./issues.ts";
import { buildLayout, type Layout } from "./layout.ts";
import { checkNames } from "./names.ts";
import { importPages } from "./pages-import.ts";
import { RowReader } from "./row-reader.ts";
import { importSettings } from "./settings-import.ts";
import { buildSurveyTree } from "./survey-tree.ts";
import type { XlsformImportResult, XlsformWorkbook } from "./types.ts";
import { reportDroppedColumns } from "./unknown-columns.ts";
import { isYesNoList, yesNoList } from "./yes-no.ts";

const REQUIRED_SURVEY_COLUMNS = [
  {
    field: "type",
    fr: "le type de chaque ligne (text, integer, select_one…)",
    en: "the type of each row (text, integer, select_one…)",
  },
  { field: "name", fr: "le nom court de chaque question", en: "the short name of each question" },
  { field: "label", fr: "le texte des questions", en: "the text of the questions" },
];

/**
 * Reads an XLSForm into a Ricochet questionnaire. Every error of the file is listed at once;
 * what Ricochet cannot hold is dropped or adapted and listed in `unmapped`, never silently.
 */
export function xlsformToQuestionnaire(workbook: XlsformWorkbook): XlsformImportResult {
  const log = new IssueLog();
  const survey = workbook?.survey;
  if (!survey) {
    log.error(
      { sheet: "workbook", line: null },
      t(
        "Le fichier n'a pas de feuille « survey » : c'est la feuille qui liste les questions d'un XLSForm. Vérifiez le nom des onglets.",
        "The file has no “survey” sheet: it is the sheet that lists the questions of an XLSForm. Check the tab names.",
      ),
    );
    return { ok: false, errors: log.errors };
  }
  const layout = buildLayout(workbook, log);
  const columns = layout.columns.survey;
  const missing = REQUIRED_SURVEY_COLUMNS.filter(
    ({ field }) => !columns.some((column) => column.field === field),
  );
  for (const { field, fr, en } of missing) {
    log.error(
      { sheet: "survey", line: null, column: field },
      t(
        `la colonne « ${field} » manque : elle donne ${fr}.`,
        `the “${field}” column is missing: it gives ${en}.`,
      ),
    );
  }
  const lists = importChoiceLists(workbook, layout, log);
  const settings = importSettings(workbook, layout, log);
  if (missing.some(({ field }) => field !== "label")) return { ok: false, errors: log.errors };

  reportDroppedColumns("survey", survey, columns, (column) => column.field === UNKNOWN_FIELD, log);
  const readers = (Array.isArray(survey.rows) ? survey.rows : []).map(
    (row) => new RowReader("survey", row, columns, layout, log),
  );
  const nodes = buildSurveyTree(readers, log);
  const takenNames = checkNames(nodes, log);
  const ctx: ImportContext = {
    log,
    layout,
    lists,
    yesNoLists: new Set([...lists.values()].filter(isYesNoList).map((list) => list.name)),
    hasChoicesSheet: workbook.choices !== undefined,
    hasLabelColumn: !missing.some(({ field }) => field === "label"),
    usedByYesNo: new Set(),
  };
  const pages = importPages(nodes, ctx, takenNames);
  const choiceLists = keptChoiceLists(lists, pages, ctx);
  if (pages.length === 0 && log.errors.length === 0) {
    log.error(
      { sheet: "survey", line: null },
      t(
        "la feuille ne contient aucune question que Ricochet puisse reprendre : ajoutez au moins une question.",
        "the sheet holds no question Ricochet can use: add at least one question.",
      ),
    );
  }
  if (log.errors.length > 0) return { ok: false, errors: log.errors };

  const definition: QuestionnaireDefinition = {
    defaultLanguage: layout.defaultLanguage,
    languages: layout.languages,
    title: settings.title,
    choiceLists,
    pages,
  };
  if (settings.description) definition.description = settings.description;
  return { ok: true, definition, unmapped: log.unmapped };
}

/**
 * A yes/no list that no choice question uses is what Ricochet's yes_no type already means, so
 * it is not kept as a list; export writes it back for the yes_no questions.
 */
function keptChoiceLists(
  lists: ReadonlyMap<string, ChoiceList>,
  pages: readonly Page[],
  ctx: ImportContext,
): ChoiceList[] {
  const used = new Set(
    pages.flatMap((page) => page.questions.flatMap((question) => question.choiceList ?? [])),
  );
  const kept: ChoiceList[] = [];
  for (const list of lists.values()) {
    if (!isYesNoList(list) || used.has(list.name)) {
      kept.push(list);
      continue;
    }
    if (ctx.usedByYesNo.has(list.name) && sameAsGenerated(list, ctx.layout)) continue;
    ctx.log.loss(
      { sheet: "choices", line: null, column: "list_name" },
      ctx.usedByYesNo.has(list.name)
        ? t(
            `la liste « ${short(list.name)} » (yes/no) est remplacée par la question Oui/Non de Ricochet : ses libellés, images et filtres propres ne sont pas repris.`,
            `the “${short(list.name)}” list (yes/no) is replaced by Ricochet's Yes/No question: its own labels, images and filters are not kept.`,
          )
        : t(
            `la liste « ${short(list.name)} » (yes/no) n'est utilisée par aucune question : elle n'est pas reprise.`,
            `the “${short(list.name)}” list (yes/no) is used by no question: it is not kept.`,
          ),
    );
  }
  return kept;
}

/** The list export writes: dropping it loses nothing. */
function sameAsGenerated(list: ChoiceList, layout: Layout): boolean {
  const generated = yesNoList(list.name, layout.languages, layout.defaultLanguage);
  if (list.choices.length !== generated.choices.length) return false;
  return list.choices.every((choice, i) => {
    const other = generated.choices[i];
    if (!other || choice.value !== other.value || choice.easyRead || choice.image || choice.filters)
      return false;
    const keys = new Set([...Object.keys(choice.label), ...Object.keys(other.label)]);
    return [...keys].every((key) => choice.label[key] === other.label[key]);
  });
}
