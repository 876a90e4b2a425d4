import { randomBytes } from "node:crypto";
import { respondentCodes, submissions } from "@ricochet/db";
import {
  parseInput,
  respondentCodeFrom,
  type TGenerateRespondentCodes,
  ZGenerateRespondentCodes,
} from "@ricochet/domain";
import { and, asc, count, eq, isNotNull, max } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { nowOf, type ServiceContext } from "../context.ts";
import { authorizeEvaluation } from "../evaluations/evaluation-access.ts";
import { newId } from "../new-id.ts";

export interface RespondentCodeView {
  code: string;
  batch: number;
  createdAt: string;
  /** How many submissions carry it (across the evaluation's campaigns). */
  submissions: number;
}

export async function listRespondentCodes(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
): Promise<RespondentCodeView[]> {
  await authorizeEvaluation(ctx.db, ctx.actor, organisationId, evaluationId, "data.collect");
  const codes = await ctx.db
    .select()
    .from(respondentCodes)
    .where(eq(respondentCodes.evaluationId, evaluationId))
    .orderBy(asc(respondentCodes.batch), asc(respondentCodes.code));
  const used = await ctx.db
    .select({ code: submissions.respondentCode, n: count() })
    .from(submissions)
    .where(and(eq(submissions.evaluationId, evaluationId), isNotNull(submissions.respondentCode)))
    .groupBy(submissions.respondentCode);
  const usage = new Map(used.map((u) => [u.code, Number(u.n)]));
  return codes.map((c) => ({
    code: c.code,
    batch: c.batch,
    createdAt: c.createdAt.toISOString(),
    submissions: usage.get(c.code) ?? 0,
  }));
}

/** Generates a new batch of pseudonymous codes for the evaluation's panel (to print and hand out). */
export async function generateRespondentCodes(
  ctx: ServiceContext,
  organisationId: string,
  evaluationId: string,
  input: TGenerateRespondentCodes,
): Promise<{ batch: number; codes: string[] }> {
  const data = parseInput(ZGenerateRespondentCodes, input);
  return ctx.db.transaction(async (tx) => {
    const { evaluation } = await authorizeEvaluation(
      tx,
      ctx.actor,
      organisationId,
      evaluationId,
      "evaluation.write",
    );
    const [last] = await tx
      .select({ batch: max(respondentCodes.batch) })
      .from(respondentCodes)
      .where(eq(respondentCodes.evaluationId, evaluationId));
    const batch = (last?.batch ?? 0) + 1;
    const existing = new Set(
      (
        await tx
          .select({ code: respondentCodes.code })
          .from(respondentCodes)
          .where(eq(respondentCodes.evaluationId, evaluationId))
      ).map((r) => r.code),
    );
    const codes: string[] = [];
    while (codes.length < data.count) {
      const code = respondentCodeFrom(randomBytes(8), data.prefix);
      if (existing.has(code)) continue;
      existing.add(code);
      codes.push(code);
    }
    const now = nowOf(ctx);
    await tx
      .insert(respondentCodes)
      .values(
        codes.map((code) => ({ id: newId(), organisationId, evaluationId, code, batch, createdAt: now })),
      );
    await recordAuditEvent(tx, ctx.actor, {
      organisationId,
      action: "respondent_codes.generated",
      targetType: "evaluation",
      targetId: evaluationId,
      summary: { evaluation: evaluation.title, batch, count: codes.length },
    });
    return { batch, codes };
  });
}
