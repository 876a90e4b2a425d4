import {
  campaigns,
  type Db,
  questionnaires,
  questionnaireVersions,
  stakeholders,
  submissions,
} from "@ricochet/db";
import {
  type CampaignArm,
  type CampaignClosedReason,
  type CampaignStatus,
  type CampaignWave,
  campaignAcceptance,
  type RespondentCodeMode,
  type TConsentNotice,
} from "@ricochet/domain";
import { and, asc, count, eq, inArray, isNull } from "drizzle-orm";
import { localDate } from "../local-date.ts";

export type CampaignRow = typeof campaigns.$inferSelect;

export interface CampaignView {
  id: string;
  evaluationId: string;
  name: string;
  questionnaire: { id: string; title: string; version: number; versionId: string };
  stakeholder: { id: string; name: string } | null;
  wave: CampaignWave;
  arm: CampaignArm;
  opensOn: string | null;
  closesOn: string | null;
  targetResponses: number | null;
  status: CampaignStatus;
  acceptingAnswers: boolean;
  closedReason: CampaignClosedReason | null;
  channels: { publicLink: boolean; staffEntry: boolean; paperUpload: boolean };
  respondentCodes: RespondentCodeMode;
  consent: TConsentNotice;
  /** The public link to send to respondents (answering only: it opens nothing else). */
  publicUrl: string | null;
  responses: number;
  createdAt: string;
  updatedAt: string;
}

export const todayOf = localDate;

export async function loadCampaignViews(
  db: Db,
  rows: CampaignRow[],
  publicUrl: string,
  now: Date,
): Promise<CampaignView[]> {
  if (rows.length === 0) return [];
  const versions = await db
    .select({
      id: questionnaireVersions.id,
      version: questionnaireVersions.version,
      questionnaireId: questionnaires.id,
      title: questionnaires.title,
    })
    .from(questionnaireVersions)
    .innerJoin(questionnaires, eq(questionnaires.id, questionnaireVersions.questionnaireId))
    .where(
      inArray(
        questionnaireVersions.id,
        rows.map((r) => r.questionnaireVersionId),
      ),
    );
  const stakeholderIds = rows.flatMap((r) => (r.stakeholderId ? [r.stakeholderId] : []));
  const groups =
    stakeholderIds.length === 0
      ? []
      : await db
          .select({ id: stakeholders.id, name: stakeholders.name })
          .from(stakeholders)
          .where(inArray(stakeholders.id, stakeholderIds));
  const counts = await db
    .select({ id: submissions.campaignId, n: count() })
    .from(submissions)
    .where(
      and(
        inArray(
          submissions.campaignId,
          rows.map((r) => r.id),
        ),
        isNull(submissions.deletedAt),
      ),
    )
    .groupBy(submissions.campaignId);
  const today = todayOf(now);
  return rows.map((row) => {
    const version = versions.find((v) => v.id === row.questionnaireVersionId);
    if (!version) throw new Error(`campaign ${row.id}: version missing`);
    const acceptance = campaignAcceptance(row, today);
    return {
      id: row.id,
      evaluationId: row.evaluationId,
      name: row.name,
      questionnaire: {
        id: version.questionnaireId,
        title: version.title,
        version: version.version,
        versionId: version.id,
      },
      stakeholder: groups.find((g) => g.id === row.stakeholderId) ?? null,
      wave: row.wave,
      arm: row.arm,
      opensOn: row.opensOn,
      closesOn: row.closesOn,
      targetResponses: row.targetResponses,
      status: row.status,
      acceptingAnswers: acceptance.accepting,
      closedReason: acceptance.accepting ? null : acceptance.reason,
      channels: { publicLink: row.publicLink, staffEntry: row.staffEntry, paperUpload: row.paperUpload },
      respondentCodes: row.respondentCodes,
      consent: { contact: null, ...row.consent },
      publicUrl: row.publicLink ? `${publicUrl.replace(/\/$/, "")}/f/${row.publicToken}` : null,
      responses: Number(counts.find((c) => c.id === row.id)?.n ?? 0),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}

export async function listCampaignRows(db: Db, evaluationId: string): Promise<CampaignRow[]> {
  return db
    .select()
    .from(campaigns)
    .where(eq(campaigns.evaluationId, evaluationId))
    .orderBy(asc(campaigns.createdAt));
}
