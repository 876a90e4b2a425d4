import { fetchForm, postProgress } from "./api.ts";
import { chromeLanguage } from "./i18n.ts";
import { type Attempt, type FormMode, keepNothing, type SourceHost } from "./mode.ts";
import { deliver, enqueue, type OutboxEntry, outboxEntries } from "./outbox.ts";
import { cacheForm, clearFill, forgetForm, loadCachedForm, loadFill, saveFill } from "./storage.ts";

/**
 * A respondent's own page, /f/<token>: the form from the API (its copy on the device opens it
 * offline), the filling-in saved on the device, submissions through the outbox, progress pings.
 */
export function linkMode(token: string | null): FormMode {
  return {
    kind: "link",
    connect(host: SourceHost) {
      let opened = false;
      const load = async () => {
        if (!token) return host.missing();
        const cached = opened ? null : loadCachedForm(token);
        if (cached) {
          opened = true;
          host.form(cached);
        }
        const result = await fetchForm(token, chromeLanguage(navigator.language ?? "fr"));
        if (result.kind === "ok") {
          cacheForm(token, result.form);
          opened = true;
          host.form(result.form);
        } else if (result.kind === "not_found") {
          forgetForm(token);
          host.missing();
        } else host.unreachable();
      };
      void load();
      return { reload: () => void load(), close: () => {} };
    },
    keeper: token
      ? {
          load: () => loadFill(token),
          save: (fill) => saveFill(token, fill),
          clear: () => clearFill(token),
          forgetForm: () => forgetForm(token),
        }
      : keepNothing,
    transport: {
      submit(body, language) {
        if (!token) return Promise.resolve({ kind: "not_found" });
        const entry: OutboxEntry = { token, body, language, queuedAt: body.submittedAt };
        enqueue(entry);
        return deliver(entry);
      },
      resend(mine) {
        let attempt: Attempt | null = null;
        for (const entry of outboxEntries()) {
          if (entry.token === token && entry.body.idempotencyKey === mine)
            attempt = { body: entry.body, send: () => deliver(entry) };
          else void deliver(entry);
        }
        return attempt;
      },
      waiting: () => outboxEntries().length > 0,
    },
    progress(session, page, completed) {
      if (token) postProgress(token, session, page, completed);
    },
    words: (t) => t,
    banner: null,
    again: null,
  };
}
