import type { Choice, ChoiceList } from "../questionnaire-model.ts";
import { cellText, UNKNOWN_FIELD } from "./columns.ts";
import { type IssueLog, short, t } from "./issues.ts";
import type { Layout } from "./layout.ts";
import { isValidName, NAME_RULE } from "./names.ts";
import { filled, readImage } from "./row-fields.ts";
import { RowReader } from "./row-reader.ts";
import type { XlsformWorkbook } from "./types.ts";
import { reportDroppedColumns } from "./unknown-columns.ts";

/** Values are stored and compared in expressions (`selected(${q}, 'x')`): no spaces, no quotes. */
const CHOICE_VALUE = /^[^\s'"]{1,64}$/;

const SOUND_AND_BIG_IMAGE = new Set(["audio", "video", "big-image"]);

/** The choices sheet as lists, in the order they first appear; a list's rows need not be adjacent. */
export function importChoiceLists(
  workbook: XlsformWorkbook,
  layout: Layout,
  log: IssueLog,
): Map<string, ChoiceList> {
  const lists = new Map<string, ChoiceList>();
  const sheet = workbook.choices;
  const columns = layout.columns.choices;
  const readers = (Array.isArray(sheet?.rows) ? sheet.rows : [])
    .map((row) => new RowReader("choices", row, columns, layout, log))
    .filter((reader) => !reader.isBlank());
  if (readers.length === 0) return lists;
  const has = (field: string) => columns.some((column) => column.field === field);
  const missing = [
    has("list_name") ? null : "list_name",
    has("name") ? null : "name",
    has("label") ? null : "label",
  ].filter((field) => field !== null);
  for (const field of missing) {
    log.error(
      { sheet: "choices", line: null, column: field },
      t(
        `la colonne « ${field} » manque. La feuille « choices » a besoin des colonnes list_name (la liste), name (la valeur enregistrée) et label (le texte affiché).`,
        `the “${field}” column is missing. The “choices” sheet needs the list_name (the list), name (the stored value) and label (the shown text) columns.`,
      ),
    );
  }
  if (missing.length > 0) return lists;

  reportDroppedColumns("choices", sheet, columns, (column) => SOUND_AND_BIG_IMAGE.has(column.field), log);
  const filterColumns = columns.filter((column) => column.field === UNKNOWN_FIELD);
  const badListNames = new Set<string>();
  for (const reader of readers) {
    reader.consume(...SOUND_AND_BIG_IMAGE);
    const listName = reader.value("list_name");
    if (!listName) {
      log.loss(
        reader.at("list_name"),
        t(
          "ce choix n'appartient à aucune liste (colonne « list_name » vide) : il est ignoré.",
          "this choice belongs to no list (empty “list_name” column): it is ignored.",
        ),
      );
      continue;
    }
    if (!isValidName(listName) && !badListNames.has(listName)) {
      badListNames.add(listName);
      log.error(
        reader.at("list_name"),
        t(
          `le nom de liste « ${short(listName)} » n'est pas valide : ${NAME_RULE.fr}.`,
          `the list name “${short(listName)}” is not valid: ${NAME_RULE.en}.`,
        ),
      );
    }
    const list = lists.get(listName) ?? { name: listName, choices: [] };
    lists.set(listName, list);
    const choice = readChoice(reader, list, layout, log);
    if (!choice) continue;
    const filters = filterColumns.flatMap((column) => {
      const value = cellText(reader.row?.cells, column.header);
      return value ? [[column.header, value] as const] : [];
    });
    // fromEntries, not assignment: a column called `__proto__` must stay a column.
    if (filters.length > 0) choice.filters = Object.fromEntries(filters);
    list.choices.push(choice);
  }
  return lists;
}

function readChoice(reader: RowReader, list: ChoiceList, layout: Layout, log: IssueLog): Choice | null {
  const value = reader.value("name");
  if (!value) {
    log.error(
      reader.at("name"),
      t(
        `ce choix de la liste « ${short(list.name)} » n'a pas de valeur : remplissez la colonne « name » (ce qui est enregistré, par exemple « oui » ou « 1 »).`,
        `this choice of the “${short(list.name)}” list has no value: fill in the “name” column (what is stored, for example “yes” or “1”).`,
      ),
    );
    return null;
  }
  if (!CHOICE_VALUE.test(value)) {
    log.error(
      reader.at("name"),
      t(
        `la valeur « ${short(value)} » de la liste « ${short(list.name)} » n'est pas valide : 64 caractères au plus, sans espace ni guillemet (par exemple « oui », « 1 » ou « tres_satisfait »).`,
        `the value “${short(value)}” of the “${short(list.name)}” list is not valid: 64 characters at most, no space or quote (for example “yes”, “1” or “very_satisfied”).`,
      ),
    );
    return null;
  }
  if (list.choices.some((choice) => choice.value === value)) {
    log.error(
      reader.at("name"),
      t(
        `la valeur « ${short(value)} » apparaît deux fois dans la liste « ${short(list.name)} » : chaque choix d'une liste doit avoir une valeur différente.`,
        `the value “${short(value)}” appears twice in the “${short(list.name)}” list: every choice of a list needs a different value.`,
      ),
    );
    return null;
  }
  const label = reader.texts("label");
  if (Object.keys(label).length === 0) {
    log.error(
      reader.at("label"),
      t(
        `le choix « ${short(value)} » de la liste « ${short(list.name)} » n'a pas de libellé : écrivez le texte à afficher dans la colonne « label ».`,
        `the choice “${short(value)}” of the “${short(list.name)}” list has no label: write the text to show in the “label” column.`,
      ),
    );
  }
  const choice: Choice = { value, label };
  const easyRead = filled(reader.texts("easy_read"));
  if (easyRead) choice.easyRead = easyRead;
  const image = readImage(reader, log, layout.defaultLanguage);
  if (image) choice.image = image;
  return choice;
}
