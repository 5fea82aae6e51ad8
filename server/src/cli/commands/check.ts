import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { URI } from 'vscode-uri';
import { CONFIG_FILE_NAME } from '../../engine/config/workspaceConfig';
import type { Problem } from '../../engine/problem';
import { findLessonFiles } from '../../engine/workspace/findLessonFiles';
import { LessonWorkspace } from '../../engine/workspace/LessonWorkspace';
import type { CliIo } from '../cliIo';

const HELP = `Usage: learn-once check [paths...]

Checks lesson files (*.lesson.yaml, *.lesson.yml) with the same engine and the same
learn-once.yaml as the editor. Folders are searched; with no path, the current folder.

Prints one line per problem:  file:line:col severity code message
Exit codes: 0 no errors, 1 errors found, 2 usage or internal error.
`;

export interface CheckedFile {
  path: string;
  uri: string;
  problems: Problem[];
}

/** Loads the folders holding the given paths, checks every lesson under them and returns the problems. */
export async function checkPaths(paths: string[], cwd: string): Promise<CheckedFile[]> {
  const targets = paths.length > 0 ? paths.map((target) => path.resolve(cwd, target)) : [cwd];
  const files = new Set<string>();
  const roots = new Set<string>();
  for (const target of targets) {
    const stat = await fs.stat(target).catch(() => undefined);
    if (stat?.isDirectory() && !target.match(/\.lesson\.ya?ml$/i)) {
      roots.add(await configRoot(target));
      for (const file of await findLessonFiles(target)) files.add(file);
    } else {
      roots.add(await configRoot(path.dirname(target)));
      files.add(target);
    }
  }
  const workspace = new LessonWorkspace({ folders: [...roots] });
  for (const root of roots) await workspace.loadConfig(root);
  // Every lesson under the roots is indexed so cross-file rules see the whole workspace.
  for (const root of roots) for (const file of await findLessonFiles(root)) await workspace.updateFromDisk(URI.file(file).toString());
  for (const file of files) if (!workspace.index.has(URI.file(file).toString())) await workspace.updateFromDisk(URI.file(file).toString());
  return [...files].sort().map((file) => {
    const uri = URI.file(file).toString();
    return { path: file, uri, problems: workspace.index.problemsFor(uri) };
  });
}

/** The nearest folder upwards with a learn-once.yaml, else the folder itself. */
async function configRoot(folder: string): Promise<string> {
  let current = folder;
  for (;;) {
    const exists = await fs.stat(path.join(current, CONFIG_FILE_NAME)).then(() => true, () => false);
    if (exists) return current;
    const parent = path.dirname(current);
    if (parent === current) return folder;
    current = parent;
  }
}

export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    io.stderr.write(`learn-once check: ${error instanceof Error ? error.message : String(error)}\nRun 'learn-once check --help' for usage.\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  for (const target of parsed.positionals) {
    const exists = await fs.lstat(path.resolve(io.cwd, target)).then(() => true, () => false);
    if (!exists) {
      io.stderr.write(`learn-once check: '${target}' does not exist. Give a lesson file or a folder of lessons.\n`);
      return 2;
    }
  }
  const checked = await checkPaths(parsed.positionals, io.cwd);
  let errors = 0;
  let warnings = 0;
  for (const file of checked) {
    const shown = path.relative(io.cwd, file.path) || file.path;
    for (const problem of file.problems) {
      if (problem.severity === 'error') errors++;
      else if (problem.severity === 'warning') warnings++;
      io.stdout.write(`${shown}:${problem.range.start.line + 1}:${problem.range.start.character + 1} ${problem.severity} ${problem.code} ${problem.message}\n`);
    }
  }
  io.stderr.write(`${checked.length} lesson${checked.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.\n`);
  return errors > 0 ? 1 : 0;
}
