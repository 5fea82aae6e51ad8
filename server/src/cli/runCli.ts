import type { CliIo } from './cliIo';
import { checkCommand } from './commands/check';
import { importCommand } from './commands/import';
import { newCommand } from './commands/new';
import { reportCommand } from './commands/report';
import { searchCommand } from './commands/search';
import { similarCommand } from './commands/similar';
import { usage, VERSION } from './usage';
import { UsageError } from './usageError';

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  check: checkCommand,
  import: importCommand,
  new: newCommand,
  report: reportCommand,
  search: searchCommand,
  similar: similarCommand,
};

/** The commands, as typed after `learn-once`. */
export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);

/** The command of that name; undefined for any other word, `toString` and `__proto__` too. */
function commandNamed(name: string): Command | undefined {
  return Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
}

/** Dispatches a command line to its subcommand; returns the exit code. Usage errors exit with 2. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--version' || command === '-v' || command === '-V') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    const helpFor = command === 'help' && rest[0] ? commandNamed(rest[0]) : undefined;
    if (helpFor) return helpFor(['--help'], io);
    io.stdout.write(usage());
    return 0;
  }
  const run = commandNamed(command);
  if (!run) {
    const hint = command.startsWith('-')
      ? `'${command}' is not an option here; options go after the command, e.g. 'learn-once check ${command}'.`
      : `unknown command '${command}'.`;
    io.stderr.write(`learn-once: ${hint}\n\n${usage()}`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`learn-once ${command}: ${error.message}\nRun 'learn-once ${command} --help' for usage.\n`);
      return 2;
    }
    throw error;
  }
}
