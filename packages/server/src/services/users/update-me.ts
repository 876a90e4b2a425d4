import { users } from "@ricochet/db";
import { AppError, parseInput, type TUpdateMe, ZUpdateMe } from "@ricochet/domain";
import { eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import type { ServiceContext } from "../context.ts";

/** Own profile: display name and preferred language (used for e-mails and exports). */
export async function updateMe(ctx: ServiceContext, input: TUpdateMe): Promise<void> {
  if (ctx.actor.type !== "user") throw new AppError("UNAUTHENTICATED");
  const data = parseInput(ZUpdateMe, input);
  if (Object.keys(data).length === 0) return;
  const userId = ctx.actor.userId;
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ ...data, updatedAt: new Date() })
      .where(eq(users.id, userId));
    await recordAuditEvent(tx, ctx.actor, {
      organisationId: null,
      action: "user.updated",
      targetType: "user",
      targetId: userId,
      summary: { fields: Object.keys(data) },
    });
  });
}
