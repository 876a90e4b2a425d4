import { jobs } from "@ricochet/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  createJobWorker,
  defineJob,
  enqueueJob,
  JobCancelled,
  jobRegistry,
  requestJobCancellation,
} from "../src/jobs/index.ts";
import type { TestApp } from "./helpers/test-app.ts";
import { createTestApp } from "./helpers/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let flaky = 0;
const sum = defineJob({
  name: "test.sum",
  schema: z.object({ values: z.array(z.number()).min(1) }),
  handler: async ({ values }, ctx) => {
    await ctx.reportProgress(0.5, { fr: "À mi-chemin", en: "Halfway" });
    return { total: values.reduce((a, b) => a + b, 0) };
  },
});
const flakyJob = defineJob({
  name: "test.flaky",
  schema: z.object({ failTimes: z.number() }),
  maxAttempts: 3,
  handler: async ({ failTimes }) => {
    if (flaky++ < failTimes) throw new Error(`boom ${flaky}`);
    return "ok";
  },
});
const longJob = defineJob({
  name: "test.long",
  schema: z.object({}),
  handler: async (_payload, ctx) => {
    for (let i = 0; i < 100; i++) {
      if (i === 2) await requestJobCancellation(ctx.db, ctx.jobId);
      if (!(await ctx.reportProgress(i / 100))) throw new JobCancelled();
    }
  },
});

const registry = jobRegistry([sum, flakyJob, longJob]);
const worker = () => createJobWorker({ db: t.database.db, registry, backoffMs: 0, log: () => {} });
const row = async (id: number) => (await t.database.db.select().from(jobs).where(eq(jobs.id, id)))[0]!;

describe("durable jobs", () => {
  it("validates the payload when queued, runs it, keeps progress and the result", async () => {
    await expect(enqueueJob(t.database.db, sum, { values: [] })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });
    const { id } = await enqueueJob(t.database.db, sum, { values: [1, 2, 3.5] }, { organisationId: "org-1" });
    expect((await row(id)).status).toBe("queued");
    expect(await worker().runOnce()).toBe(true);
    expect(await row(id)).toMatchObject({
      status: "succeeded",
      progress: 1,
      result: { total: 6.5 },
      attempts: 1,
    });
    expect(await worker().runOnce()).toBe(false);
  });

  it("retries with backoff, then records the failure", async () => {
    flaky = 0;
    const { id } = await enqueueJob(t.database.db, flakyJob, { failTimes: 1 });
    const w = worker();
    await w.runOnce();
    expect(await row(id)).toMatchObject({ status: "queued", error: "boom 1", attempts: 1 });
    await w.runOnce();
    expect(await row(id)).toMatchObject({ status: "succeeded", result: "ok", attempts: 2 });
    flaky = 0;
    const doomed = await enqueueJob(t.database.db, flakyJob, { failTimes: 10 });
    for (let i = 0; i < 5; i++) await w.runOnce();
    expect(await row(doomed.id)).toMatchObject({ status: "failed", attempts: 3, error: "boom 3" });
  });

  it("cancels a queued job at once and a running one at its next progress report", async () => {
    const queued = await enqueueJob(t.database.db, sum, { values: [1] });
    await requestJobCancellation(t.database.db, queued.id);
    expect((await row(queued.id)).status).toBe("cancelled");
    const running = await enqueueJob(t.database.db, longJob, {});
    await worker().runOnce();
    const after = await row(running.id);
    expect(after.status).toBe("cancelled");
    expect(after.progress).toBeLessThan(0.1);
  });

  it("takes back a job whose worker died (survives a restart)", async () => {
    const { id } = await enqueueJob(t.database.db, sum, { values: [2, 2] });
    await t.database.db
      .update(jobs)
      .set({
        status: "running",
        lockedBy: "dead-worker",
        lockedAt: new Date(Date.now() - 3_600_000),
        attempts: 1,
      })
      .where(eq(jobs.id, id));
    await worker().runOnce();
    expect(await row(id)).toMatchObject({ status: "succeeded", result: { total: 4 }, attempts: 2 });
  });

  it("fails a job nobody knows how to run, without retrying it", async () => {
    const [unknown] = await t.database.db
      .insert(jobs)
      .values({ name: "nobody.knows", payload: {} })
      .returning();
    await worker().runOnce();
    expect(await row(unknown!.id)).toMatchObject({ status: "failed", error: 'unknown job "nobody.knows"' });
  });
});
