import { LANGUAGE_CODE_PATTERN } from "../questionnaire-model.ts";
import { codeOfLanguageName, languageName } from "./language-names.ts";

/** `pt_br`, `PT-BR` and `pt-BR` are one code; anything else is not a code. */
export function normaliseLanguageCode(text: string): string | null {
  const match = /^([a-z]{2,3})(?:[-_]([a-z]{2}))?$/i.exec(text.trim());
  if (!match) return null;
  const code = match[2]
    ? `${match[1]?.toLowerCase()}-${match[2].toUpperCase()}`
    : `${match[1]?.toLowerCase()}`;
  return LANGUAGE_CODE_PATTERN.test(code) ? code : null;
}

/**
 * The code a header's language part stands for: `French (fr)` and `fr` by the code, `Français`
 * by name; null when nothing is recognised (the caller then gives it a local-use code).
 */
export function recogniseLanguage(spec: string): string | null {
  const text = spec.trim();
  const withCode = /^(.*)\(([^()]*)\)\s*$/.exec(text);
  if (withCode) {
    const code = normaliseLanguageCode(withCode[2] ?? "");
    if (code) return code;
    const byName = codeOfLanguageName(withCode[1] ?? "");
    if (byName) return byName;
  }
  return normaliseLanguageCode(text) ?? codeOfLanguageName(text);
}

/** The header suffix written on export, which `recogniseLanguage` reads back to the same code. */
export function languageLabel(code: string): string {
  return `${languageName(code)} (${code})`;
}

// ISO 639-2 reserves qaa–qtz for local use: an unrecognised language can never collide with a real one.
function* localCodes(): Generator<string> {
  for (const second of "abcdefghijklmnopqrst") {
    for (const third of "abcdefghijklmnopqrstuvwxyz") yield `q${second}${third}`;
  }
}

export interface LanguageCodes {
  /** Every language spec met, with its code. */
  bySpec: Map<string, string>;
  /** Specs that no code or name matched, with the local-use code they received. */
  unrecognised: Array<{ spec: string; code: string }>;
}

/** Gives every spec a code, unrecognised ones a free local-use code in order of appearance. */
export function assignLanguageCodes(specs: readonly string[]): LanguageCodes {
  const bySpec = new Map<string, string>();
  const pending: string[] = [];
  for (const spec of specs) {
    if (bySpec.has(spec) || pending.includes(spec)) continue;
    const code = recogniseLanguage(spec);
    if (code) bySpec.set(spec, code);
    else pending.push(spec);
  }
  const taken = new Set(bySpec.values());
  const free = localCodes();
  const unrecognised: Array<{ spec: string; code: string }> = [];
  let last = "qtz";
  for (const spec of pending) {
    let next = free.next();
    while (!next.done && taken.has(next.value)) next = free.next();
    const code = next.done ? last : next.value;
    last = code;
    taken.add(code);
    bySpec.set(spec, code);
    unrecognised.push({ spec, code });
  }
  return { bySpec, unrecognised };
}
