import { checkCommand } from './commands/check';
import type { CliIo } from './cliIo';
import { usage, VERSION } from './usage';

/** Dispatches a command line to its subcommand; returns the exit code. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--version' || command === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(usage());
    return 0;
  }
  switch (command) {
    case 'check':
      return checkCommand(rest, io);
    default:
      io.stderr.write(`learn-once: unknown command '${command}'.\n\n${usage()}`);
      return 2;
  }
}
