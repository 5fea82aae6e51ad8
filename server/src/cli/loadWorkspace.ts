import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME } from '../engine/config/workspaceConfig';
import { isThemeFileName, isLessonFileName } from '../../../shared/lessonFiles';
import { LessonWorkspace } from '../engine/workspace/LessonWorkspace';
import { isInsideFolder } from '../engine/workspace/isInsideFolder';
import { UsageError } from './usageError';
import { type AnalysedFile } from '../analysis/analyseLessonFile';
import { AnalysisPool } from '../analysis/analysisPool';
import { AnalysisSettingsByFolder } from '../analysis/analysisSettingsByFolder';
import { analyseInParallel, type ParallelAnalysisOptions } from '../analysis/parallelAnalysis';
import { startRankingAhead, type RankingAhead } from '../analysis/rankingAhead';
import { TimeSlicer } from '../analysis/timeSlicer';
import { todayIso } from '../engine/lesson/analyzeLesson';
import { emptyFacts } from '../engine/lesson/extractFacts';
import { fileUri } from '../engine/workspace/fileUri';

export interface LoadedWorkspace {
  workspace: LessonWorkspace;
  /** The workspace folders: for each path given, the nearest folder upwards with a learn-once.yaml. */
  roots: string[];
  /** The lesson files the paths given name or contain, absolute and sorted. */
  targets: string[];
  /** The theme files (`*.theme.yaml`) the paths given name or contain, absolute and sorted. */
  themeTargets: string[];
  /** Where the lessons were analysed: on how many index workers, and how many lessons on them and on this thread. */
  analysis: AnalysisCounts;
  /** The thread that follows the similarity engine to rank hints beside this one, when asked for and it pays (see RankingAhead). */
  ranking?: RankingAhead;
}

export type AnalysisCounts = ParallelAnalysisOptions['stats'];

export interface LoadOptions {
  /** Called as lessons are read, so long runs can show progress. */
  onProgress?: (done: number, total: number) => void;
  /** Build the similarity index too (for hints, reports and `similar`); plain checks skip it. */
  similarity?: boolean;
  /** Start a ranking thread to follow the similarity index, for a command that ranks every lesson's hint. */
  rankingThread?: boolean;
  /** Told when an index worker fails (its files are then read on this thread). */
  log?: (message: string) => void;
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
  // Index workers load while the configs are read and the folders listed; the analysis stops them if the files turn out too few.
  const pool = AnalysisPool.start(INDEX_WORKER_SCRIPT);
  let listing: { lessons: string[]; themes: string[] };
  let everyLesson: string[];
  let namedLessons: string[];
  let analysis: AnalysisCounts;
  let ranking: RankingAhead | undefined;
  try {
    for (const root of roots) await workspace.loadConfig(root);
    // The editor reads folders in this order too, which keeps related locations in the same order.
    // A workspace folder inside another (a nested learn-once.yaml) would otherwise list its lessons twice.
    listing = await workspace.findLessonsAndThemes();
    everyLesson = [...new Set(listing.lessons)];
    // Started before the lessons are read, so the thread is up by the time the similarity index is filled.
    if (options.similarity && options.rankingThread) ranking = startRankingAhead(RANKING_THREAD_SCRIPT, workspace.similarity, everyLesson.length);
    const found = new Set(everyLesson);
    namedLessons = named.filter((file) => !isThemeFileName(file));
    const extra = [...new Set(namedLessons)].filter((file) => !found.has(file));
    analysis = await readInOrder(workspace, [...everyLesson, ...extra], options, pool);
  } finally {
    await pool?.close();
  }
  // Themes are few: read after the lessons, their references checked against all of them.
  const everyTheme = [...new Set(listing.themes)];
  const namedThemes = named.filter(isThemeFileName);
  await workspace.loadThemes([...everyTheme, ...[...new Set(namedThemes)].filter((file) => !everyTheme.includes(file))]);
  const targets = new Set<string>(namedLessons);
  for (const file of everyLesson) if (folders.some((folder) => isInsideFolder(folder, file))) targets.add(file);
  const themeTargets = new Set<string>(namedThemes);
  for (const file of everyTheme) if (folders.some((folder) => isInsideFolder(folder, file))) themeTargets.add(file);
  return { workspace, roots: [...roots], targets: [...targets].sort(), themeTargets: [...themeTargets].sort(), analysis, ranking };
}

/** The bundled index worker beside this bundle (dist/); absent when running from source, and then every file is read here. */
const INDEX_WORKER_SCRIPT = path.join(__dirname, 'indexWorker.js');
/** The bundled reader thread beside this bundle, likewise. */
const READER_THREAD_SCRIPT = path.join(__dirname, 'readerThread.js');
/** The bundled ranking thread beside this bundle, likewise. */
const RANKING_THREAD_SCRIPT = path.join(__dirname, 'rankingThread.js');

/**
 * Reads and analyses the files as the language server's scan does (on index workers where a
 * workspace is large enough for them to pay, and on this thread), then adds them to the
 * workspace in the order given, so results never depend on which thread finished first.
 */
async function readInOrder(
  workspace: LessonWorkspace,
  files: readonly string[],
  options: LoadOptions,
  pool: AnalysisPool | undefined,
): Promise<AnalysisCounts> {
  const counts: AnalysisCounts = { workers: 0, analysedHere: 0, analysedOnWorkers: 0, readAhead: 0 };
  const at = new Map(files.map((file, index) => [file, index]));
  const analysed: (AnalysedFile | undefined)[] = new Array<AnalysedFile | undefined>(files.length);
  await analyseInParallel(files, {
    workerScript: INDEX_WORKER_SCRIPT,
    readerScript: READER_THREAD_SCRIPT,
    prestarted: pool,
    settings: new AnalysisSettingsByFolder(workspace, todayIso()),
    apply: (result) => {
      const index = at.get(result.path);
      if (index !== undefined) analysed[index] = result;
    },
    stats: counts,
    // No requests to answer here, but the index workers' results arrive as events: this thread stops for them.
    slicer: new TimeSlicer(),
    isCancelled: () => false,
    onProgress: options.onProgress,
    log: options.log,
  });
  // Only lessons read as text go to the similarity engine, as in the language server's scan.
  const lessons: string[] = [];
  for (const [index, file] of files.entries()) {
    const uri = fileUri(file);
    const result = analysed[index];
    if (result?.kind === 'lesson') {
      workspace.addAnalysed({ uri, facts: result.facts, problems: result.problems });
      lessons.push(uri);
    } else if (result) workspace.addAnalysed({ uri, facts: emptyFacts(), problems: [result.problem] });
    else await workspace.updateFromDisk(uri);
  }
  await workspace.fillSimilarity(lessons, { isCancelled: () => false, pause: () => undefined });
  return counts;
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
