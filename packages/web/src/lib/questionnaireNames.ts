import type { QuestionnaireDefinition } from "@ricochet/domain";

// Names that expressions reference (`${situation}`): generated from the label by default, so the
// author never has to invent one, and always unique in the questionnaire.

/** Words that say nothing about the question; left out of generated names. */
const STOP_WORDS = new Set(
  (
    "a au aux avec avez avez-vous c ce ces cette combien comment d dans de des du elle en est et etes il " +
    "j je l la le les leur lui m ma mes mon n ne nous on ou par pas pour pourquoi qu quand que quel quelle " +
    "quelles quels qui quoi s sa se ses si son sont sur t ta te tes ton tu un une vos votre vous y " +
    "an and are at be by did do does for how in is it of on or the to was what when where which who why you your"
  ).split(" "),
);

/** "Quelle est votre situation ?" → "situation"; "" when the text has no usable word. */
export function slugName(text: string, maxWords = 3): string {
  const words = text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const useful = words.filter((w) => !STOP_WORDS.has(w));
  const picked = (useful.length > 0 ? useful : words).slice(0, maxWords).join("_").slice(0, 40);
  const trimmed = picked.replace(/_+$/, "");
  if (!trimmed) return "";
  return /^[a-z_]/.test(trimmed) ? trimmed : `q_${trimmed}`;
}

/** `base`, or `base_2`, `base_3`… the first one not taken. */
export function uniqueName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}_${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Every question and matrix row name, except those of the question named `except`. */
export function takenNames(definition: QuestionnaireDefinition, except?: string): Set<string> {
  const names = new Set<string>();
  for (const page of definition.pages)
    for (const question of page.questions) {
      if (question.name === except) continue;
      names.add(question.name);
      for (const item of question.items ?? []) names.add(item.name);
    }
  return names;
}

/** The name a label would generate; `fallback` when the label has no usable word yet. */
export function generatedName(label: string, taken: ReadonlySet<string>, fallback = "question"): string {
  return uniqueName(slugName(label) || fallback, taken);
}
