/**
 * The `cchc` command line. Exit codes: 0 all is well, 1 problems found,
 * 2 an input cannot be used (one line on stderr, never a stack trace).
 */
import { parseArgs, ParseArgsConfig } from "util";
import { viCli } from "../strings/vi-cli";
import "./native-inflate";
import { runAdopt } from "./commands/adopt";
import { runAggregate } from "./commands/aggregate";
import { runCheck } from "./commands/check";
import { runExtract } from "./commands/extract";
import { runFill } from "./commands/fill";
import { runNew } from "./commands/new";
import { runTemplates } from "./commands/templates";
import { EXIT, UsageFailure } from "./failure";
import { UnsafeTextError } from "../core/text-safety";
import { IDENTITY_OPTIONS } from "./options";

type Out = (s: string) => void;
type Options = NonNullable<ParseArgsConfig["options"]>;

function parse(rest: string[], options: Options) {
  try {
    return parseArgs({ args: rest, allowPositionals: true, options });
  } catch (e) {
    throw new UsageFailure(viCli.errArgs(argProblem(e as Error & { code?: string })));
  }
}

/** util.parseArgs's English reason, in Vietnamese: the option it names, and what is wrong with it. */
function argProblem(e: Error & { code?: string }): string {
  const named = /'(-[^' ]+)/.exec(e.message)?.[1] ?? /'([^']+)'/.exec(e.message)?.[1] ?? "";
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return viCli.argUnknownOption(named);
  if (e.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return viCli.argExtra(named);
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return /does not take an argument/.test(e.message) ? viCli.argNoValue(named) : viCli.argOptionValue(named);
  return e.message.split("\n")[0];
}

const JSON_FLAG = { json: { type: "boolean", default: false } } as const;
const OUTPUT = { output: { type: "string", short: "o" } } as const;

const COMMANDS: Record<string, (rest: string[], out: Out, err: Out) => Promise<number>> = {
  templates: (rest, out) => runTemplates({ json: !!parse(rest, JSON_FLAG).values.json }, out),
  new: (rest, out) => {
    const { values } = parse(rest, { ...IDENTITY_OPTIONS, ...OUTPUT, ...JSON_FLAG, data: { type: "string" }, plan: { type: "string" } });
    return runNew({ ...(values as Record<string, string>), json: !!values.json }, out);
  },
  fill: (rest, out) => {
    const { values, positionals } = parse(rest, { ...OUTPUT, ...JSON_FLAG, overwrite: { type: "boolean", default: false }, plan: { type: "string" } });
    return runFill({ files: positionals, output: values.output as string | undefined, plan: values.plan as string | undefined, overwrite: !!values.overwrite, json: !!values.json }, out);
  },
  extract: (rest, out, err) => {
    const { values, positionals } = parse(rest, { ...OUTPUT, ...JSON_FLAG, ...IDENTITY_OPTIONS });
    return runExtract({ ...(values as Record<string, string>), files: positionals, output: values.output as string | undefined, json: !!values.json }, out, err);
  },
  adopt: (rest, out) => {
    const { values, positionals } = parse(rest, { ...OUTPUT, ...JSON_FLAG, ...IDENTITY_OPTIONS });
    return runAdopt({ ...(values as Record<string, string>), files: positionals, output: values.output as string | undefined, json: !!values.json }, out);
  },
  aggregate: (rest, out) => {
    const { values, positionals } = parse(rest, { ...OUTPUT, ...JSON_FLAG, template: { type: "string" } });
    return runAggregate({ inputs: positionals, output: values.output as string | undefined, template: values.template as string | undefined, json: !!values.json }, out);
  },
  check: (rest, out, err) => {
    const { values, positionals } = parse(rest, {
      ...JSON_FLAG,
      ...IDENTITY_OPTIONS,
      final: { type: "boolean", default: false },
      previous: { type: "string" },
      plan: { type: "string" },
      "template-file": { type: "string" },
    });
    const v = values as Record<string, string | boolean | undefined>;
    return runCheck(
      {
        files: positionals,
        final: !!v.final,
        json: !!v.json,
        previous: v.previous as string | undefined,
        plan: v.plan as string | undefined,
        templateFile: v["template-file"] as string | undefined,
        identity: v as Record<string, string>,
        err,
      },
      out,
    );
  },
};

export async function main(argv: string[], out: Out = (s) => process.stdout.write(`${s}\n`), err: Out = (s) => process.stderr.write(`${s}\n`)): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      out(viCli.usage);
      return command === undefined ? EXIT.unusable : EXIT.ok;
    }
    const run = COMMANDS[command];
    if (!run) throw new UsageFailure(viCli.errUnknownCommand(command));
    return await run(rest, out, err);
  } catch (e) {
    // Text a document cannot carry is refused with a message naming where it is.
    if (e instanceof UsageFailure || e instanceof UnsafeTextError) err(`cchc: ${e.message}`);
    else err(`cchc: ${viCli.errUnexpected(e instanceof Error ? e.message : String(e))}`);
    return EXIT.unusable;
  }
}
