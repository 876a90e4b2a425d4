import { type RefObject, useCallback, useEffect, useRef } from "react";

export interface FrameMessage {
  type: string;
  [key: string]: unknown;
}

/**
 * Messages from one same-origin iframe only (its window, this origin), and a way to answer it.
 * The handler may change on every render; the listener stays the same.
 */
export function useFrameMessages(
  frame: RefObject<HTMLIFrameElement | null>,
  onMessage: (message: FrameMessage) => void,
) {
  const handler = useRef(onMessage);
  handler.current = onMessage;
  useEffect(() => {
    const listen = (event: MessageEvent) => {
      if (event.origin !== window.location.origin) return;
      if (!frame.current || event.source !== frame.current.contentWindow) return;
      const data = event.data as unknown;
      if (data && typeof data === "object" && typeof (data as FrameMessage).type === "string")
        handler.current(data as FrameMessage);
    };
    window.addEventListener("message", listen);
    return () => window.removeEventListener("message", listen);
  }, [frame]);
  return useCallback(
    (message: FrameMessage) => frame.current?.contentWindow?.postMessage(message, window.location.origin),
    [frame],
  );
}
