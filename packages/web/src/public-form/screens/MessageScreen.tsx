/** @jsxImportSource preact */
import type { ComponentChildren } from "preact";
import { Title } from "./Title.tsx";

interface MessageProps {
  title: string;
  children?: ComponentChildren;
  /** Buttons under the message. */
  actions?: ComponentChildren;
  /** "done": a thank-you; "problem": something stops the respondent; "wait": it will go on by itself. */
  tone?: "done" | "problem" | "wait" | "neutral";
  /** A line above the title (which questionnaire). */
  eyebrow?: string | null;
}

/** The picture of each tone: a tick, a clock, an "i"; drawn, so nothing to download. */
function ToneIcon({ tone }: { tone: MessageProps["tone"] }) {
  if (tone === "neutral" || !tone) return null;
  const [fill, stroke] =
    tone === "done"
      ? ["#dcfce7", "#166534"]
      : tone === "wait"
        ? ["#fef3c7", "#92400e"]
        : ["#eff6ff", "#1e3a8a"];
  return (
    <svg class="message-icon" aria-hidden="true" focusable="false" viewBox="0 0 48 48" width="56" height="56">
      <circle cx="24" cy="24" r="22" fill={fill} stroke={stroke} stroke-width="3" />
      <path
        d={tone === "done" ? "M14 25l7 7 13-15" : tone === "wait" ? "M24 12v13l8 5" : "M24 22v13M24 14v1"}
        fill="none"
        stroke={stroke}
        stroke-width="4"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

/** A one-message screen: link not found, not open, closed, no network, declined, queued, thank you. */
export function MessageScreen({ title, children, actions, tone = "neutral", eyebrow }: MessageProps) {
  return (
    <div class={`message message-${tone}`}>
      <ToneIcon tone={tone} />
      {eyebrow ? <p class="eyebrow">{eyebrow}</p> : null}
      <Title>{title}</Title>
      {children}
      {actions ? <div class="actions">{actions}</div> : null}
    </div>
  );
}
