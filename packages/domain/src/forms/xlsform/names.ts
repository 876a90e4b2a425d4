import { NAME_PATTERN } from "../questionnaire-model.ts";
import { type IssueLog, short, t } from "./issues.ts";
import type { SurveyNode } from "./survey-tree.ts";

export function isValidName(name: string): boolean {
  return NAME_PATTERN.test(name);
}

export const NAME_RULE = t(
  "un nom commence par une lettre ou « _ », puis ne contient que des lettres sans accent, des chiffres, « _ », « . » ou « - », sans espace, 64 caractères au plus",
  "a name starts with a letter or “_”, then holds only unaccented letters, digits, “_”, “.” or “-”, no spaces, 64 characters at most",
);

/**
 * Every group and question needs a valid name used once in the whole form: expressions reach
 * answers by `${name}`, and Ricochet stores answers by name. Returns every name met.
 */
export function checkNames(nodes: readonly SurveyNode[], log: IssueLog): Set<string> {
  const firstLine = new Map<string, number | null>();
  const visit = (node: SurveyNode) => {
    const reader = node.reader;
    const name = reader.value("name");
    if (!name) {
      log.error(
        reader.at("name"),
        node.kind === "group"
          ? t(
              "ce groupe n'a pas de nom : remplissez la colonne « name ».",
              "this group has no name: fill in the “name” column.",
            )
          : t(
              "cette ligne a un type mais pas de nom : remplissez la colonne « name ».",
              "this row has a type but no name: fill in the “name” column.",
            ),
      );
    } else if (!isValidName(name)) {
      log.error(
        reader.at("name"),
        t(
          `le nom « ${short(name)} » n'est pas valide : ${NAME_RULE.fr}.`,
          `the name “${short(name)}” is not valid: ${NAME_RULE.en}.`,
        ),
      );
    } else if (firstLine.has(name)) {
      const first = firstLine.get(name) ?? "?";
      log.error(
        reader.at("name"),
        t(
          `le nom « ${name} » est déjà utilisé à la ligne ${first} : chaque question et chaque groupe doit avoir un nom différent.`,
          `the name “${name}” is already used on row ${first}: every question and group needs a different name.`,
        ),
      );
    } else {
      firstLine.set(name, reader.line);
    }
    if (node.kind === "group") node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return new Set(firstLine.keys());
}
