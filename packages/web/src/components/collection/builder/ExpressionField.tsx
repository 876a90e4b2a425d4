import { Text, Textarea } from "@mantine/core";
import { type Bilingual, referenceableNames, type ValueKind, validateExpression } from "@ricochet/domain";
import { type ReactNode, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { issuesAt } from "../../../lib/expressionTools.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { useBuilder } from "./BuilderContext.tsx";

/**
 * An expression in XLSForm's syntax, checked at every keystroke: what is wrong shows under the
 * field, in the person's language, as soon as it is typed.
 */
export function ExpressionField({
  label,
  path,
  value,
  onChange,
  description,
  placeholder,
  dot,
}: {
  label: string;
  /** Where validateQuestionnaire reports its problems, e.g. `pages.0.questions.2.relevant`. */
  path: string;
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  placeholder?: string;
  /** For a constraint: `.` is allowed and stands for the answer, of this kind. */
  dot?: ValueKind;
}) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { draft, issues, canWrite } = useBuilder();
  const names = useMemo(() => referenceableNames(draft), [draft]);
  // The expression checked on its own as it is typed, then what the whole questionnaire says of
  // this field (a condition on the question's own answer, for instance), each message once.
  const problems = useMemo(() => {
    const typed = value.trim() === "" ? [] : validateExpression(value, { names, ...(dot ? { dot } : {}) });
    const all: Bilingual[] = [...typed.map((e) => e.message), ...issuesAt(issues, path)];
    return all.filter((m, i) => all.findIndex((x) => x.fr === m.fr) === i);
  }, [value, names, dot, issues, path]);
  const valid = value.trim() !== "" && problems.length === 0;
  return (
    <div>
      <Textarea
        label={label}
        description={description}
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        autosize
        minRows={1}
        maxRows={6}
        readOnly={!canWrite}
        spellCheck={false}
        autoComplete="off"
        styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
        error={problems.length > 0 ? problems.map((m) => pick(m)).join(" ") : undefined}
      />
      {valid ? (
        <Text size="xs" c="teal.9" mt={4}>
          {t("builder.expressionOk")}
        </Text>
      ) : null}
    </div>
  );
}
