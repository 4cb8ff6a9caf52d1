import fs from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

// axe-core as the public site's accessibility test uses it (a dependency of apps/web).
const AXE_PATH = createRequire(new URL("../../apps/web/package.json", import.meta.url)).resolve(
  "axe-core/axe.min.js",
);
let axeSource: string | undefined;

/**
 * Serious and critical axe-core violations (WCAG 2.1 A/AA and best practice) on the page, as "rule: targets".
 * axe is evaluated through the DevTools protocol rather than added as a <script>: the admin's Content-Security-Policy
 * rightly refuses scripts it did not issue a nonce for.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  axeSource ??= fs.readFileSync(AXE_PATH, "utf8");
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
}
