import type { Texts } from "../questionnaire-model.ts";
import { parseFlag, parseParameters } from "./cell-values.ts";
import { type IssueLog, short, t } from "./issues.ts";
import type { RowReader } from "./row-reader.ts";

/** Texts worth storing: an empty record means the file said nothing. */
export function filled(texts: Texts): Texts | undefined {
  return Object.keys(texts).length > 0 ? texts : undefined;
}

/**
 * What Ricochet can show: an embedded picture or one of its assets, as its own export writes.
 * Other tools write a file name whose picture travels beside the spreadsheet, never inside it.
 */
const IMAGE_REFERENCE = /^(data:image\/[a-z0-9.+-]+;base64,|asset:)/i;

/** Ricochet keeps one image per question or choice: the default language's. */
export function readImage(reader: RowReader, log: IssueLog, defaultLanguage: string): string | undefined {
  const images = reader.texts("image");
  const image = images[defaultLanguage];
  const others = Object.entries(images).filter(
    ([language, other]) => language !== defaultLanguage && other !== image,
  );
  if (others.length > 0) {
    log.loss(
      reader.at("image"),
      t(
        `Ricochet garde une seule image, celle de la langue principale (${defaultLanguage}) : les images propres aux langues ${others.map(([language]) => language).join(", ")} ne sont pas reprises.`,
        `Ricochet keeps a single image, the main language's (${defaultLanguage}): the images specific to ${others.map(([language]) => language).join(", ")} are not kept.`,
      ),
    );
  }
  if (!image) return undefined;
  if (IMAGE_REFERENCE.test(image)) return image;
  log.loss(
    reader.at("image"),
    t(
      `l'image « ${short(image)} » n'est pas reprise : le fichier XLSForm ne contient que son nom, pas l'image elle-même. Ajoutez-la ensuite dans Ricochet.`,
      `the image “${short(image)}” is not kept: the XLSForm file holds only its name, not the picture itself. Add it in Ricochet afterwards.`,
    ),
  );
  return undefined;
}

/**
 * A flattened group's condition moves onto each of its questions, so that they are still
 * skipped when the group would have been; conditions are joined as text, never parsed.
 */
export function joinConditions(conditions: readonly string[], own: string): string | undefined {
  const all = own ? [...conditions, own] : [...conditions];
  if (all.length === 0) return undefined;
  if (all.length === 1) return all[0];
  return all.map((condition) => `(${condition})`).join(" and ");
}

/** The parameters this row may use; every other one is reported. */
export function readParameters(
  reader: RowReader,
  log: IssueLog,
  subject: string,
  allowed: readonly string[],
): Map<string, string> {
  const { entries, invalid } = parseParameters(reader.value("parameters"));
  const kept = new Map<string, string>();
  const dropped = [...invalid];
  for (const [key, value] of entries) {
    if (allowed.includes(key)) kept.set(key, value);
    else dropped.push(`${key}=${value}`);
  }
  if (dropped.length > 0) {
    log.loss(
      reader.at("parameters"),
      t(
        `les paramètres « ${short(dropped.join(" "))} » de « ${subject} » ne sont pas repris : Ricochet ne les gère pas pour ce type de question.`,
        `the parameters “${short(dropped.join(" "))}” of “${subject}” are not kept: Ricochet does not handle them for this type of question.`,
      ),
    );
  }
  return kept;
}

/** `randomize=true`; any other value keeps the written order. */
export function isRandomized(parameters: Map<string, string>): boolean {
  return parameters.get("randomize")?.toLowerCase() === "true";
}

/** What the file says on this row that nothing read: one message each, saying what is lost. */
export function reportLeftovers(reader: RowReader, log: IssueLog, subject: string): void {
  for (const { field, header, value } of reader.leftovers()) {
    const where = { sheet: reader.sheet, line: reader.line, column: header };
    if ((field === "required" || field === "read_only") && parseFlag(value) === false) continue;
    if (field === "default") {
      log.loss(
        where,
        t(
          `la valeur par défaut « ${short(value)} » de « ${subject} » n'est pas reprise : Ricochet ne pré-remplit pas les réponses.`,
          `the default value “${short(value)}” of “${subject}” is not kept: Ricochet does not prefill answers.`,
        ),
      );
    } else if (field === "read_only") {
      log.loss(
        where,
        t(
          `« ${subject} » est en lecture seule dans le fichier ; Ricochet n'a pas de question en lecture seule : elle sera modifiable.`,
          `“${subject}” is read-only in the file; Ricochet has no read-only questions: it will be editable.`,
        ),
      );
    } else if (field === "trigger") {
      log.loss(
        where,
        t(
          `le déclencheur « ${short(value)} » de « ${subject} » n'est pas repris : Ricochet recalcule ses formules à chaque réponse.`,
          `the trigger “${short(value)}” of “${subject}” is not kept: Ricochet recomputes its formulas on every answer.`,
        ),
      );
    } else {
      log.loss(
        where,
        t(
          `la colonne « ${short(header)} » (« ${short(value)} ») n'est pas reprise pour « ${subject} » : Ricochet ne s'en sert pas pour ce type de ligne.`,
          `the “${short(header)}” column (“${short(value)}”) is not kept for “${subject}”: Ricochet does not use it for this kind of row.`,
        ),
      );
    }
  }
}

/** A select must name a list of the choices sheet. */
export function reportMissingList(
  reader: RowReader,
  log: IssueLog,
  list: string,
  hasChoicesSheet: boolean,
): void {
  log.error(
    reader.at("type"),
    hasChoicesSheet
      ? t(
          `la liste de choix « ${short(list)} » n'existe pas dans la feuille « choices » : ajoutez-y ses choix (colonne « list_name » = ${short(list)}) ou corrigez le nom.`,
          `the choice list “${short(list)}” does not exist in the “choices” sheet: add its choices there (“list_name” column = ${short(list)}) or correct the name.`,
        )
      : t(
          `cette question utilise la liste de choix « ${short(list)} », mais le fichier n'a pas de feuille « choices » : ajoutez-la avec les colonnes list_name, name et label.`,
          `this question uses the choice list “${short(list)}”, but the file has no “choices” sheet: add one with the list_name, name and label columns.`,
        ),
  );
}
