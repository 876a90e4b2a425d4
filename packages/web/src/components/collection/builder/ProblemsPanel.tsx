import { Alert, List, Text, UnstyledButton } from "@mantine/core";
import { pickText } from "@ricochet/domain";
import { useTranslation } from "react-i18next";
import { selectionOfPath } from "../../../lib/builderSelection.ts";
import { useLocale } from "../../../lib/useLocale.ts";
import { useBuilder } from "./BuilderContext.tsx";

/** What stops publication, each problem a button that opens the item concerned. */
export function ProblemsPanel() {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { draft, issues, select, language } = useBuilder();
  const lists = draft.choiceLists.map((l) => l.name);
  const where = (path: string) => {
    const s = selectionOfPath(path, lists);
    if (s.kind === "question") {
      const q = draft.pages[s.page]?.questions[s.question];
      return t("builder.problems.question", {
        label: pickText(q?.label, language, draft.defaultLanguage) || q?.name || "?",
      });
    }
    if (s.kind === "page") return t("builder.problems.page", { n: s.page + 1 });
    if (s.kind === "list") return t("builder.problems.list", { name: s.name });
    return t("builder.problems.settings");
  };
  if (issues.length === 0)
    return (
      <Alert color="teal" variant="light" title={t("builder.problems.noneTitle")}>
        {t("builder.problems.none")}
      </Alert>
    );
  return (
    <Alert color="red" variant="light" title={t("builder.problems.title", { count: issues.length })}>
      <Text size="sm" mb={6}>
        {t("builder.problems.explain")}
      </Text>
      <List size="sm" spacing={2} style={{ maxHeight: 220, overflowY: "auto" }}>
        {issues.map((issue, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same message may appear twice at one place.
          <List.Item key={`${issue.path}-${i}`}>
            <UnstyledButton
              onClick={() => select(selectionOfPath(issue.path, lists))}
              style={{ textAlign: "left", textDecoration: "underline", fontSize: 14 }}
            >
              <Text span fw={600} size="sm">
                {where(issue.path)}
              </Text>{" "}
              — {pick(issue.message)}
            </UnstyledButton>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
