import { campaigns, formSessions, indicatorDefinitions } from "@ricochet/db";
import type { QuestionnaireDefinition } from "@ricochet/domain";
import { and, eq, inArray } from "drizzle-orm";
import { createCampaign } from "../services/campaigns/create-campaign.ts";
import { updateCampaign } from "../services/campaigns/update-campaign.ts";
import type { ServiceContext } from "../services/context.ts";
import { newId } from "../services/new-id.ts";
import { createQuestionnaire } from "../services/questionnaires/create-questionnaire.ts";
import { publishQuestionnaire } from "../services/questionnaires/publish-questionnaire.ts";
import { generateRespondentCodes } from "../services/respondents/respondent-codes.ts";
import { recordSubmission } from "../services/submissions/record-submission.ts";
import { DEMO_COLLECTIONS, type DemoCollection, seededRandom } from "./demo-collection.ts";
import type { DemoQuestionnaire } from "./demo-questionnaires.ts";

const DAY = 86_400_000;

/** The demo questionnaire with its library indicators resolved to definition ids. */
async function withIndicatorIds(
  ctx: ServiceContext,
  demo: DemoQuestionnaire,
): Promise<QuestionnaireDefinition> {
  const { indicators, ...definition } = demo;
  const codes = Object.values(indicators).flat();
  const rows = await ctx.db
    .select({ id: indicatorDefinitions.id, code: indicatorDefinitions.code })
    .from(indicatorDefinitions)
    .where(and(inArray(indicatorDefinitions.code, codes), eq(indicatorDefinitions.scope, "public")));
  const idOf = new Map(rows.map((r) => [r.code, r.id]));
  return {
    ...definition,
    pages: definition.pages.map((page) => ({
      ...page,
      questions: page.questions.map((question) => {
        const ids = (indicators[question.name] ?? []).flatMap((code) => idOf.get(code) ?? []);
        return ids.length > 0 ? { ...question, indicatorIds: ids } : question;
      }),
    })),
  };
}

/**
 * A questionnaire, its campaigns (baseline and endline, treated and control) and their answers
 * in one demo evaluation. Answers go through the same checks as real ones; their dates spread
 * over each campaign's period, up to today.
 */
async function seedOne(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  demo: DemoCollection,
) {
  const random = seededRandom(demo.evaluation.length * 7919 + demo.questionnaire.pages.length);
  const created = await createQuestionnaire(ctx, organisationId, evaluationId, {
    title: demo.questionnaire.title.fr ?? "Questionnaire",
    definition: await withIndicatorIds(ctx, demo.questionnaire),
  });
  await publishQuestionnaire(ctx, organisationId, evaluationId, created.id);
  const panelSize = Math.max(...demo.campaigns.filter((c) => c.codes === "panel").map((c) => c.answers), 0);
  const panel =
    panelSize > 0
      ? (await generateRespondentCodes(ctx, organisationId, evaluationId, { count: panelSize })).codes
      : [];
  // Who each panel member is (their level), kept from the baseline to the endline.
  const levels = panel.map(() => random() * 2 - 1);
  const today = Date.now();
  for (const spec of demo.campaigns) {
    const campaign = await createCampaign(ctx, organisationId, evaluationId, {
      name: spec.name,
      questionnaireId: created.id,
      wave: spec.wave,
      arm: spec.arm,
      opensOn: spec.opensOn,
      closesOn: spec.closesOn,
      targetResponses: spec.target,
      respondentCodes: spec.codes === "panel" ? "panel" : "none",
      paperUpload: true,
      consent: demo.consent,
    });
    await updateCampaign(ctx, organisationId, evaluationId, campaign.id, { status: "open" });
    const [row] = await ctx.db.select().from(campaigns).where(eq(campaigns.id, campaign.id));
    if (!row) throw new Error("demo campaign missing");
    const start = Date.parse(spec.opensOn);
    const end = Math.max(start + DAY, Math.min(Date.parse(spec.closesOn), today));
    // Attrition: the endline reaches most of the baseline's panel, not all of it.
    const members = panel
      .map((code, i) => ({ code, level: levels[i] ?? 0 }))
      .filter(() => random() < spec.answers / panelSize);
    const people =
      spec.codes === "panel"
        ? members.slice(0, spec.answers)
        : Array.from({ length: spec.answers }, () => ({
            code: null as string | null,
            level: random() * 2 - 1,
          }));
    const submissions = people.map((person, index) => {
      const submittedAt = new Date(start + Math.floor(random() * (end - start)));
      const source =
        random() < 0.8 ? ("web" as const) : random() < 0.75 ? ("staff" as const) : ("import" as const);
      return {
        submittedAt,
        source,
        input: {
          idempotencyKey: `demo-${demo.evaluation}-${spec.key}-${String(index).padStart(4, "0")}`,
          answers: demo.answer(random, spec.wave, spec.arm, person.level),
          respondentCode: person.code,
          consent: true,
          language: random() < 0.92 ? "fr" : "en",
          easyRead: random() < 0.12,
          submittedAt: submittedAt.toISOString(),
        },
      };
    });
    // Sent together, they are written in a few batched INSERTs. The campaign's own checks
    // (dates, channels) are skipped: these answers are from the past.
    await Promise.all(
      submissions.map(({ input, source, submittedAt }) =>
        recordSubmission(ctx.db, row, input, { source, now: submittedAt, batched: true }),
      ),
    );
    await seedSessions(
      ctx,
      organisationId,
      campaign.id,
      people.length,
      demo.questionnaire.pages.length,
      random,
    );
    if (spec.status === "closed")
      await updateCampaign(ctx, organisationId, evaluationId, campaign.id, { status: "closed" });
  }
}

/** Respondents' progress through the public form: those who finished, and some who stopped. */
async function seedSessions(
  ctx: ServiceContext,
  organisationId: string,
  campaignId: string,
  completed: number,
  pages: number,
  random: () => number,
) {
  const abandoned = Math.round(completed * 0.18);
  const rows = [
    ...Array.from({ length: completed }, () => ({ furthestPage: pages - 1, completed: true })),
    ...Array.from({ length: abandoned }, () => ({
      furthestPage: Math.floor(random() * pages),
      completed: false,
    })),
  ].map((r, i) => ({
    id: newId(),
    organisationId,
    campaignId,
    sessionKey: `demo-session-${campaignId.slice(0, 8)}-${i}`,
    ...r,
  }));
  for (let i = 0; i < rows.length; i += 200) await ctx.db.insert(formSessions).values(rows.slice(i, i + 200));
}

export async function seedCollections(
  ctx: (author: string) => ServiceContext,
  orgIds: Map<string, string>,
  evaluationIds: Map<string, string>,
): Promise<void> {
  for (const demo of DEMO_COLLECTIONS) {
    const organisationId = orgIds.get(demo.evaluation);
    const evaluationId = evaluationIds.get(demo.evaluation);
    if (!organisationId || !evaluationId)
      throw new Error(`demo collection ${demo.evaluation}: evaluation missing`);
    await seedOne(ctx(demo.author), organisationId, evaluationId, demo);
  }
}
