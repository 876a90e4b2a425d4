import { postSubmission, type SendResult } from "./api.ts";
import { readJson, removeKey, writeJson } from "./storage.ts";
import type { SubmissionBody } from "./types.ts";

// Submissions wait here, on the device, until the server has answered for good. An entry is
// written before the first attempt and sent again, always with the same idempotency key, on the
// `online` event, every 20 s and at the next page load: the server stores it once.

export interface OutboxEntry {
  token: string;
  body: SubmissionBody;
  /** The language of the server's messages (Accept-Language). */
  language: string;
  queuedAt: string;
}

const OUTBOX = "ricochet-form:outbox";

export function outboxEntries(): OutboxEntry[] {
  const entries = readJson<OutboxEntry[]>(OUTBOX);
  return Array.isArray(entries) ? entries.filter((e) => e?.token && e.body?.idempotencyKey) : [];
}

function write(entries: OutboxEntry[]): void {
  if (entries.length === 0) removeKey(OUTBOX);
  else writeJson(OUTBOX, entries);
}

export function enqueue(entry: OutboxEntry): void {
  write([...outboxEntries().filter((e) => e.body.idempotencyKey !== entry.body.idempotencyKey), entry]);
}

export function dequeue(key: string): void {
  write(outboxEntries().filter((e) => e.body.idempotencyKey !== key));
}

const inFlight = new Set<string>();

/**
 * Sends one entry, unless it is already on its way (a double click, the timer and the `online`
 * event at once): null then. The entry stays queued after a network failure and leaves the
 * outbox once the server answered for good (stored, or refused).
 */
export async function deliver(entry: OutboxEntry): Promise<SendResult | null> {
  const key = entry.body.idempotencyKey;
  if (inFlight.has(key)) return null;
  inFlight.add(key);
  try {
    const result = await postSubmission(entry.token, entry.body, entry.language);
    if (result.kind !== "network") dequeue(key);
    return result;
  } finally {
    inFlight.delete(key);
  }
}
