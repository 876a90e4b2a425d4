/** @jsxImportSource preact */
import { formatDate } from "../clock.ts";
import { fmt, type Strings } from "../i18n.ts";
import type { PublicForm } from "../types.ts";
import { MessageScreen } from "./MessageScreen.tsx";

// The screens that say one thing: where the respondent cannot (or no longer needs to) answer.

export function LoadingScreen({ t }: { t: Strings }) {
  return (
    <p class="loading" role="status">
      {t.loading}
    </p>
  );
}

export function NotFoundScreen({ t }: { t: Strings }) {
  return (
    <MessageScreen tone="problem" title={t.notFoundTitle}>
      <p>{t.notFoundText}</p>
    </MessageScreen>
  );
}

export function NetworkScreen({ t, onRetry }: { t: Strings; onRetry: () => void }) {
  return (
    <MessageScreen
      tone="problem"
      title={t.networkTitle}
      actions={
        <button type="button" class="btn btn-primary" onClick={onRetry}>
          {t.retry}
        </button>
      }
    >
      <p>{t.networkText}</p>
    </MessageScreen>
  );
}

/** Not open yet (with its opening date) or closed (with its closing date when it ended). */
export function ClosedScreen(props: {
  t: Strings;
  form: PublicForm;
  title: string;
  language: string;
  notSent: boolean;
}) {
  const { t, form, language } = props;
  const { closedReason, opensOn, closesOn } = form.campaign;
  const notOpen = closedReason === "draft" || closedReason === "not_yet_open";
  const text = notOpen
    ? closedReason === "not_yet_open" && opensOn
      ? fmt(t.notOpenOn, { date: formatDate(opensOn, language) })
      : t.notOpenText
    : closedReason === "ended" && closesOn
      ? fmt(t.endedOn, { date: formatDate(closesOn, language) })
      : t.closedText;
  return (
    <MessageScreen tone="problem" eyebrow={props.title} title={notOpen ? t.notOpenTitle : t.closedTitle}>
      {props.notSent ? <p class="lead">{t.notSent}</p> : null}
      <p>{text}</p>
    </MessageScreen>
  );
}

/** The button that starts another filling-in, when the mode offers one (staff entry, preview). */
export interface Again {
  label: string;
  onClick: () => void;
}

const againButton = (again: Again | null | undefined, kind: "primary" | "secondary") =>
  again ? (
    <button type="button" class={`btn btn-${kind}`} onClick={again.onClick}>
      {again.label}
    </button>
  ) : null;

export function DeclinedScreen({
  t,
  onBack,
  again,
}: {
  t: Strings;
  onBack: () => void;
  again?: Again | null;
}) {
  return (
    <MessageScreen
      title={t.declinedTitle}
      actions={
        <>
          {againButton(again, "primary")}
          <button type="button" class="btn btn-secondary" onClick={onBack}>
            {t.changedMind}
          </button>
        </>
      }
    >
      <p>{t.declinedText}</p>
    </MessageScreen>
  );
}

export function QueuedScreen({ t, sending, onRetry }: { t: Strings; sending: boolean; onRetry: () => void }) {
  return (
    <MessageScreen
      tone="wait"
      title={t.queuedTitle}
      actions={
        <button type="button" class="btn btn-secondary" onClick={onRetry} disabled={sending}>
          {sending ? t.sending : t.sendNow}
        </button>
      }
    >
      <p class="lead" role="status">
        {t.queued}
      </p>
      <p>{t.queuedHint}</p>
    </MessageScreen>
  );
}

export function ThanksScreen({ t, again }: { t: Strings; again?: Again | null }) {
  return (
    <MessageScreen tone="done" title={t.thanksTitle} actions={againButton(again, "primary")}>
      <p class="lead">{t.thanksText}</p>
    </MessageScreen>
  );
}

export function ResumeScreen({
  t,
  where,
  onResume,
  onRestart,
}: {
  t: Strings;
  /** Where the respondent had got to ("page 2 of 3"), when on a page. */
  where: string | null;
  onResume: () => void;
  onRestart: () => void;
}) {
  return (
    <MessageScreen
      title={t.resumeTitle}
      actions={
        <>
          <button type="button" class="btn btn-primary" onClick={onResume}>
            {t.resume}
          </button>
          <button type="button" class="btn btn-secondary" onClick={onRestart}>
            {t.restart}
          </button>
        </>
      }
    >
      <p>{t.resumeText}</p>
      {where ? <p>{where}</p> : null}
      <p class="hint">{t.restartNote}</p>
    </MessageScreen>
  );
}
