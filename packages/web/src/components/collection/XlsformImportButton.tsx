import { Button, FileButton } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { endpoints } from "../../api/endpoints.ts";
import type { XlsformImportResult } from "../../api/types.ts";
import { readAsBase64 } from "../../lib/files.ts";
import { keys } from "../../lib/queries.ts";
import { ImportReportModal } from "./ImportReportModal.tsx";

/** Imports an XLSForm (.xlsx) as a new questionnaire, then says what could not be carried over. */
export function XlsformImportButton({ orgId, evaluationId }: { orgId: string; evaluationId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [keptProblems, setKeptProblems] = useState(false);
  const [result, setResult] = useState<XlsformImportResult | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const upload = useMutation({
    mutationFn: async ({ picked, keepProblems }: { picked: File; keepProblems: boolean }) =>
      endpoints.importXlsform(orgId, evaluationId, {
        fileName: picked.name,
        contentBase64: await readAsBase64(picked),
        keepProblems,
      }),
    onSuccess: (imported) => {
      void queryClient.invalidateQueries({ queryKey: keys.questionnaires(orgId, evaluationId) });
      setResult(imported);
    },
    onError: setFailure,
  });
  return (
    <>
      <FileButton
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(picked) => {
          if (!picked) return;
          setFile(picked);
          setFailure(null);
          setKeptProblems(false);
          upload.mutate({ picked, keepProblems: false });
        }}
      >
        {(props) => (
          <Button variant="light" loading={upload.isPending} {...props}>
            {t("collection.importXlsform")}
          </Button>
        )}
      </FileButton>
      {result || failure ? (
        <ImportReportModal
          orgId={orgId}
          evaluationId={evaluationId}
          fileName={file?.name ?? ""}
          result={result}
          failure={failure}
          retrying={upload.isPending}
          onKeepProblems={
            file && !keptProblems
              ? () => {
                  setKeptProblems(true);
                  setFailure(null);
                  upload.mutate({ picked: file, keepProblems: true });
                }
              : null
          }
          onClose={() => {
            setResult(null);
            setFailure(null);
          }}
        />
      ) : null}
    </>
  );
}
