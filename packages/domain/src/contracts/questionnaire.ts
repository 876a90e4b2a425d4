import { z } from "zod";
import { bilingualMessage } from "../errors/validation.ts";
import {
  LANGUAGE_CODE_PATTERN,
  NAME_PATTERN,
  QUESTION_TYPES,
  type QuestionnaireDefinition,
} from "../forms/questionnaire-model.ts";

// The shape of a questionnaire definition as the builder, the API and XLSForm import write it.
// What needs the whole questionnaire (unique names, references, expressions) is checked by
// validateQuestionnaire afterwards.

const ZLanguage = z.string().regex(LANGUAGE_CODE_PATTERN, {
  error: bilingualMessage(
    "Code de langue invalide : deux ou trois lettres minuscules, éventuellement suivies d'une région (fr, en, pt-BR).",
    "Invalid language code: two or three lowercase letters, optionally followed by a region (fr, en, pt-BR).",
  ),
});

const ZName = z.string().regex(NAME_PATTERN, {
  error: bilingualMessage(
    "Nom invalide : une lettre ou _ d'abord, puis lettres, chiffres, _ . ou - (64 caractères au plus, sans espace ni accent).",
    "Invalid name: a letter or _ first, then letters, digits, _ . or - (64 characters at most, no space or accent).",
  ),
});

const texts = (max: number) => z.record(ZLanguage, z.string().max(max));
const ZExpression = z.string().trim().max(4000).optional();
const ZImage = z
  .string()
  .max(400_000)
  .regex(/^(data:image\/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=]+|asset:[A-Za-z0-9_-]{1,64})$/, {
    error: bilingualMessage(
      "Image invalide : une image PNG, JPEG, GIF, WebP ou SVG de 300 Ko au plus.",
      "Invalid image: a PNG, JPEG, GIF, WebP or SVG picture of 300 KB at most.",
    ),
  })
  .nullish();

export const ZChoice = z.object({
  value: z.string().regex(/^[^\s'"]{1,64}$/, {
    error: bilingualMessage(
      "Valeur de choix invalide : 64 caractères au plus, sans espace ni guillemet (ex. oui, 1, tres_satisfait).",
      "Invalid choice value: 64 characters at most, no space or quote (e.g. yes, 1, very_satisfied).",
    ),
  }),
  label: texts(500),
  easyRead: texts(500).optional(),
  image: ZImage,
  filters: z.record(z.string().max(64), z.string().max(200)).optional(),
});

export const ZChoiceList = z.object({ name: ZName, choices: z.array(ZChoice).min(1).max(1000) });

export const ZQuestion = z.object({
  name: ZName,
  type: z.enum(QUESTION_TYPES),
  label: texts(2000),
  hint: texts(2000).optional(),
  easyRead: texts(2000).optional(),
  image: ZImage,
  required: z.boolean().optional(),
  requiredMessage: texts(500).optional(),
  constraint: ZExpression,
  constraintMessage: texts(500).optional(),
  relevant: ZExpression,
  calculation: ZExpression,
  choiceList: ZName.optional(),
  randomizeChoices: z.boolean().optional(),
  choiceFilter: ZExpression,
  scale: z
    .object({
      min: z.number().int().min(-100).max(100),
      max: z.number().int().min(-100).max(100),
      minLabel: texts(200).optional(),
      maxLabel: texts(200).optional(),
    })
    .optional(),
  items: z
    .array(z.object({ name: ZName, label: texts(1000), easyRead: texts(1000).optional() }))
    .max(100)
    .optional(),
  indicatorIds: z.array(z.string().min(1).max(64)).max(20).optional(),
  appearance: z.string().max(200).optional(),
});

export const ZPage = z.object({
  name: ZName,
  title: texts(500),
  relevant: ZExpression,
  questions: z.array(ZQuestion).max(300),
});

export const ZQuestionnaireDefinition = z.object({
  defaultLanguage: ZLanguage,
  languages: z.array(ZLanguage).min(1).max(20),
  title: texts(300),
  description: texts(4000).optional(),
  choiceLists: z.array(ZChoiceList).max(300),
  pages: z.array(ZPage).min(1).max(100),
}) satisfies z.ZodType<QuestionnaireDefinition>;

export const ZCreateQuestionnaire = z.object({
  title: z.string().trim().min(3).max(300),
  /** Start from a definition (an XLSForm import, a copy); otherwise one empty page. */
  definition: ZQuestionnaireDefinition.optional(),
});
export type TCreateQuestionnaire = z.input<typeof ZCreateQuestionnaire>;

export const ZSaveQuestionnaireDraft = z.object({
  definition: ZQuestionnaireDefinition,
  /** The draft revision the builder started from; a newer one on the server means someone else saved. */
  revision: z.number().int().min(1),
});
export type TSaveQuestionnaireDraft = z.input<typeof ZSaveQuestionnaireDraft>;

/** An XLSForm workbook (.xlsx) sent as base64, to become a new questionnaire. */
export const ZImportXlsform = z.object({
  fileName: z.string().trim().min(1).max(200),
  contentBase64: z.string().min(1).max(12_000_000),
  /** The questionnaire's title; by default the form's own title. */
  title: z.string().trim().min(3).max(300).nullish(),
  /**
   * Import even when expressions or references are broken, as a draft to fix in the builder
   * (publication stays blocked until they are fixed). Otherwise such a file is refused.
   */
  keepProblems: z.boolean().default(false),
});
export type TImportXlsform = z.input<typeof ZImportXlsform>;
