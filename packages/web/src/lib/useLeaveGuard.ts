import { useEffect } from "react";

/**
 * Asks before leaving while `active`: closing or reloading the tab (the browser's own prompt), and
 * following a link or a navigation button of the app (the app uses a declarative router, which
 * cannot block navigation itself, so clicks are checked before the router sees them).
 */
export function useLeaveGuard(active: boolean, message: string) {
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
        return;
      const target = event.target instanceof Element ? event.target : null;
      const link = target?.closest("a[href]");
      const navButton = target?.closest("nav button:not([aria-haspopup]):not([aria-expanded])");
      if (link instanceof HTMLAnchorElement) {
        if (link.target === "_blank" || link.hasAttribute("download")) return;
        const url = new URL(link.href, window.location.href);
        if (url.origin !== window.location.origin || url.pathname === window.location.pathname) return;
      } else if (!navButton) return;
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [active, message]);
}
