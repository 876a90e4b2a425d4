import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { InterviewGuide } from "../../../api/types.ts";

/** The guide as the interviewer takes it along: themes, numbered questions, prompts below. */
export function PrintableGuide({ guide }: { guide: InterviewGuide }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" className="print-guide" bg="white" p="lg" style={{ borderRadius: 8 }}>
      <Title order={1}>{guide.title}</Title>
      {guide.introduction ? <Text style={{ whiteSpace: "pre-wrap" }}>{guide.introduction}</Text> : null}
      {guide.themes.map((theme, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: themes have no id, and a printed guide never reorders
        <section key={`${i}-${theme.title}`} aria-labelledby={`guide-theme-${i}`}>
          <Title order={2} size="h3" id={`guide-theme-${i}`} mb={6}>
            {t("interviews.print.theme", { n: i + 1, title: theme.title })}
          </Title>
          <ol style={{ margin: 0, paddingLeft: "1.5rem", display: "grid", gap: 12 }}>
            {theme.questions.map((q, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: questions have no id, and a printed guide never reorders
              <li key={`${j}-${q.text}`}>
                <Text fw={600}>{q.text}</Text>
                {q.prompts.length > 0 ? (
                  <>
                    <Text size="sm" c="dimmed">
                      {t("interviews.print.prompts")}
                    </Text>
                    <ul style={{ margin: 0, paddingLeft: "1.25rem" }}>
                      {q.prompts.map((p) => (
                        <li key={p}>
                          <Text size="sm">{p}</Text>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                <div className="print-notes" aria-hidden style={{ minHeight: 48 }} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </Stack>
  );
}
