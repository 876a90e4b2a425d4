import type { ChoiceList, Texts } from "../questionnaire-model.ts";

export const YES_NO_LIST_NAME = "yes_no";

/** A list of exactly the values yes and no is what Ricochet's yes_no type means. */
export function isYesNoList(list: ChoiceList): boolean {
  const values = list.choices.map((choice) => choice.value).sort();
  return values.length === 2 && values[0] === "no" && values[1] === "yes";
}

const WORDS: ReadonlyMap<string, readonly [string, string]> = new Map([
  ["fr", ["Oui", "Non"]],
  ["en", ["Yes", "No"]],
  ["es", ["Sí", "No"]],
  ["de", ["Ja", "Nein"]],
  ["it", ["Sì", "No"]],
  ["pt", ["Sim", "Não"]],
  ["nl", ["Ja", "Nee"]],
  ["pl", ["Tak", "Nie"]],
  ["ro", ["Da", "Nu"]],
  ["tr", ["Evet", "Hayır"]],
  ["ar", ["نعم", "لا"]],
  ["zh", ["是", "否"]],
  ["ru", ["Да", "Нет"]],
  ["uk", ["Так", "Ні"]],
]);

function words(language: string): readonly [string, string] | undefined {
  return WORDS.get(language) ?? WORDS.get(language.split("-")[0] ?? "");
}

/**
 * The list export writes for yes_no questions; import drops it again, so only its values matter
 * for round trips. A language without known words falls back to the default one.
 */
export function yesNoList(name: string, languages: readonly string[], defaultLanguage: string): ChoiceList {
  const label = (index: 0 | 1): Texts => {
    const texts: Texts = {
      [defaultLanguage]: (words(defaultLanguage) ?? words("en") ?? ["Yes", "No"])[index],
    };
    for (const language of languages) {
      const known = words(language);
      if (known && language !== defaultLanguage) texts[language] = known[index];
    }
    return texts;
  };
  return {
    name,
    choices: [
      { value: "yes", label: label(0) },
      { value: "no", label: label(1) },
    ],
  };
}
