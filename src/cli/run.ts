/** The CLI dispatcher: one function from arguments to an exit code, with no process globals. */
import { parseArgs } from 'node:util';
import { visibleText } from '../io/errors.js';
import { loadJsonc } from '../io/jsonc.js';
import { loadParsers } from '../io/parsers.js';
import { loadExplainers } from '../schema/explainers.js';
import { EXIT, UsageError, type CliIo, type ExitCode } from './io.js';
import { MAIN_HELP } from './usage.js';
import { VERSION } from './version.js';

type Command = (args: string[], io: CliIo) => ExitCode | Promise<ExitCode>;

/**
 * A command that parses or validates documents without check's retry (src/cli/batch/check-task.ts), with
 * every parser and explaining validator loaded first: in the built CLI they are loaded on demand
 * (src/cli/on-demand.ts), and only `check` waits for a document to need them.
 */
const loadingAll =
  (command: Command): Command =>
  async (args, io) => {
    await Promise.all([loadExplainers(), loadParsers(), loadJsonc()]);
    return command(args, io);
  };

// Each command is imported when it runs: a run loads one command's code (and --version or --help none).
const COMMANDS: Record<string, Command> = {
  check: async (args, io) => {
    // A batch's worker starts loading before check's own code does (batch/early.ts); what check does not take is stopped.
    const early = (await import('./batch/early.js')).startEarlyWorkers(args, io.cwd);
    try {
      return await (await import('./commands/check.js')).runCheck(args, io, early);
    } finally {
      void early?.close();
    }
  },
  init: loadingAll(async (args, io) => (await import('./commands/init.js')).runInit(args, io)),
  explain: loadingAll(async (args, io) => (await import('./commands/explain.js')).runExplain(args, io)),
  schema: loadingAll(async (args, io) => (await import('./commands/schema.js')).runSchema(args, io)),
  migrate: loadingAll(async (args, io) => (await import('./commands/migrate.js')).runMigrate(args, io)),
  changes: loadingAll(async (args, io) => (await import('./commands/changes.js')).runChanges(args, io)),
  convert: loadingAll(async (args, io) => (await import('./commands/convert.js')).runConvert(args, io)),
  serve: loadingAll(async (args, io) => (await import('./commands/serve.js')).runServe(args, io)),
  summary: loadingAll(async (args, io) => (await import('./commands/summary.js')).runSummary(args, io)),
};

export async function run(argv: string[], io: CliIo): Promise<ExitCode> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      // `help check` is `check --help`; anything else after --help is a mistake, not something to ignore.
      const [topic, ...extra] = rest;
      if (topic !== undefined && command === 'help' && extra.length === 0 && Object.prototype.hasOwnProperty.call(COMMANDS, topic)) return await COMMANDS[topic]!(['--help'], io);
      if (topic !== undefined) throw new UsageError(`${command} takes no arguments (found "${topic}"). Use "secretome-checklist <command> --help" for a command's options.`);
      io.stdout.write(MAIN_HELP);
      return command === undefined ? EXIT.usage : EXIT.pass;
    }
    if (command === '--version' || command === '-V') {
      if (rest.length > 0) throw new UsageError(`${command} takes no arguments (found "${rest[0]}").`);
      io.stdout.write(`${VERSION}\n`);
      return EXIT.pass;
    }
    const handler = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!handler) throw new UsageError(`unknown command "${command}". Commands: ${Object.keys(COMMANDS).join(', ')}. See --help.`);
    return await handler(rest, io);
  } catch (error) {
    // node:util parseArgs reports unknown or malformed flags with ERR_PARSE_ARGS_* codes: the user's mistake.
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    // 'workbook-writer-missing': an optional dependency left out at install time, which the user can add.
    if (error instanceof UsageError || code === 'workbook-writer-missing' || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      // Several problems (e.g. in a user checklist) are several lines, each with the prefix.
      const message = (error as Error).message.replace(/\. To specify a positional.*$/s, '.');
      // Each line passes the sanitiser: messages echo file names, config keys and checklist entries.
      io.stderr.write(`${message.split('\n').map((line) => `secretome-checklist: ${visibleText(line)}`).join('\n')}\n`);
      return EXIT.usage;
    }
    // Not the user's fault: say so in one line; the stack only on request.
    const detail = io.env.SECRETOME_CHECKLIST_DEBUG ? `\n${(error as Error).stack ?? ''}` : '';
    io.stderr.write(`secretome-checklist: internal error: ${visibleText(String((error as Error)?.message ?? error))}. Please report this.${detail}\n`);
    return EXIT.usage;
  }
}
