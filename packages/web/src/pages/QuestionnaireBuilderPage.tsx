import { Anchor, Badge, Grid, Group, Stack, Tabs, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { pickText } from "@ricochet/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { endpoints } from "../api/endpoints.ts";
import type { Framework } from "../api/types.ts";
import { BuilderContext, type BuilderState } from "../components/collection/builder/BuilderContext.tsx";
import { BuilderToolbar } from "../components/collection/builder/BuilderToolbar.tsx";
import { BackupAlert, ConflictAlert } from "../components/collection/builder/DraftRecoveryAlerts.tsx";
import { ItemEditor } from "../components/collection/builder/ItemEditor.tsx";
import { OutlinePanel } from "../components/collection/builder/OutlinePanel.tsx";
import { PreviewPanel } from "../components/collection/builder/PreviewPanel.tsx";
import { ProblemsPanel } from "../components/collection/builder/ProblemsPanel.tsx";
import { PublishModal } from "../components/collection/builder/PublishModal.tsx";
import { TranslationView } from "../components/collection/builder/TranslationView.tsx";
import { useQuestionnaireDraft } from "../components/collection/builder/useQuestionnaireDraft.ts";
import { VersionsPanel } from "../components/collection/builder/VersionsPanel.tsx";
import { WarningBadge } from "../components/collection/WarningBadge.tsx";
import { ErrorAlert, errorMessage } from "../components/ErrorAlert.tsx";
import { PageLoader } from "../components/PageLoader.tsx";
import type { Selection } from "../lib/builderSelection.ts";
import { allowed } from "../lib/grants.ts";
import { keys } from "../lib/queries.ts";
import { draftIssues } from "../lib/questionnaireIssues.ts";
import { untranslatedCounts } from "../lib/questionnaireTexts.ts";
import { useCurrentEvaluation } from "../lib/useCurrentEvaluation.ts";
import { useLeaveGuard } from "../lib/useLeaveGuard.ts";
import { useLocale } from "../lib/useLocale.ts";

const NO_ISSUES: never[] = [];

function indicatorOptions(framework: Framework | undefined, pick: (t: { fr: string; en: string }) => string) {
  const all = [
    ...(framework?.questions ?? []).flatMap((q) => q.criteria.flatMap((c) => c.indicators)),
    ...(framework?.unplaced ?? []),
  ];
  const seen = new Map<string, string>();
  for (const i of all) if (!seen.has(i.indicatorId)) seen.set(i.indicatorId, `${i.code} — ${pick(i.name)}`);
  return [...seen].map(([value, label]) => ({ value, label }));
}

/** The questionnaire builder: outline, editor, translations, preview, versions. */
export function QuestionnaireBuilderPage() {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { questionnaireId = "" } = useParams();
  const { org, evaluation } = useCurrentEvaluation();
  const canWrite = allowed(org, "evaluation.write");
  const draftState = useQuestionnaireDraft(org.id, evaluation.id, questionnaireId);
  const { draft, dirty, query } = draftState;
  const framework = useQuery({
    queryKey: keys.framework(org.id, evaluation.id),
    queryFn: () => endpoints.framework(org.id, evaluation.id),
  });
  const [selection, select] = useState<Selection>({ kind: "settings" });
  const [chosenLanguage, setLanguage] = useState<string | null>(null);
  const [tab, setTab] = useState<string>("build");
  const [publishOpen, setPublishOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  useLeaveGuard(dirty, t("builder.leaveWarning"));
  const serverIssues = !dirty ? (query.data?.issues ?? NO_ISSUES) : NO_ISSUES;
  const issues = useMemo(() => (draft ? draftIssues(draft, serverIssues) : []), [draft, serverIssues]);
  const indicators = useMemo(() => indicatorOptions(framework.data, pick), [framework.data, pick]);
  const preview = useMemo(
    () => ({
      name: t("builder.preview.campaignName"),
      organisation: org.name,
      consent: {
        purpose: t("campaign.consentDefaults.purpose", { title: evaluation.title }),
        controller: org.name,
        retention: t("campaign.consentDefaults.retention"),
        rights: t("campaign.consentDefaults.rights"),
        contact: null,
      },
    }),
    [t, org.name, evaluation.title],
  );

  const save = async (): Promise<boolean> => {
    try {
      const ok = await draftState.save();
      if (ok) notifications.show({ color: "teal", message: t("builder.savedNotice") });
      return ok;
    } catch (error) {
      notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) });
      return false;
    }
  };
  const publish = useMutation({
    mutationFn: async () => {
      if (dirty && !(await draftState.save())) throw new Error("conflict");
      return endpoints.publishQuestionnaire(org.id, evaluation.id, questionnaireId);
    },
    onSuccess: (detail) => {
      draftState.accept(detail);
      setPublishOpen(false);
      notifications.show({
        color: "teal",
        title: t("builder.publish.doneTitle", { version: detail.currentVersion }),
        message: t("builder.publish.done"),
        autoClose: 10_000,
      });
    },
    onError: (error) => {
      // Someone saved meanwhile: the conflict is explained above the builder.
      if (error instanceof Error && error.message === "conflict") setPublishOpen(false);
    },
  });

  if (query.isError) return <ErrorAlert error={query.error} />;
  if (!draft || !query.data) return <PageLoader />;
  const detail = query.data;
  const language =
    chosenLanguage && draft.languages.includes(chosenLanguage) ? chosenLanguage : draft.defaultLanguage;
  const missing = Object.values(untranslatedCounts(draft)).reduce((a, b) => a + b, 0);
  const state: BuilderState = {
    draft,
    update: draftState.update,
    issues,
    language,
    selection,
    select,
    canWrite,
    indicators,
  };
  const stepUrl = `/o/${org.id}/evaluations/${evaluation.id}/steps/collection`;
  const recover = async (run: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await run();
    } catch (error) {
      notifications.show({ color: "red", title: t("errors.title"), message: errorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <BuilderContext.Provider value={state}>
      <Stack gap="md">
        <div>
          <Anchor component={Link} to={stepUrl} size="sm">
            ← {t("builder.back")}
          </Anchor>
          <Group gap="xs" align="center">
            <Title order={2} style={{ overflowWrap: "anywhere" }}>
              {pickText(draft.title, draft.defaultLanguage, draft.defaultLanguage) || detail.title}
            </Title>
            {detail.currentVersion === null ? (
              <Badge color="gray" variant="light">
                {t("collection.neverPublished")}
              </Badge>
            ) : (
              <Badge color="teal" variant="light">
                {t("collection.publishedVersion", { version: detail.currentVersion })}
              </Badge>
            )}
            {detail.currentVersion !== null && (detail.draftChanged || dirty) ? (
              <WarningBadge>{t("collection.unpublishedChanges")}</WarningBadge>
            ) : null}
          </Group>
        </div>
        <BuilderToolbar
          dirty={dirty}
          saving={draftState.saving}
          canWrite={canWrite}
          problems={issues.length}
          unchanged={detail.currentVersion !== null && !detail.draftChanged && !dirty}
          nextVersion={(detail.currentVersion ?? 0) + 1}
          languages={draft.languages}
          language={language}
          onLanguage={setLanguage}
          onSave={() => void save()}
          onPublish={() => {
            publish.reset();
            setPublishOpen(true);
          }}
        />
        {draftState.conflict ? (
          <ConflictAlert
            busy={busy}
            onReload={() => void recover(draftState.reload)}
            onOverwrite={() => void recover(draftState.overwrite)}
          />
        ) : null}
        {draftState.backup ? (
          <BackupAlert
            at={draftState.backup.at}
            onRestore={draftState.restoreBackup}
            onDiscard={draftState.discardBackup}
          />
        ) : null}
        <Tabs
          value={tab}
          onChange={(next) => {
            if (!next) return;
            if (next === "preview" && dirty && canWrite) void save();
            setTab(next);
          }}
          keepMounted={false}
        >
          <Tabs.List>
            <Tabs.Tab value="build">{t("builder.tabs.build")}</Tabs.Tab>
            <Tabs.Tab value="translations">{t("builder.tabs.translations", { count: missing })}</Tabs.Tab>
            <Tabs.Tab value="preview">{t("builder.tabs.preview")}</Tabs.Tab>
            <Tabs.Tab value="versions">
              {t("builder.tabs.versions", { count: detail.versions.length })}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="build" pt="md">
            <Stack gap="md">
              <ProblemsPanel />
              <Grid gap="md">
                <Grid.Col span={{ base: 12, md: 4 }}>
                  <OutlinePanel />
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 8 }}>
                  <ItemEditor />
                </Grid.Col>
              </Grid>
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="translations" pt="md">
            <TranslationView onOpen={() => setTab("build")} />
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="md">
            <PreviewPanel campaign={preview} />
          </Tabs.Panel>
          <Tabs.Panel value="versions" pt="md">
            <VersionsPanel orgId={org.id} evaluationId={evaluation.id} detail={detail} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
      {publishOpen ? (
        <PublishModal
          next={(detail.currentVersion ?? 0) + 1}
          dirty={dirty}
          publishing={publish.isPending}
          error={
            publish.error instanceof Error && publish.error.message === "conflict" ? null : publish.error
          }
          onConfirm={() => publish.mutate()}
          onClose={() => setPublishOpen(false)}
        />
      ) : null}
    </BuilderContext.Provider>
  );
}
