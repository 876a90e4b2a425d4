import { type IssueLog, short, t } from "./issues.ts";
import type { RowReader } from "./row-reader.ts";
import { parseRowType, type RowType } from "./row-types.ts";

export interface GroupNode {
  kind: "group";
  repeat: boolean;
  reader: RowReader;
  children: SurveyNode[];
}

export interface QuestionNode {
  kind: "question";
  type: Exclude<RowType, { kind: "begin" | "end" | "invalid" }>;
  reader: RowReader;
}

export type SurveyNode = GroupNode | QuestionNode;

/** Nests the rows between begin_group and end_group; every imbalance is an error at its row. */
export function buildSurveyTree(readers: RowReader[], log: IssueLog): SurveyNode[] {
  const root: SurveyNode[] = [];
  const open: GroupNode[] = [];
  const place = (node: SurveyNode) => (open.at(-1)?.children ?? root).push(node);
  for (const reader of readers) {
    const cell = reader.value("type");
    if (!cell) {
      if (!reader.isBlank()) {
        log.loss(
          reader.at("type"),
          t(
            "cette ligne n'a pas de type : elle est ignorée. Donnez-lui un type si c'est une question.",
            "this row has no type: it is ignored. Give it a type if it is a question.",
          ),
        );
      }
      continue;
    }
    const type = parseRowType(cell);
    if (type.kind === "invalid") {
      log.error(reader.at("type"), type.message);
    } else if (type.kind === "begin") {
      const group: GroupNode = { kind: "group", repeat: type.repeat, reader, children: [] };
      place(group);
      open.push(group);
    } else if (type.kind === "end") {
      closeGroup(open, type.repeat, reader, log);
    } else {
      place({ kind: "question", type, reader });
    }
  }
  for (const group of open) {
    const begin = group.repeat ? "begin_repeat" : "begin_group";
    const end = group.repeat ? "end_repeat" : "end_group";
    const name = group.reader.value("name");
    log.error(
      group.reader.at("type"),
      t(
        `le ${group.repeat ? "bloc répété" : "groupe"} ${name ? `« ${short(name)} » ` : ""}ouvert ici par « ${begin} » n'est jamais fermé : ajoutez une ligne « ${end} » après sa dernière question.`,
        `the ${group.repeat ? "repeat" : "group"} ${name ? `“${short(name)}” ` : ""}opened here by “${begin}” is never closed: add an “${end}” row after its last question.`,
      ),
    );
  }
  return root;
}

function closeGroup(open: GroupNode[], repeat: boolean, reader: RowReader, log: IssueLog): void {
  // Nothing on an end row means anything; reading it keeps its cells out of the loss report.
  reader.consume(...reader.leftovers().map((left) => left.field));
  const end = repeat ? "end_repeat" : "end_group";
  const current = open.at(-1);
  if (!current) {
    log.error(
      reader.at("type"),
      t(
        `« ${end} » ferme un ${repeat ? "bloc répété" : "groupe"} qui n'a pas été ouvert : supprimez cette ligne ou ajoutez le « ${repeat ? "begin_repeat" : "begin_group"} » qui manque.`,
        `“${end}” closes a ${repeat ? "repeat" : "group"} that was never opened: delete this row or add the missing “${repeat ? "begin_repeat" : "begin_group"}”.`,
      ),
    );
    return;
  }
  if (current.repeat !== repeat) {
    const expected = current.repeat ? "end_repeat" : "end_group";
    log.error(
      reader.at("type"),
      t(
        `« ${end} » ne correspond pas à la ligne ${current.reader.line ?? "?"}, qui ouvre un ${current.repeat ? "bloc répété" : "groupe"} : écrivez « ${expected} ».`,
        `“${end}” does not match row ${current.reader.line ?? "?"}, which opens a ${current.repeat ? "repeat" : "group"}: write “${expected}”.`,
      ),
    );
  }
  open.pop();
}
