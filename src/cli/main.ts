/**
 * The `cchc` command line. Exit codes: 0 all is well, 1 problems found,
 * 2 an input cannot be used (one line on stderr, never a stack trace).
 */
import { parseArgs } from "util";
import { vi } from "../strings";
import { runCheck } from "./commands/check";
import { EXIT, UsageFailure } from "./failure";

type Out = (s: string) => void;

export async function main(argv: string[], out: Out = (s) => process.stdout.write(`${s}\n`), err: Out = (s) => process.stderr.write(`${s}\n`)): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      out(vi.cli.usage);
      return command === undefined ? EXIT.unusable : EXIT.ok;
    }
    if (command !== "check") throw new UsageFailure(vi.cli.errUnknownCommand(command));
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          final: { type: "boolean", default: false },
          json: { type: "boolean", default: false },
          previous: { type: "string" },
          "template-file": { type: "string" },
        },
      });
    } catch (e) {
      throw new UsageFailure(vi.cli.errArgs((e as Error).message));
    }
    return await runCheck(
      {
        files: parsed.positionals,
        final: parsed.values.final ?? false,
        json: parsed.values.json ?? false,
        previous: parsed.values.previous,
        templateFile: parsed.values["template-file"],
      },
      out,
    );
  } catch (e) {
    if (e instanceof UsageFailure) err(`cchc: ${e.message}`);
    else err(`cchc: ${vi.cli.errUnexpected(e instanceof Error ? e.message : String(e))}`);
    return EXIT.unusable;
  }
}
