import { type Db, submissions } from "@ricochet/db";

type NewSubmission = typeof submissions.$inferInsert;

interface Pending {
  row: NewSubmission;
  resolve: (inserted: boolean) => void;
  reject: (error: unknown) => void;
}

const MAX_BATCH = 200;
const MAX_FLUSHES = 4;

/**
 * Public submissions arriving together are written in one INSERT … ON CONFLICT DO NOTHING: one
 * round trip and one commit for many respondents, which is what lets a busy campaign keep up.
 * Each caller waits for its batch to commit before its answer is acknowledged, so nothing is
 * acknowledged that is not stored. A batch that fails is retried row by row, so one bad row
 * never fails the others.
 */
export class SubmissionBatcher {
  private queue: Pending[] = [];
  private flushing = 0;
  private scheduled = false;

  constructor(private readonly db: Db) {}

  /** Resolves true when the row was stored, false when its key was already stored. */
  insert(row: NewSubmission): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.queue.push({ row, resolve, reject });
      this.schedule();
    });
  }

  private schedule() {
    if (this.scheduled || this.flushing >= MAX_FLUSHES || this.queue.length === 0) return;
    this.scheduled = true;
    // The rest of this turn of the event loop joins the batch.
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush() {
    const batch = this.queue.splice(0, MAX_BATCH);
    if (batch.length === 0) return;
    this.flushing += 1;
    try {
      const first = new Map<string, Pending>();
      const repeats: Pending[] = [];
      for (const pending of batch) {
        const key = `${pending.row.campaignId}\n${pending.row.idempotencyKey}`;
        if (first.has(key)) repeats.push(pending);
        else first.set(key, pending);
      }
      try {
        const stored = await this.insertRows([...first.values()].map((p) => p.row));
        for (const [key, pending] of first) pending.resolve(stored.has(key));
      } catch {
        for (const pending of first.values())
          await this.insertRows([pending.row]).then(
            (stored) => pending.resolve(stored.size > 0),
            (error) => pending.reject(error),
          );
      }
      for (const pending of repeats) pending.resolve(false);
    } finally {
      this.flushing -= 1;
      this.schedule();
    }
  }

  private async insertRows(rows: NewSubmission[]): Promise<Set<string>> {
    const inserted = await this.db
      .insert(submissions)
      .values(rows)
      .onConflictDoNothing({ target: [submissions.campaignId, submissions.idempotencyKey] })
      .returning({ campaignId: submissions.campaignId, key: submissions.idempotencyKey });
    return new Set(inserted.map((r) => `${r.campaignId}\n${r.key}`));
  }
}

const batchers = new WeakMap<Db, SubmissionBatcher>();

export function submissionBatcher(db: Db): SubmissionBatcher {
  let batcher = batchers.get(db);
  if (!batcher) {
    batcher = new SubmissionBatcher(db);
    batchers.set(db, batcher);
  }
  return batcher;
}
