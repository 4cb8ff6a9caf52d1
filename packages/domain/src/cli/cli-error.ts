/** A problem with what the command was given (a missing file, invalid JSON, unreadable text): exit code 2. */
export class CliError extends Error {
  override readonly name = "CliError";
}
