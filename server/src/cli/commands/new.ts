import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { lessonFileName, newLessonText, nextFreeId } from '../../engine/authoring/newLesson';
import { findLocality, findLocalityByPrefix, type Locality, type WorkspaceConfig } from '../../engine/config/workspaceConfig';
import { todayIso } from '../../engine/lesson/analyzeLesson';
import { parseCommandArgs, requiredText } from '../args';
import type { CliIo } from '../cliIo';
import { displayPath } from '../format/paths';
import { configRoot, loadWorkspace } from '../loadWorkspace';
import { UsageError } from '../usageError';

export const NEW_HELP = `Usage: learn-once new --locality NAME --title TEXT [folder]

Starts a new lesson from the same template as the editor's New Lesson command, with
the locality's next free id, in the locality's folder of the workspace (the nearest
folder upwards from [folder], default the current folder, with a learn-once.yaml).
Prints the path of the new file.

Options:
  -l, --locality <name>  the locality: its name, an alias or its prefix (e.g. GM)
  -t, --title <text>     the lesson's title, one line
  -h, --help             this help
`;

/** A title is one line a colleague would search for. */
const MAX_TITLE_LENGTH = 300;

export async function newCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    locality: { type: 'string', short: 'l' },
    title: { type: 'string', short: 't' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(NEW_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`give one folder at most, not ${positionals.length}. Quote a title with spaces: --title "Two words".`);
  const localityName = requiredText('locality', values.locality, '"Leeds Care Record"');
  const title = requiredText('title', values.title, '"Consent model agreed with three trusts"');
  if (/[\r\n]/.test(title)) throw new UsageError('--title is one line; put the detail in the answers.');
  if (title.length > MAX_TITLE_LENGTH) throw new UsageError(`--title is at most ${MAX_TITLE_LENGTH} characters; this one has ${title.length}.`);

  const folder = await existingFolder(io.cwd, positionals[0]);
  const root = await configRoot(folder);
  const { workspace } = await loadWorkspace([root], io.cwd);
  const config = workspace.configFor(path.join(root, lessonFileName('X-1')));
  const locality = localityNamed(config, localityName);
  const id = nextFreeId(locality.prefix, workspace.index.ids());
  const file = path.join(root, locality.folder, lessonFileName(id));
  await fs.mkdir(path.dirname(file), { recursive: true });
  try {
    await fs.writeFile(file, newLessonText({ id, title, locality, date: todayIso() }), { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    io.stderr.write(
      `learn-once new: could not write ${displayPath(file, io.cwd)}: ${exists ? 'a file of that name already exists' : error instanceof Error ? error.message : String(error)}.\n`,
    );
    return 2;
  }
  io.stdout.write(`${displayPath(file, io.cwd)}\n`);
  io.stderr.write(`Created ${id} for ${locality.name}. Answer the three questions, then run 'learn-once check'.\n`);
  return 0;
}

async function existingFolder(cwd: string, given: string | undefined): Promise<string> {
  const folder = path.resolve(cwd, given ?? '.');
  const stat = await fs.stat(folder).catch(() => undefined);
  if (!stat?.isDirectory()) throw new UsageError(`'${given}' is not a folder. Give the workspace folder the lesson belongs in.`);
  return folder;
}

function localityNamed(config: WorkspaceConfig, name: string): Locality {
  const found = findLocality(config, name) ?? findLocalityByPrefix(config, name.toUpperCase());
  if (found) return found;
  const known = config.localities.map((locality) => `${locality.name} (${locality.prefix})`).join(', ');
  throw new UsageError(`'${name}' is not a locality of this workspace. Known localities: ${known}.`);
}
