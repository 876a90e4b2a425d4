import type { Db } from "@ricochet/db";
import type { Bilingual } from "@ricochet/domain";
import type { z } from "zod";

export interface JobContext {
  db: Db;
  jobId: number;
  organisationId: string | null;
  attempt: number;
  /** Records progress (0–1) and renews the lease; returns false when cancellation was asked. */
  reportProgress(fraction: number, message?: Bilingual): Promise<boolean>;
  /** Aborted when someone cancels the job (noticed at the next progress report). */
  signal: AbortSignal;
}

/** A kind of background work: its payload contract and what it does. */
export interface JobDefinition<S extends z.ZodType = z.ZodType, R = unknown> {
  name: string;
  schema: S;
  maxAttempts?: number;
  handler(payload: z.output<S>, ctx: JobContext): Promise<R>;
}

export function defineJob<S extends z.ZodType, R>(definition: JobDefinition<S, R>): JobDefinition<S, R> {
  return definition;
}

/** Thrown by a handler (or by the runner) when the job stopped because it was cancelled. */
export class JobCancelled extends Error {
  constructor() {
    super("job cancelled");
    this.name = "JobCancelled";
  }
}

export type JobRegistry = ReadonlyMap<string, JobDefinition>;

export function jobRegistry(definitions: JobDefinition[]): JobRegistry {
  const map = new Map<string, JobDefinition>();
  for (const d of definitions) {
    if (map.has(d.name)) throw new Error(`job ${d.name} is defined twice`);
    map.set(d.name, d);
  }
  return map;
}
