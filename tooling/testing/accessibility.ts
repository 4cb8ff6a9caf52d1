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

/** The WCAG levels axe-core checks (2.0, 2.1 and 2.2, A and AA). */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Violations of WCAG 2.0/2.1/2.2 A and AA rules of any impact, and serious or critical violations of axe's best
 * practices, as "rule (impact): targets".
 */
export async function wcagViolations(page: Page): Promise<string[]> {
  axeSource ??= fs.readFileSync(AXE_PATH, "utf8");
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (wcagTags) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              tags: string[];
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: [...wcagTags, "best-practice"] },
    });
    return result.violations.map(({ id, impact, tags, nodes }) => ({
      id,
      impact,
      wcag: tags.some((tag) => wcagTags.includes(tag)),
      targets: nodes.map((node) => node.target.join(" ")),
    }));
  }, WCAG_TAGS);
  return violations
    .filter((v) => v.wcag || v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.targets.slice(0, 5).join(", ")}`);
}
