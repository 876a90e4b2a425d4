/** @jsxImportSource preact */
import { useEffect, useRef } from "preact/hooks";
import { fmt, type Strings } from "../i18n.ts";

export interface SummaryEntry {
  name: string;
  label: string;
  message: string;
}

/** Puts the focus on the first control of a question and brings it into view. */
export function focusQuestion(name: string): void {
  const block = document.getElementById(`q-${name}`);
  const control = block?.querySelector<HTMLElement>(
    "input:not([disabled]), textarea, select, button:not([disabled]):not(.btn-listen)",
  );
  (control ?? block)?.focus();
  block?.scrollIntoView({ block: "center" });
}

/** The problems of the page, at its top, each a link to its question; focused when shown. */
export function ErrorSummary({
  t,
  entries,
  focusToken,
}: {
  t: Strings;
  entries: SummaryEntry[];
  focusToken: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusToken > 0) {
      box.current?.focus();
      box.current?.scrollIntoView({ block: "start" });
    }
  }, [focusToken]);
  return (
    <div class="summary" tabIndex={-1} ref={box}>
      <h2>{entries.length === 1 ? t.summaryOne : fmt(t.summaryMany, { n: entries.length })}</h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.name}>
            <a
              href={`#q-${entry.name}`}
              onClick={(event) => {
                event.preventDefault();
                focusQuestion(entry.name);
              }}
            >
              {entry.label} — {entry.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
