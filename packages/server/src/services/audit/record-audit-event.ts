import { auditEvents, type Db } from "@ricochet/db";
import { type Actor, actorLabel, actorUserId } from "../context.ts";

export interface AuditEntry {
  organisationId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  summary?: Record<string, unknown>;
}

/** Called inside the same transaction as the write it records: both land or neither. */
export async function recordAuditEvent(tx: Db, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({
    organisationId: entry.organisationId,
    actorUserId: actorUserId(actor),
    actorLabel: actorLabel(actor),
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    summary: entry.summary ?? {},
  });
}
