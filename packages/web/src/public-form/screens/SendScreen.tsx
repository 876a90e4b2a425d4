/** @jsxImportSource preact */
import type { Strings } from "../i18n.ts";
import { Title } from "./Title.tsx";

/** The last step: no review, just send (or go back). Disabled while sending: one click, one submission. */
export function SendScreen(props: {
  t: Strings;
  sending: boolean;
  error: string | null;
  onSend: () => void;
  onPrevious: () => void;
}) {
  const { t, sending, error } = props;
  return (
    <div class="send">
      <Title>{t.sendTitle}</Title>
      <p class="lead">{t.sendText}</p>
      {error ? (
        <p class="err err-block" role="alert">
          {error}
        </p>
      ) : null}
      <p class="sr-only" role="status">
        {sending ? t.sending : ""}
      </p>
      <div class="nav">
        <button type="button" class="btn btn-secondary" onClick={props.onPrevious} disabled={sending}>
          {t.previous}
        </button>
        <button type="button" class="btn btn-primary btn-send" onClick={props.onSend} disabled={sending}>
          {sending ? t.sending : t.send}
        </button>
      </div>
    </div>
  );
}
