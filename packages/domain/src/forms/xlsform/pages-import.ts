import type { Page, Question } from "../questionnaire-model.ts";
import { appearanceTokens, appearanceWithout } from "./cell-values.ts";
import type { ImportContext } from "./import-context.ts";
import { short, t } from "./issues.ts";
import { importMatrix, isMatrixGroup } from "./matrix-import.ts";
import { pageName, pageTitle } from "./page-titles.ts";
import { importQuestion } from "./question-import.ts";
import { reportLeftovers } from "./row-fields.ts";
import type { GroupNode, SurveyNode } from "./survey-tree.ts";

/**
 * Top-level groups are pages; each run of questions between them becomes a page of its own
 * (`page_1`, `page_2`… by position), so that export, which groups every page, reads back alike.
 */
export function importPages(
  nodes: readonly SurveyNode[],
  ctx: ImportContext,
  takenNames: Set<string>,
): Page[] {
  const pages: Page[] = [];
  let run: Question[] = [];
  const closeRun = () => {
    if (run.length === 0) return;
    const position = pages.length + 1;
    const { languages, defaultLanguage } = ctx.layout;
    pages.push({
      name: pageName(position, takenNames),
      title: pageTitle(position, languages, defaultLanguage),
      questions: run,
    });
    run = [];
  };
  for (const node of nodes) {
    if (node.kind === "group" && !isMatrixGroup(node)) {
      closeRun();
      pages.push(importPage(node, ctx, pages.length + 1));
      continue;
    }
    const question = node.kind === "group" ? importMatrix(node, ctx, []) : importQuestion(node, ctx, []);
    if (question) run.push(question);
  }
  closeRun();
  return pages;
}

function importPage(node: GroupNode, ctx: ImportContext, position: number): Page {
  const { reader } = node;
  const { log, layout } = ctx;
  const name = reader.value("name");
  let title = reader.texts("label");
  if (Object.keys(title).length === 0) {
    title = pageTitle(position, layout.languages, layout.defaultLanguage);
    log.loss(
      reader.at("label"),
      t(
        `la page « ${short(name)} » n'a pas de titre : elle s'appellera « ${title[layout.defaultLanguage]} ».`,
        `the page “${short(name)}” has no title: it will be called “${title[layout.defaultLanguage]}”.`,
      ),
    );
  }
  const extra = appearanceWithout(appearanceTokens(reader.value("appearance")), "field-list");
  if (extra) {
    log.loss(
      reader.at("appearance"),
      t(
        `l'apparence « ${short(extra)} » de la page « ${short(name)} » n'est pas reprise : Ricochet affiche les questions d'une page ensemble.`,
        `the appearance “${short(extra)}” of the page “${short(name)}” is not kept: Ricochet shows the questions of a page together.`,
      ),
    );
  }
  if (node.repeat) {
    reader.consume("repeat_count");
    log.loss(
      reader.at("type"),
      t(
        `le bloc répété « ${short(name)} » devient une page simple : Ricochet ne répète pas de questions, elles seront posées une seule fois.`,
        `the repeat “${short(name)}” becomes a plain page: Ricochet does not repeat questions, they will be asked once.`,
      ),
    );
  }
  const page: Page = { name, title, questions: [] };
  const relevant = reader.value("relevant");
  if (relevant) page.relevant = relevant;
  collectQuestions(node.children, [], ctx, page);
  reportLeftovers(reader, log, name);
  return page;
}

/** Groups inside a page are flattened into it, except tables, which are Ricochet matrices. */
function collectQuestions(
  nodes: readonly SurveyNode[],
  conditions: readonly string[],
  ctx: ImportContext,
  page: Page,
): void {
  for (const node of nodes) {
    if (node.kind === "question") {
      const question = importQuestion(node, ctx, conditions);
      if (question) page.questions.push(question);
    } else if (isMatrixGroup(node)) {
      const question = importMatrix(node, ctx, conditions);
      if (question) page.questions.push(question);
    } else {
      flattenGroup(node, conditions, ctx, page);
    }
  }
}

function flattenGroup(node: GroupNode, conditions: readonly string[], ctx: ImportContext, page: Page): void {
  const { reader } = node;
  const name = reader.value("name");
  const label = reader.texts("label")[ctx.layout.defaultLanguage];
  const relevant = reader.value("relevant");
  const appearance = reader.value("appearance");
  if (appearance.toLowerCase() === "field-list") reader.consume("appearance");
  if (node.repeat) reader.consume("repeat_count");
  const kind = node.repeat
    ? { fr: "le bloc répété", en: "the repeat" }
    : { fr: "le groupe", en: "the group" };
  ctx.log.loss(
    reader.at("type"),
    t(
      `${kind.fr} « ${short(name)} » est fondu dans la page « ${short(page.name)} » : Ricochet n'a pas de sous-groupe${label ? `, son titre « ${short(label)} » n'est pas repris` : ""}${relevant ? ", sa condition d'affichage est ajoutée à chacune de ses questions" : ""}${node.repeat ? ", ses questions seront posées une seule fois" : ""}.`,
      `${kind.en} “${short(name)}” is merged into the page “${short(page.name)}”: Ricochet has no sub-groups${label ? `, its title “${short(label)}” is not kept` : ""}${relevant ? ", its display condition is added to each of its questions" : ""}${node.repeat ? ", its questions will be asked once" : ""}.`,
    ),
  );
  collectQuestions(node.children, relevant ? [...conditions, relevant] : conditions, ctx, page);
  reportLeftovers(reader, ctx.log, name);
}
