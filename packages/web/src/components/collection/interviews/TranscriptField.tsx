import { Button, FileButton, Group, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { countWords, readTextFile } from "../../../lib/textFiles.ts";

const ACCEPT = ".txt,.md,.vtt,.srt,text/plain,text/markdown,text/vtt";

/** The transcript, typed or read from a text file (its name kept), with its length in words. */
export function TranscriptField({
  text,
  fileName,
  onChange,
  error,
}: {
  text: string;
  fileName: string | null;
  onChange: (text: string, fileName: string | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [readError, setReadError] = useState(false);
  const load = async (file: File | null) => {
    if (!file) return;
    try {
      setReadError(false);
      onChange(await readTextFile(file), file.name);
    } catch {
      setReadError(true);
    }
  };
  return (
    <Stack gap={6}>
      <Textarea
        label={t("interviews.form.transcript")}
        description={t("interviews.form.transcriptHint")}
        value={text}
        onChange={(e) => onChange(e.currentTarget.value, fileName)}
        autosize
        minRows={4}
        maxRows={16}
        error={error}
      />
      <Group gap="sm">
        <FileButton onChange={(f) => void load(f)} accept={ACCEPT}>
          {(props) => (
            <Button {...props} variant="light" size="sm">
              {t("interviews.form.loadFile")}
            </Button>
          )}
        </FileButton>
        <Text size="sm" role="status">
          {fileName ? `${t("interviews.form.fromFile", { file: fileName })} · ` : ""}
          {t("interviews.form.words", { count: countWords(text) })}
        </Text>
      </Group>
      {readError ? (
        <Text size="sm" c="red.8" role="alert">
          {t("interviews.form.readError")}
        </Text>
      ) : null}
    </Stack>
  );
}
