import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { CliIo } from './cliIo';
import { UsageError } from './usageError';

/** Writes a command's result to --out/--output FILE, or to stdout when no file is given. */
export async function writeOutput(io: CliIo, text: string, file: string | undefined): Promise<void> {
  if (file === undefined) {
    io.stdout.write(text);
    return;
  }
  const target = path.resolve(io.cwd, file);
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, text, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'it is a folder' : error instanceof Error ? error.message : String(error);
    throw new UsageError(`could not write '${file}': ${reason}. Give a file path you can write to.`);
  }
}
