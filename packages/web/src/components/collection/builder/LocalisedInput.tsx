import { Textarea, TextInput } from "@mantine/core";
import { pickText, type Texts } from "@ricochet/domain";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { languageName } from "../../../lib/languageNames.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { useBuilder } from "./BuilderContext.tsx";

/**
 * A text of the questionnaire in the language being edited. In another language than the
 * default, the default language's text is shown under the field, to translate from.
 */
export function LocalisedInput({
  label,
  texts,
  onChange,
  description,
  multiline = false,
  required = false,
  error,
  placeholder,
}: {
  label: string;
  texts: Texts | undefined;
  onChange: (value: string) => void;
  description?: ReactNode;
  multiline?: boolean;
  required?: boolean;
  error?: ReactNode;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { draft, language, canWrite } = useBuilder();
  const original =
    language !== draft.defaultLanguage ? pickText(texts, draft.defaultLanguage, draft.defaultLanguage) : "";
  const hint = original ? (
    <>
      {description ? <>{description} </> : null}
      {t("builder.translateFrom", { language: languageName(draft.defaultLanguage, locale), text: original })}
    </>
  ) : (
    description
  );
  const props = {
    label: `${label} (${languageName(language, locale)})`,
    description: hint,
    value: texts?.[language] ?? "",
    onChange: (e: { currentTarget: { value: string } }) => onChange(e.currentTarget.value),
    required: required && language === draft.defaultLanguage,
    error,
    placeholder,
    readOnly: !canWrite,
  };
  return multiline ? <Textarea autosize minRows={2} maxRows={8} {...props} /> : <TextInput {...props} />;
}
