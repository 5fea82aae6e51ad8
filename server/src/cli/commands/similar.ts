import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { analyzeLesson, todayIso } from '../../engine/lesson/analyzeLesson';
import { findSimilarLessons, findSimilarToFacts, type SimilarLesson, type SimilarQuery } from '../../engine/similarity/findSimilarLessons';
import type { LessonWorkspace } from '../../engine/workspace/LessonWorkspace';
import { isLessonFileName } from '../../../../shared/lessonFiles';
import { readLessonFile } from '../../engine/workspace/readLessonFile';
import { fractionOption, integerOption, parseCommandArgs } from '../args';
import type { CliIo } from '../cliIo';
import { displayPath } from '../format/paths';
import { loadWorkspace } from '../loadWorkspace';
import { similarLessonsRanker } from '../similarLessonsRanker';
import { Progress } from '../progress';
import { ruleFor } from '../similarHints';
import { DEFAULT_HINT_SETTINGS, describeHintRule, hintQuery, hintRule, isHinted, type HintRule } from '../../engine/similarity/similarHints';
import { UsageError } from '../usageError';

export const SIMILAR_HELP = `Usage: learn-once similar [options] <folder> [file]

Ranks the lessons of a workspace by how similar they are, with the same engine as the
editor's similar-lesson hint. With a file: that lesson's closest lessons. Without: every
lesson's closest lessons.

Options:
      --json           JSON: { "<id>": [ { "id": "<id>", "score": 0.82 }, ... ], ... }
                       with each list in rank order (best first) and scores from 0 to 1
      --hints          exactly the similar-lesson hints the editor shows with its default
                       settings: the lessons each hint names (at most 3, or --top), those
                       it is linked to left out, under learn-once.yaml's similarity.threshold
                       if set, else the calibrated rule; a lesson with no hint has []
      --top <k>        at most k matches per lesson (default: 5; with --hints, 3)
      --threshold <t>  leave out matches scoring below t, from 0 to 1 (default: 0, none);
                       with --hints, hint from this fixed score instead
  -q, --quiet          no progress on stderr
  -h, --help           this help

Lessons are named by id; a lesson without an id, or whose id another lesson also has,
is named by its path relative to <folder>. Without --hints, links (adoption, related)
are not taken into account: this is the engine's raw ranking.
`;

export const DEFAULT_TOP = 5;

interface SimilarOptions {
  json: boolean;
  hints: boolean;
  top: number;
  /** As given; undefined when not given. */
  threshold?: number;
  folder: string;
  file?: string;
  quiet: boolean;
}

function parseSimilarArgs(args: string[]): SimilarOptions | 'help' {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    hints: { type: 'boolean' },
    top: { type: 'string' },
    threshold: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return 'help';
  const [folder, file] = positionals;
  if (folder === undefined) throw new UsageError('give the workspace folder, e.g. learn-once similar examples.');
  if (positionals.length > 2) throw new UsageError(`give a folder and at most one lesson file, not ${positionals.length} paths.`);
  const hints = values.hints === true;
  return {
    json: values.json === true,
    hints,
    top: integerOption('top', values.top, hints ? DEFAULT_HINT_SETTINGS.maxResults : DEFAULT_TOP, 1),
    threshold: fractionOption('threshold', values.threshold),
    folder,
    file,
    quiet: values.quiet === true,
  };
}

/** One ranked match as the JSON output writes it. */
export interface SimilarJsonMatch {
  id: string;
  score: number;
}

