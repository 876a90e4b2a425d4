import type { Texts } from "../questionnaire-model.ts";

const PAGE_WORDS: ReadonlyMap<string, string> = new Map([
  ["fr", "Page"],
  ["en", "Page"],
  ["es", "Página"],
  ["de", "Seite"],
  ["it", "Pagina"],
  ["pt", "Página"],
  ["nl", "Pagina"],
]);

/** "Page 3" in the questionnaire's languages, for a page the file gives no title. */
export function pageTitle(position: number, languages: readonly string[], defaultLanguage: string): Texts {
  const title: Texts = { [defaultLanguage]: `${PAGE_WORDS.get(defaultLanguage) ?? "Page"} ${position}` };
  for (const language of languages) {
    const word = PAGE_WORDS.get(language);
    if (word && language !== defaultLanguage) title[language] = `${word} ${position}`;
  }
  return title;
}

/** `page_3`, or `page_3_2` when the form already uses that name: names stay unique. */
export function pageName(position: number, taken: Set<string>): string {
  let name = `page_${position}`;
  for (let suffix = 2; taken.has(name); suffix++) name = `page_${position}_${suffix}`;
  taken.add(name);
  return name;
}
