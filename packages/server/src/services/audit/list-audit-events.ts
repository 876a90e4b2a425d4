import { auditEvents } from "@ricochet/db";
import { and, desc, eq, lt } from "drizzle-orm";
import { authorize } from "../authorize.ts";
import type { ServiceContext } from "../context.ts";

export interface AuditEventView {
  id: number;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  summary: Record<string, unknown>;
  createdAt: string;
}

export interface AuditPage {
  events: AuditEventView[];
  /** Pass as `before` for the next (older) page; null at the end. */
  nextCursor: number | null;
}

export async function listAuditEvents(
  ctx: ServiceContext,
  organisationId: string,
  options: { before?: number; limit?: number } = {},
): Promise<AuditPage> {
  await authorize(ctx.db, ctx.actor, organisationId, "audit.read");
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  const rows = await ctx.db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.organisationId, organisationId),
        options.before ? lt(auditEvents.id, options.before) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return {
    events: page.map(({ organisationId: _o, createdAt, ...rest }) => ({
      ...rest,
      createdAt: createdAt.toISOString(),
    })),
    nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}
