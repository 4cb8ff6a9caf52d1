import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

// The W3C Nu HTML Checker (vnu.jar, from the npm package `vnu-jar`, a dev dependency of apps/web), run on the
// machine's Java: the package's own Java download is disabled (pnpm-workspace.yaml).
const VNU_JAR = createRequire(new URL("../../apps/web/package.json", import.meta.url))("vnu-jar") as string;

export interface NuMessage {
  /** "error", "info" (with subType "warning" for warnings) or "non-document-error" (the checker could not read it). */
  type: string;
  subType?: string;
  message: string;
  extract?: string;
  lastLine?: number;
  /** Which of the documents passed in (its name). */
  document: string;
}

/**
 * Checks HTML documents (name → markup) in one run of the checker: the JVM starts once for all of them. Returns
 * every message, named by document.
 */
export async function nuCheck(documents: Record<string, string>): Promise<NuMessage[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "plenary-vnu-"));
  try {
    // Files are numbered; the report names them by URL (file:/tmp/…/3.html).
    const names = Object.keys(documents);
    const files = await Promise.all(
      names.map(async (name, index) => {
        const file = path.join(dir, `${index}.html`);
        await fs.writeFile(file, documents[name]!);
        return file;
      }),
    );
    const { stdout, stderr } = await promisify(execFile)(
      "java",
      ["-jar", VNU_JAR, "--format", "json", "--exit-zero-always", ...files],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    // The JSON report goes to standard error.
    const report = JSON.parse(stderr.trim() || stdout) as {
      messages: (Omit<NuMessage, "document"> & { url?: string })[];
    };
    return report.messages.map(({ url, ...message }) => ({
      ...message,
      document: names[Number(/\/(\d+)\.html$/.exec(url ?? "")?.[1] ?? NaN)] ?? url ?? "(unknown)",
    }));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
