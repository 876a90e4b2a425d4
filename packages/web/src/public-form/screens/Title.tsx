/** @jsxImportSource preact */
import type { ComponentChildren } from "preact";

/** A screen's heading: focused when the screen changes, so that a screen reader starts there. */
export function Title({ children }: { children: ComponentChildren }) {
  return (
    <h1 class="title" tabIndex={-1}>
      {children}
    </h1>
  );
}
