"use client";

import { useEffect } from "react";

/**
 * Whether a click on this link would take the browser to another page of the app in the same tab: the links the
 * App Router follows without a page load, so the browser's own "Leave site?" prompt never shows for them.
 */
export function isInAppNavigation(
  event: Pick<MouseEvent, "button" | "metaKey" | "ctrlKey" | "shiftKey" | "altKey" | "defaultPrevented">,
  link: { href: string; target: string; hasDownload: boolean },
  here: URL,
): boolean {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  )
    return false;
  if (link.hasDownload || (link.target && link.target !== "_self")) return false;
  const to = new URL(link.href, here);
  if (to.origin !== here.origin) return false;
  // A jump within the page (the section links, the error summary) leaves nothing behind.
  return !(to.pathname === here.pathname && to.search === here.search);
}

/**
 * Asks before an in-app link leaves a page with unsaved changes. Next's App Router has no hook for this, so clicks on
 * links are caught before Next's own handler sees them (capture phase) and stopped when the editor chooses to stay.
 * Reloads and closing the tab are asked by the browser (useLeaveGuard).
 */
export function useUnsavedNavigationGuard(dirty: boolean, question: string) {
  useEffect(() => {
    if (!dirty) return;
    const handler = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement)) return;
      const leaving = isInAppNavigation(
        event,
        { href: link.href, target: link.target, hasDownload: link.hasAttribute("download") },
        new URL(window.location.href),
      );
      if (leaving && !window.confirm(question)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    document.addEventListener("click", handler, true);
    return () => document.removeEventListener("click", handler, true);
  }, [dirty, question]);
}
