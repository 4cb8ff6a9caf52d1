#!/usr/bin/env node
/// <reference types="node" />
// The command line of @plenary/domain: the library stays free of I/O; reading files and printing happen here.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { checkMeetingFile, errorsOf, PublicationStatus, readPressRelease, ReaderError } from "../index";
import { CliError } from "./cli-error";
import { parseFile, readJson, readText } from "./files";
import { issueReport } from "./issue-report";
import { KnowledgeFile } from "./knowledge-file";

const USAGE = `Usage:
  plenary-domain check <record.json> [--status draft|published] [--json]
      Checks a meeting export or meeting record against the schema and rules 1–9.
      Exit code 0: no errors (warnings may be listed); 1: errors; 2: the file could not be checked.
  plenary-domain read <release.txt> [--knowledge <knowledge.json>]
      Reads an English press release and prints the proposed record as JSON, each fact with its evidence,
      reconciled against the reference data shipped with the package (every country, the main intergovernmental
      organizations, their bodies and memberships; no people) or the given knowledge file.
      Exit code 0: read; 2: the text or a file could not be read.`;

/**
 * The reference data the package ships: beside cli.js in the built package (written at build time), the committed
 * export (generated/reference-data.json) when run from the source tree.
 */
const SNAPSHOT =
  [
    new URL("./reference-data.json", import.meta.url),
    new URL("./generated/reference-data.json", import.meta.url),
  ].find((url) => existsSync(url)) ?? new URL("./reference-data.json", import.meta.url);

function check(file: string, flags: { status?: string; json?: boolean }): number {
  const status = PublicationStatus.safeParse(flags.status ?? "draft");
  if (!status.success)
    throw new CliError(
      `--status must be one of ${PublicationStatus.options.join(", ")}; got "${flags.status}".`,
    );
  const issues = checkMeetingFile(readJson(file, "The record"), { status: status.data });
  console.log(flags.json ? JSON.stringify(issues, null, 2) : issueReport(file, issues));
  return errorsOf(issues).length > 0 ? 1 : 0;
}

function read(file: string, flags: { knowledge?: string }): number {
  const knowledgePath = flags.knowledge ?? fileURLToPath(SNAPSHOT);
  const knowledge = parseFile(
    KnowledgeFile,
    readJson(knowledgePath, "The knowledge file"),
    knowledgePath,
    "The knowledge file",
  );
  const text = readText(file, "The press release");
  try {
    console.log(JSON.stringify(readPressRelease(text, knowledge), null, 2));
  } catch (error) {
    if (error instanceof ReaderError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
  return 0;
}

function main(argv: string[]): number {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      status: { type: "string" },
      json: { type: "boolean" },
      knowledge: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, file, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (command !== "check" && command !== "read")
    throw new CliError(`Unknown command "${command}".\n${USAGE}`);
  if (!file || rest.length > 0) throw new CliError(`"${command}" takes one file.\n${USAGE}`);
  return command === "check" ? check(file, values) : read(file, values);
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (
    !(error instanceof CliError) &&
    !(error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))
  )
    throw error;
  console.error(`plenary-domain: ${error.message}`);
  process.exitCode = 2;
}
