import type { QuestionnaireDefinition } from "@ricochet/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "../../../api/client.ts";
import { endpoints } from "../../../api/endpoints.ts";
import type { QuestionnaireDetail } from "../../../api/types.ts";
import { keys } from "../../../lib/queries.ts";

type Definition = QuestionnaireDefinition;

interface Backup {
  revision: number;
  definition: Definition;
  at: string;
}

const backupKey = (id: string) => `ricochet:questionnaire-draft:${id}`;

function readBackup(id: string): Backup | null {
  try {
    const raw = localStorage.getItem(backupKey(id));
    return raw ? (JSON.parse(raw) as Backup) : null;
  } catch {
    return null;
  }
}

function writeBackup(id: string, backup: Backup | null) {
  try {
    if (backup) localStorage.setItem(backupKey(id), JSON.stringify(backup));
    else localStorage.removeItem(backupKey(id));
  } catch {
    // Storage full or refused: the warning before leaving still protects the edits.
  }
}

/**
 * The builder's draft: edited in memory, saved whole with the revision it started from. A save
 * refused because someone else saved meanwhile keeps the edits and reports a conflict; edits not
 * saved yet are also kept on this device, to be offered back if the page is left or reloaded.
 */
export function useQuestionnaireDraft(orgId: string, evaluationId: string, questionnaireId: string) {
  const queryClient = useQueryClient();
  const key = keys.questionnaire(orgId, evaluationId, questionnaireId);
  const query = useQuery({
    queryKey: key,
    queryFn: () => endpoints.questionnaire(orgId, evaluationId, questionnaireId),
  });
  const [draft, setDraft] = useState<Definition | null>(null);
  const [revision, setRevision] = useState(0);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [backup, setBackup] = useState<Backup | null>(null);
  const current = useRef<Definition | null>(null);
  current.current = draft;

  useEffect(() => {
    if (draft !== null || !query.data) return;
    setDraft(query.data.draft);
    setRevision(query.data.draftRevision);
    const found = readBackup(questionnaireId);
    if (found && JSON.stringify(found.definition) !== JSON.stringify(query.data.draft)) setBackup(found);
    else writeBackup(questionnaireId, null);
  }, [draft, query.data, questionnaireId]);

  useEffect(() => {
    if (!dirty || !draft) return;
    const timer = setTimeout(
      () => writeBackup(questionnaireId, { revision, definition: draft, at: new Date().toISOString() }),
      400,
    );
    return () => clearTimeout(timer);
  }, [dirty, draft, revision, questionnaireId]);

  const update = useCallback((change: (d: Definition) => Definition) => {
    setDraft((d) => (d ? change(d) : d));
    setDirty(true);
  }, []);

  const accept = useCallback(
    (detail: QuestionnaireDetail) => {
      queryClient.setQueryData(key, detail);
      setRevision(detail.draftRevision);
      void queryClient.invalidateQueries({ queryKey: keys.questionnaires(orgId, evaluationId), exact: true });
    },
    [queryClient, key, orgId, evaluationId],
  );

  /** Saves the draft; false when refused (the reason is in `conflict` or thrown). */
  const save = useCallback(
    async (from = revision): Promise<boolean> => {
      const sent = current.current;
      if (!sent) return false;
      setSaving(true);
      try {
        const detail = await endpoints.saveQuestionnaireDraft(orgId, evaluationId, questionnaireId, {
          definition: sent,
          revision: from,
        });
        accept(detail);
        setConflict(false);
        if (current.current === sent) {
          setDirty(false);
          writeBackup(questionnaireId, null);
        }
        return true;
      } catch (error) {
        if (error instanceof ApiError && error.code === "STALE_REVISION") {
          setConflict(true);
          return false;
        }
        throw error;
      } finally {
        setSaving(false);
      }
    },
    [revision, orgId, evaluationId, questionnaireId, accept],
  );

  /** Drops the edits for what is saved on the server now. */
  const reload = useCallback(async () => {
    const detail = await endpoints.questionnaire(orgId, evaluationId, questionnaireId);
    queryClient.setQueryData(key, detail);
    setDraft(detail.draft);
    setRevision(detail.draftRevision);
    setDirty(false);
    setConflict(false);
    writeBackup(questionnaireId, null);
  }, [orgId, evaluationId, questionnaireId, queryClient, key]);

  /** Keeps the edits and saves them over what someone else saved. */
  const overwrite = useCallback(async () => {
    const detail = await endpoints.questionnaire(orgId, evaluationId, questionnaireId);
    return save(detail.draftRevision);
  }, [orgId, evaluationId, questionnaireId, save]);

  const restoreBackup = useCallback(() => {
    if (!backup) return;
    setDraft(backup.definition);
    setDirty(true);
    setBackup(null);
  }, [backup]);

  const discardBackup = useCallback(() => {
    writeBackup(questionnaireId, null);
    setBackup(null);
  }, [questionnaireId]);

  return {
    query,
    draft,
    dirty,
    saving,
    conflict,
    backup,
    update,
    save,
    accept,
    reload,
    overwrite,
    restoreBackup,
    discardBackup,
  };
}
