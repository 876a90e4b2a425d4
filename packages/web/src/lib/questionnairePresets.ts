import type { ChoiceList, Texts } from "@ricochet/domain";

// Ready-made lists offered when a question needs one, in French and English (the other languages
// start untranslated and show in the translation view).

const AGREEMENT: Array<{ fr: string; en: string; easyFr: string; easyEn: string }> = [
  {
    fr: "Pas du tout d'accord",
    en: "Strongly disagree",
    easyFr: "Non, pas du tout",
    easyEn: "No, not at all",
  },
  { fr: "Plutôt pas d'accord", en: "Disagree", easyFr: "Plutôt non", easyEn: "Rather no" },
  {
    fr: "Ni d'accord ni pas d'accord",
    en: "Neither agree nor disagree",
    easyFr: "Je ne sais pas",
    easyEn: "I don't know",
  },
  { fr: "Plutôt d'accord", en: "Agree", easyFr: "Plutôt oui", easyEn: "Rather yes" },
  { fr: "Tout à fait d'accord", en: "Strongly agree", easyFr: "Oui, tout à fait", easyEn: "Yes, completely" },
];

function texts(languages: readonly string[], fr: string, en: string): Texts {
  const result: Texts = {};
  for (const language of languages) {
    if (language === "fr" || language.startsWith("fr-")) result[language] = fr;
    else if (language === "en" || language.startsWith("en-")) result[language] = en;
  }
  if (Object.keys(result).length === 0 && languages[0]) result[languages[0]] = fr;
  return result;
}

/** The five-level agreement scale of Likert questions and matrices. */
export function likertPreset(languages: readonly string[]): ChoiceList {
  return {
    name: "accord",
    choices: AGREEMENT.map((level, i) => ({
      value: String(i + 1),
      label: texts(languages, level.fr, level.en),
      easyRead: texts(languages, level.easyFr, level.easyEn),
    })),
  };
}
