/** Runs a command-line entry point: a readable message and exit code 1 on failure, no stack trace for users. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    if (process.env.PLENARY_DEBUG && error instanceof Error) console.error(error.stack);
    process.exit(1);
  });
}
