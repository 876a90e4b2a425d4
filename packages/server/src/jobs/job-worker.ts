import { randomUUID } from "node:crypto";
import { type Db, jobs, queryRows } from "@ricochet/db";
import { isAppError } from "@ricochet/domain";
import { and, eq, sql } from "drizzle-orm";
import { JobCancelled, type JobRegistry } from "./job-definition.ts";

export interface JobWorkerOptions {
  db: Db;
  registry: JobRegistry;
  /** How often an idle worker looks for work. */
  pollMs?: number;
  /** A running job whose lease is older than this is taken back (its worker died). */
  leaseMs?: number;
  /** Delay before retry n is 2^(n-1) × this. */
  backoffMs?: number;
  log?: (message: string) => void;
}

export interface JobWorker {
  /** Runs at most one due job; true if it ran one. For tests and the CLI. */
  runOnce(): Promise<boolean>;
  start(): void;
  stop(): Promise<void>;
}

type JobRow = typeof jobs.$inferSelect;

export function createJobWorker(options: JobWorkerOptions): JobWorker {
  const { db, registry } = options;
  const pollMs = options.pollMs ?? 1000;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const backoffMs = options.backoffMs ?? 30_000;
  const log = options.log ?? ((m: string) => console.log(`[jobs] ${m}`));
  const workerId = `worker-${randomUUID().slice(0, 8)}`;
  let running = false;
  let loop: Promise<void> | undefined;

  async function recoverAbandoned(): Promise<void> {
    await db
      .update(jobs)
      .set({ status: "queued", lockedAt: null, lockedBy: null })
      .where(
        and(
          eq(jobs.status, "running"),
          sql`${jobs.lockedAt} < now() - make_interval(secs => ${leaseMs / 1000}::double precision)`,
        ),
      );
  }

  async function claim(): Promise<JobRow | undefined> {
    // SKIP LOCKED lets several workers (several API instances) share one queue.
    const rows = await queryRows<{ id: number }>(
      db,
      sql`update jobs set status = 'running', locked_at = now(), locked_by = ${workerId}, attempts = attempts + 1
          where id = (select id from jobs where status = 'queued' and run_at <= now()
                      order by run_at, id for update skip locked limit 1)
          returning id`,
    );
    const id = rows[0]?.id;
    if (id === undefined) return undefined;
    const [job] = await db
      .select()
      .from(jobs)
      .where(eq(jobs.id, Number(id)));
    return job;
  }

  async function finish(job: JobRow, values: Partial<JobRow>): Promise<void> {
    await db
      .update(jobs)
      .set({ lockedAt: null, lockedBy: null, ...values })
      .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId)));
  }

  async function execute(job: JobRow): Promise<void> {
    const definition = registry.get(job.name);
    if (!definition) {
      await finish(job, { status: "failed", error: `unknown job "${job.name}"`, finishedAt: new Date() });
      return;
    }
    const controller = new AbortController();
    const reportProgress = async (fraction: number, message?: { fr: string; en: string }) => {
      const [row] = await db
        .update(jobs)
        .set({
          progress: Math.min(Math.max(fraction, 0), 1),
          progressMessage: message ?? null,
          lockedAt: new Date(),
        })
        .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId)))
        .returning({ cancelRequested: jobs.cancelRequested });
      if (row?.cancelRequested) controller.abort();
      return !row?.cancelRequested;
    };
    try {
      const parsed = definition.schema.safeParse(job.payload);
      if (!parsed.success) throw new Error(`invalid payload: ${parsed.error.message}`);
      const result = await definition.handler(parsed.data, {
        db,
        jobId: job.id,
        organisationId: job.organisationId,
        attempt: job.attempts,
        reportProgress,
        signal: controller.signal,
      });
      if (controller.signal.aborted) throw new JobCancelled();
      await finish(job, { status: "succeeded", progress: 1, result: result ?? null, finishedAt: new Date() });
    } catch (error) {
      if (error instanceof JobCancelled || controller.signal.aborted) {
        await finish(job, { status: "cancelled", finishedAt: new Date() });
        return;
      }
      const message = isAppError(error)
        ? `${error.code}: ${error.message}`
        : String((error as Error)?.message ?? error);
      // Invalid input will not become valid by waiting: only other failures are retried.
      const retry = job.attempts < job.maxAttempts && !isAppError(error);
      log(`${job.name} #${job.id} failed (attempt ${job.attempts}/${job.maxAttempts}): ${message}`);
      await finish(
        job,
        retry
          ? {
              status: "queued",
              error: message,
              runAt: new Date(Date.now() + backoffMs * 2 ** (job.attempts - 1)),
            }
          : { status: "failed", error: message, finishedAt: new Date() },
      );
    }
  }

  async function runOnce(): Promise<boolean> {
    await recoverAbandoned();
    const job = await claim();
    if (!job) return false;
    await execute(job);
    return true;
  }

  return {
    runOnce,
    start() {
      if (running) return;
      running = true;
      loop = (async () => {
        while (running) {
          const ran = await runOnce().catch((error) => {
            log(`worker error: ${(error as Error).message}`);
            return false;
          });
          if (!ran && running) await new Promise((r) => setTimeout(r, pollMs));
        }
      })();
    },
    async stop() {
      running = false;
      await loop;
    },
  };
}
