import { Alert, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../../../api/client.ts";

/** The problems of a refused file, grouped by row ("Ligne 3"), then those of the whole file. */
export function groupImportErrors(errors: readonly FieldError[]) {
  const rows = new Map<number, Array<{ column: string; message: string }>>();
  const file: string[] = [];
  for (const e of errors) {
    const match = /^rows\.(\d+)\.(.+)$/.exec(e.path);
    // The server writes "Ligne 3 : …" / "Row 3: …": the row is the group's heading here.
    const message = e.message.replace(/^(Ligne|Row) \d+\s?: /, "");
    if (match) {
      const line = Number(match[1]);
      rows.set(line, [...(rows.get(line) ?? []), { column: match[2] ?? "", message }]);
    } else file.push(e.message);
  }
  return { file, rows: [...rows].sort(([a], [b]) => a - b) };
}

export function ImportCheckReport({ errors, fileName }: { errors: FieldError[]; fileName: string }) {
  const { t } = useTranslation();
  const { file, rows } = groupImportErrors(errors);
  return (
    <Alert color="red" title={t("answers.paper.refusedTitle", { file: fileName })} role="alert">
      <Stack gap="xs">
        <Text size="sm">{t("answers.paper.refused", { count: errors.length, rows: rows.length })}</Text>
        {file.length > 0 ? (
          <ul style={{ margin: 0, paddingLeft: "1.25rem" }}>
            {file.map((m) => (
              <li key={m}>
                <Text size="sm">{m}</Text>
              </li>
            ))}
          </ul>
        ) : null}
        {rows.length > 0 ? (
          <ul style={{ margin: 0, paddingLeft: "1.25rem" }}>
            {rows.map(([line, messages]) => (
              <li key={line}>
                <Text size="sm" fw={600}>
                  {t("answers.paper.row", { line })}
                </Text>
                <ul style={{ margin: 0, paddingLeft: "1rem" }}>
                  {messages.map((m) => (
                    <li key={`${m.column}-${m.message}`}>
                      <Text size="sm">
                        {t("answers.paper.inColumn", { column: m.column, message: m.message })}
                      </Text>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        ) : null}
        <Text size="sm">{t("answers.paper.fixAndRetry")}</Text>
      </Stack>
    </Alert>
  );
}
