import { type Db, jobs } from "@ricochet/db";
import { parseInput } from "@ricochet/domain";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { JobDefinition } from "./job-definition.ts";

export interface EnqueueOptions {
  organisationId?: string | null;
  createdByUserId?: string | null;
  runAt?: Date;
}

/** Queues a job; its payload is validated now and again when a worker takes it. */
export async function enqueueJob<S extends z.ZodType>(
  db: Db,
  definition: JobDefinition<S>,
  payload: z.input<S>,
  options: EnqueueOptions = {},
): Promise<{ id: number }> {
  const parsed = parseInput(definition.schema, payload);
  const [row] = await db
    .insert(jobs)
    .values({
      name: definition.name,
      payload: parsed,
      maxAttempts: definition.maxAttempts ?? 3,
      organisationId: options.organisationId ?? null,
      createdByUserId: options.createdByUserId ?? null,
      runAt: options.runAt ?? new Date(),
    })
    .returning({ id: jobs.id });
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Asks a job to stop: a queued job is cancelled at once, a running one at its next progress report. */
export async function requestJobCancellation(db: Db, jobId: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(jobs)
      .set({ status: "cancelled", finishedAt: new Date(), cancelRequested: true })
      .where(and(eq(jobs.id, jobId), eq(jobs.status, "queued")));
    await tx
      .update(jobs)
      .set({ cancelRequested: true })
      .where(and(eq(jobs.id, jobId), eq(jobs.status, "running")));
  });
}
