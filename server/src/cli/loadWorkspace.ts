import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { CONFIG_FILE_NAME } from '../engine/config/workspaceConfig';
import { isThemeFileName, isLessonFileName } from '../../../shared/lessonFiles';
import { LessonWorkspace } from '../engine/workspace/LessonWorkspace';
import { decodeLessonBytes, readPlainFileSync } from '../engine/workspace/readLessonFile';
import { UsageError } from './usageError';

export interface LoadedWorkspace {
  workspace: LessonWorkspace;
  /** The workspace folders: for each path given, the nearest folder upwards with a learn-once.yaml. */
  roots: string[];
  /** The lesson files the paths given name or contain, absolute and sorted. */
  targets: string[];
  /** The theme files (`*.theme.yaml`) the paths given name or contain, absolute and sorted. */
  themeTargets: string[];
}

export interface LoadOptions {
  /** Called as lessons are read, so long runs can show progress. */
  onProgress?: (done: number, total: number) => void;
  /** Build the similarity index too (for hints, reports and `similar`); plain checks skip it. */
  similarity?: boolean;
}

/**
 * Loads the workspace an editor would see for the given paths: each path's workspace
 * folder with its learn-once.yaml and every lesson and theme in it, so cross-file rules
 * (unique ids, references) see the whole workspace even when only some files are named.
 */
export async function loadWorkspace(paths: readonly string[], cwd: string, options: LoadOptions = {}): Promise<LoadedWorkspace> {
  const resolved = paths.length > 0 ? paths.map((target) => path.resolve(cwd, target)) : [path.resolve(cwd)];
  const roots = new Set<string>();
  const folders: string[] = [];
  const named: string[] = [];
  for (const [index, target] of resolved.entries()) {
    const kind = await targetKind(target, paths[index] ?? target);
    if (kind === 'folder') {
      folders.push(target);
      roots.add(await configRoot(target));
    } else {
      named.push(target);
      roots.add(await configRoot(path.dirname(target)));
    }
  }
  const workspace = new LessonWorkspace({ folders: [...roots], similarity: options.similarity ?? false });
  for (const root of roots) await workspace.loadConfig(root);
  // The editor reads folders in this order too, which keeps related locations in the same order.
  // A workspace folder inside another (a nested learn-once.yaml) would otherwise list its lessons twice.
  const listing = await workspace.findLessonsAndThemes();
  const everyLesson = [...new Set(listing.lessons)];
  const found = new Set(everyLesson);
  const namedLessons = named.filter((file) => !isThemeFileName(file));
  const extra = [...new Set(namedLessons)].filter((file) => !found.has(file));
  const files = [...everyLesson, ...extra];
  await readInOrder(workspace, files, options.onProgress);
  // Themes are few: read after the lessons, their references checked against all of them.
  const everyTheme = [...new Set(listing.themes)];
  const namedThemes = named.filter(isThemeFileName);
  await workspace.loadThemes([...everyTheme, ...[...new Set(namedThemes)].filter((file) => !everyTheme.includes(file))]);
  const targets = new Set<string>(namedLessons);
  for (const file of everyLesson) if (folders.some((folder) => isInside(folder, file))) targets.add(file);
  const themeTargets = new Set<string>(namedThemes);
  for (const file of everyTheme) if (folders.some((folder) => isInside(folder, file))) themeTargets.add(file);
  return { workspace, roots: [...roots], targets: [...targets].sort(), themeTargets: [...themeTargets].sort() };
}

/**
 * Adds the files to the workspace in the order given, so results never depend on timing.
 * A batch run reads synchronously: for thousands of small files that costs a tenth of
 * the CPU of promise-based reads. Anything but plain UTF-8 text within the size limit
 * goes through the workspace's own reading, which turns it into the right problem.
 */
async function readInOrder(workspace: LessonWorkspace, files: readonly string[], onProgress?: (done: number, total: number) => void): Promise<void> {
  for (const [index, file] of files.entries()) {
    const uri = URI.file(file).toString();
    const text = readPlainLesson(file, workspace.maxFileSize);
    if (text !== undefined) workspace.updateText(uri, text);
    else await workspace.updateFromDisk(uri);
    onProgress?.(index + 1, files.length);
  }
}

/** The file's text when it is a regular, readable UTF-8 text file within the limit; otherwise undefined. */
function readPlainLesson(file: string, maxFileSize: number): string | undefined {
  const read = readPlainFileSync(file, maxFileSize);
  if (!read?.bytes) return undefined;
  const decoded = decodeLessonBytes(read.bytes);
  return typeof decoded === 'string' ? decoded : undefined;
}

/**
 * What a path on the command line is. A folder named like a lesson (or theme) file, a
 * broken link or an unreadable file is a file path (and gets its problem); a missing path
 * or a file that is not a lesson or a theme is a usage error.
 */
async function targetKind(target: string, given: string): Promise<'folder' | 'file'> {
  const link = await fs.lstat(target).catch(() => undefined);
  if (!link) throw new UsageError(`'${given}' does not exist. Give a lesson file (*.lesson.yaml) or a folder of lessons.`);
  if (isLessonFileName(target) || isThemeFileName(target)) return 'file';
  const stat = await fs.stat(target).catch(() => undefined);
  if (stat?.isDirectory()) return 'folder';
  throw new UsageError(`'${given}' is not a lesson file; lesson files are named *.lesson.yaml or *.lesson.yml. Give a lesson file or a folder of lessons.`);
}

/** The nearest folder upwards with a learn-once.yaml, else the folder itself. */
export async function configRoot(folder: string): Promise<string> {
  let current = folder;
  for (;;) {
    const exists = await fs.stat(path.join(current, CONFIG_FILE_NAME)).then(
      (stat) => stat.isFile(),
      () => false,
    );
    if (exists) return current;
    const parent = path.dirname(current);
    if (parent === current) return folder;
    current = parent;
  }
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