export async function similarCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseSimilarArgs(args);
  if (options === 'help') {
    io.stdout.write(SIMILAR_HELP);
    return 0;
  }
  const folder = path.resolve(io.cwd, options.folder);
  const folderStat = await fs.stat(folder).catch(() => undefined);
  if (!folderStat?.isDirectory()) throw new UsageError(`'${options.folder}' is not a folder. Give the folder of the workspace to search.`);
  const file = options.file === undefined ? undefined : path.resolve(io.cwd, options.file);
  if (file !== undefined && options.file !== undefined) await checkLessonPath(file, options.file);

  const progress = options.quiet ? undefined : new Progress(io, 'Reading lessons');
  // Every lesson is ranked when no file is named: on the ranking thread too, where it pays.
  const { workspace, ranking } = await loadWorkspace([folder], io.cwd, {
    similarity: true,
    rankingThread: file === undefined,
    onProgress: (done, total) => progress?.update(done, total),
  });
  progress?.done();
  const names = lessonNames(workspace, folder);
  const rule = (uri: string): HintRule => (options.threshold === undefined ? ruleFor(workspace, uri) : hintRule(options.threshold));
  // With --hints, the editor's hint query; else the raw ranking.
  const queryFor = (uri: string): SimilarQuery =>
    options.hints ? hintQuery({ rule: rule(uri), maxResults: options.top }) : { top: options.top, minScore: options.threshold ?? 0, excludeLinked: false };

  if (file !== undefined) {
    const uri = URI.file(file).toString();
    let self = names.get(uri);
    let matches: SimilarLesson[];
    if (workspace.index.has(uri)) {
      matches = findSimilarLessons(workspace.index, workspace.similarity, uri, queryFor(uri));
    } else {
      // A lesson outside the workspace (e.g. a draft) is compared without joining it.
      const read = await readLessonFile(file, workspace.maxFileSize);
      if (read.kind !== 'text') {
        io.stderr.write(`learn-once similar: ${displayPath(file, io.cwd)}: ${read.problem.message}\n`);
        return 1;
      }
      const facts = analyzeLesson(read.text, { config: workspace.configFor(file), today: todayIso() }).facts;
      self = facts.id ?? displayPath(file, folder);
      matches = findSimilarToFacts(workspace.index, workspace.similarity, facts, { ...queryFor(uri), selfUri: uri });
    }
    const name = self ?? displayPath(file, folder);
    if (options.json) io.stdout.write(`${JSON.stringify({ [name]: toJson(matches, names) }, null, 2)}\n`);
    else io.stdout.write(formatOne(name, workspace.index.get(uri)?.facts.title, matches, names, rule(uri), folder));
    return 0;
  }

  const all: Record<string, SimilarJsonMatch[]> = {};
  const lines: string[] = [];
  const order = [...names.keys()].sort((a, b) => compare(names.get(a)!, names.get(b)!));
  const rank = similarLessonsRanker(workspace, ranking, order, queryFor);
  for (const uri of order) {
    if (!workspace.similarity.has(uri)) continue;
    const matches = rank(uri);
    all[names.get(uri)!] = toJson(matches, names);
    lines.push(
      `${names.get(uri)}: ${matches.length === 0 ? '(none)' : matches.map((match) => `${names.get(match.uri) ?? match.uri} ${match.score.toFixed(2)}`).join(', ')}`,
    );
  }
  void ranking?.close();
  io.stdout.write(options.json ? `${JSON.stringify(all, null, 2)}\n` : lines.map((line) => `${line}\n`).join(''));
  return 0;
}

async function checkLessonPath(file: string, given: string): Promise<void> {
  const stat = await fs.lstat(file).catch(() => undefined);
  if (!stat) throw new UsageError(`'${given}' does not exist. Give a lesson file (*.lesson.yaml) to compare.`);
  if (!isLessonFileName(file)) throw new UsageError(`'${given}' is not a lesson file; lesson files are named *.lesson.yaml or *.lesson.yml.`);
}

/** Each lesson's name in the output: its id when that is unique, else its path relative to the folder. */
function lessonNames(workspace: LessonWorkspace, folder: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const entry of workspace.index.all()) {
    const id = entry.facts.id;
    const unique = id !== undefined && workspace.index.lessonsWithId(id).length === 1;
    names.set(entry.uri, unique ? id : displayPath(URI.parse(entry.uri).fsPath, folder));
  }
  return names;
}

/** Scores rounded to four decimals: stable across platforms, fine enough to rank. */
function toJson(matches: readonly SimilarLesson[], names: ReadonlyMap<string, string>): SimilarJsonMatch[] {
  return matches.map((match) => ({ id: names.get(match.uri) ?? match.uri, score: Math.round(match.score * 10000) / 10000 }));
}

function formatOne(
  name: string,
  title: string | undefined,
  matches: readonly SimilarLesson[],
  names: ReadonlyMap<string, string>,
  rule: HintRule,
  folder: string,
): string {
  const lines = [`Lessons like ${name}${title ? ` '${title}'` : ''}:`];
  if (matches.length === 0) lines.push('  (none)');
  for (const match of matches) {
    const mark = isHinted(match, rule) ? '*' : ' ';
    const where = [match.locality, match.stage].filter(Boolean).join(', ');
    lines.push(
      `${mark} ${match.score.toFixed(2)}  ${names.get(match.uri) ?? match.uri}  ${match.title ?? ''}${where ? ` (${where})` : ''}  ${displayPath(URI.parse(match.uri).fsPath, folder)}`,
    );
  }
  lines.push(`* the editor would point it out (${describeHintRule(rule)}).`);
  return lines.map((line) => `${line}\n`).join('');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
