import { campaigns, type Db, formSessions, organisations } from "@ricochet/db";
import {
  AppError,
  type CampaignClosedReason,
  type CompiledQuestionnaire,
  campaignAcceptance,
  parseInput,
  type RespondentCodeMode,
  type TConsentNotice,
  type TFormProgress,
  type TSubmissionInput,
  ZFormProgress,
} from "@ricochet/domain";
import { eq, sql } from "drizzle-orm";
import type { CampaignRow } from "../campaigns/campaign-view.ts";
import { localDate } from "../local-date.ts";
import { newId } from "../new-id.ts";
import { loadCompiledVersion } from "./compiled-versions.ts";
import { type RecordedSubmission, recordSubmission } from "./record-submission.ts";

/** What a respondent's device receives: the form, and nothing about the organisation's data. */
export interface PublicForm {
  campaign: {
    name: string;
    organisation: string;
    acceptingAnswers: boolean;
    closedReason: CampaignClosedReason | null;
    opensOn: string | null;
    closesOn: string | null;
    respondentCodes: RespondentCodeMode;
    consent: TConsentNotice;
  };
  version: { id: string; number: number; contentHash: string };
  questionnaire: CompiledQuestionnaire;
}

async function campaignByToken(
  db: Db,
  token: string,
): Promise<{ campaign: CampaignRow; organisation: string }> {
  if (!/^[A-Za-z0-9_-]{10,64}$/.test(token)) throw new AppError("FORM_NOT_FOUND");
  const [row] = await db
    .select({ campaign: campaigns, organisation: organisations.name })
    .from(campaigns)
    .innerJoin(organisations, eq(organisations.id, campaigns.organisationId))
    .where(eq(campaigns.publicToken, token));
  // A campaign whose public link is turned off answers as if the link did not exist.
  if (!row?.campaign.publicLink) throw new AppError("FORM_NOT_FOUND");
  return row;
}

// Submissions of a busy campaign read its settings once every few seconds, not each time: a
// campaign closed here is forgotten at once, one closed by another server within CACHE_MS.
const CACHE_MS = 3000;
const cached = new Map<string, { at: number; value: { campaign: CampaignRow; organisation: string } }>();

async function cachedCampaignByToken(db: Db, token: string) {
  const hit = cached.get(token);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.value;
  const value = await campaignByToken(db, token);
  if (cached.size > 1000) cached.clear();
  cached.set(token, { at: Date.now(), value });
  return value;
}

/** Called when a campaign's settings change, so that this process applies them at once. */
export function forgetCampaignToken(token: string): void {
  cached.delete(token);
}

const today = localDate;

export async function getPublicForm(db: Db, token: string, now: Date): Promise<PublicForm> {
  const { campaign, organisation } = await campaignByToken(db, token);
  const acceptance = campaignAcceptance(campaign, today(now));
  const version = await loadCompiledVersion(db, campaign.questionnaireVersionId);
  return {
    campaign: {
      name: campaign.name,
      organisation,
      acceptingAnswers: acceptance.accepting,
      closedReason: acceptance.accepting ? null : acceptance.reason,
      opensOn: campaign.opensOn,
      closesOn: campaign.closesOn,
      respondentCodes: campaign.respondentCodes,
      consent: { contact: null, ...campaign.consent },
    },
    version: { id: version.id, number: version.version, contentHash: version.contentHash },
    questionnaire: version.compiled,
  };
}

/** Refuses answers when the campaign does not take any today, saying why and since when. */
export function assertAccepting(campaign: CampaignRow, now: Date): void {
  const acceptance = campaignAcceptance(campaign, today(now));
  if (acceptance.accepting) return;
  if (acceptance.reason === "draft") throw new AppError("FORM_NOT_OPEN", { opens: "" });
  if (acceptance.reason === "not_yet_open")
    throw new AppError("FORM_NOT_OPEN", {
      opens: { fr: ` (ouverture le ${campaign.opensOn})`, en: ` (opens on ${campaign.opensOn})` },
    });
  throw new AppError("FORM_CLOSED", {
    closed:
      campaign.closesOn && acceptance.reason === "ended"
        ? { fr: ` depuis le ${campaign.closesOn}`, en: ` since ${campaign.closesOn}` }
        : "",
  });
}

export async function submitPublicForm(
  db: Db,
  token: string,
  input: TSubmissionInput,
  now: Date,
): Promise<RecordedSubmission> {
  const { campaign } = await cachedCampaignByToken(db, token);
  // No transaction: one insert, batched with the submissions arriving at the same time.
  return recordSubmission(db, campaign, input, {
    source: "web",
    now,
    batched: true,
    beforeInsert: () => assertAccepting(campaign, now),
  });
}

/** Records how far a respondent got (anonymous), for completion and drop-out by page. */
export async function recordFormProgress(
  db: Db,
  token: string,
  input: TFormProgress,
  now: Date,
): Promise<void> {
  const data = parseInput(ZFormProgress, input);
  const { campaign } = await cachedCampaignByToken(db, token);
  // A closed campaign's link still opens (to say it is closed); its visits are not progress.
  if (!campaignAcceptance(campaign, today(now)).accepting) return;
  await db
    .insert(formSessions)
    .values({
      id: newId(),
      organisationId: campaign.organisationId,
      campaignId: campaign.id,
      sessionKey: data.sessionKey,
      furthestPage: data.page,
      completed: data.completed,
      startedAt: now,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [formSessions.campaignId, formSessions.sessionKey],
      set: {
        furthestPage: sql`greatest(${formSessions.furthestPage}, excluded.furthest_page)`,
        completed: sql`${formSessions.completed} or excluded.completed`,
        updatedAt: now,
      },
    });
}
