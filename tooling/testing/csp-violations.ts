import type { Page } from "playwright-core";

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Records every Content-Security-Policy violation on the page from now on: the browser's securitypolicyviolation
 * events (listened for before any of the page's scripts run) and its console reports ("Refused to …"). Returns a
 * function that gives the console's reports since its last call and the current document's events.
 */
export async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on("console", (message) => {
    if (
      /Content Security Policy|Refused to (execute|load|apply|connect|frame|evaluate)/i.test(message.text())
    ) {
      console.push(`${page.url()}: ${message.text()}`);
    }
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations!.push(
        `${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sample})`,
      );
    });
  });
  // Each call gives what is new since the last one (the console's reports) and the current document's events.
  return async () => [...console.splice(0), ...(await page.evaluate(() => window.__cspViolations ?? []))];
}
