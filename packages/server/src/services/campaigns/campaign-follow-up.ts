import { formSessions, submissions } from "@ricochet/db";
import { pickText } from "@ricochet/domain";
import { and, asc, count, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { ServiceContext } from "../context.ts";
import { loadCompiledVersion } from "../submissions/compiled-versions.ts";
import { authorizeCampaign } from "./campaign-access.ts";

/** How a campaign's collection is going: answers over time against the target, and where people stop. */
export interface CampaignFollowUp {
  campaignId: string;
  target: number | null;
  responses: number;
  deleted: number;
  withCode: number;
  easyRead: number;
  byDay: Array<{ date: string; count: number; cumulative: number }>;
  bySource: Array<{ source: string; count: number }>;
  byLanguage: Array<{ language: string; count: number }>;
  /** Respondents who opened the public form, how many finished, and how far the others got. */
  sessions: { started: number; completed: number };
  pages: Array<{ index: number; name: string; title: string; questions: number; reached: number }>;
}

// Days are counted in metropolitan France's time, where the organisations are.
const day = sql<string>`to_char(${submissions.receivedAt} at time zone 'Europe/Paris', 'YYYY-MM-DD')`;

export async function getCampaignFollowUp(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  campaignId: string,
): Promise<CampaignFollowUp> {
  const { campaign } = await authorizeCampaign(
    ctx.db,
    ctx.actor,
    organisationId,
    evaluationId,
    campaignId,
    "evaluation.read",
  );
  const live = and(eq(submissions.campaignId, campaign.id), isNull(submissions.deletedAt));
  const [totals] = await ctx.db
    .select({
      responses: count(),
      withCode: sql<number>`count(${submissions.respondentCode})`,
      easyRead: sql<number>`count(*) filter (where ${submissions.easyRead})`,
    })
    .from(submissions)
    .where(live);
  const [deleted] = await ctx.db
    .select({ n: count() })
    .from(submissions)
    .where(and(eq(submissions.campaignId, campaign.id), isNotNull(submissions.deletedAt)));
  const days = await ctx.db
    .select({ date: day, n: count() })
    .from(submissions)
    .where(live)
    .groupBy(day)
    .orderBy(asc(day));
  const sources = await ctx.db
    .select({ source: submissions.source, n: count() })
    .from(submissions)
    .where(live)
    .groupBy(submissions.source);
  const languages = await ctx.db
    .select({ language: submissions.language, n: count() })
    .from(submissions)
    .where(live)
    .groupBy(submissions.language);
  const [sessions] = await ctx.db
    .select({ started: count(), completed: sql<number>`count(*) filter (where ${formSessions.completed})` })
    .from(formSessions)
    .where(eq(formSessions.campaignId, campaign.id));
  const version = await loadCompiledVersion(ctx.db, campaign.questionnaireVersionId);
  const { definition } = version.compiled;
  const furthest = await ctx.db
    .select({ page: formSessions.furthestPage, n: count() })
    .from(formSessions)
    .where(eq(formSessions.campaignId, campaign.id))
    .groupBy(formSessions.furthestPage);
  // A session reached page i when its furthest page is i or beyond.
  const reachedFrom = (index: number) =>
    furthest.filter((f) => f.page >= index).reduce((sum, f) => sum + Number(f.n), 0);
  const pages = definition.pages.map((page, index) => ({
    index,
    name: page.name,
    title: pickText(page.title, definition.defaultLanguage, definition.defaultLanguage),
    questions: page.questions.filter((q) => q.type !== "calculate").length,
    reached: reachedFrom(index),
  }));
  let cumulative = 0;
  return {
    campaignId: campaign.id,
    target: campaign.targetResponses,
    responses: Number(totals?.responses ?? 0),
    deleted: Number(deleted?.n ?? 0),
    withCode: Number(totals?.withCode ?? 0),
    easyRead: Number(totals?.easyRead ?? 0),
    byDay: days.map((d) => {
      cumulative += Number(d.n);
      return { date: d.date, count: Number(d.n), cumulative };
    }),
    bySource: sources.map((s) => ({ source: s.source, count: Number(s.n) })),
    byLanguage: languages.map((l) => ({ language: l.language, count: Number(l.n) })),
    sessions: { started: Number(sessions?.started ?? 0), completed: Number(sessions?.completed ?? 0) },
    pages,
  };
}
