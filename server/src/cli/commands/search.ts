import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { findLocalityAsGiven } from '../../engine/config/workspaceConfig';
import { findLessonsByProblem, type LessonHit } from '../../engine/search/findLessonsByProblem';
import { hitLocation } from '../../engine/search/hitLocation';
import type { Passage } from '../../engine/search/matchedPassage';
import { readLessonFile } from '../../engine/workspace/readLessonFile';
import type { LessonWorkspace } from '../../engine/workspace/LessonWorkspace';
import { integerOption, parseCommandArgs } from '../args';
import type { CliIo } from '../cliIo';
import { painter, shouldUseColor, type Painter } from '../format/color';
import { displayPath } from '../format/paths';
import { loadWorkspace } from '../loadWorkspace';
import { Progress } from '../progress';
import { UsageError } from '../usageError';

export const SEARCH_HELP = `Usage: learn-once search [options] <folder> <words...>

Finds the lessons that answer a problem, described in your own words: "GPs worried
about sharing records", "care home staff cannot log in". The same engine as the editor's
Search Lessons by Problem. Results best first, each with the passage that matched.

Options:
      --json             JSON: an array, best first, of
                         { "id", "title", "locality", "stage", "score", "path", "passage" }
                         with scores from 0 to 1 (the best result scores 1)
      --top <k>          at most k results (default: 10)
      --locality <name>  only lessons of this locality (name, alias or id prefix such as GM);
                         give it again for more than one
      --stage <stage>    only lessons at this stage (captured, collated, organised, curated,
                         communicated); give it again for more than one
      --topic <topic>    only lessons with this topic; give it again for more than one
      --from <date>      only lessons dated on or after YYYY-MM-DD
      --to <date>        only lessons dated on or before YYYY-MM-DD
  -q, --quiet            no progress on stderr
  -h, --help             this help

Exit status: 0 with results, 1 with none, 2 on a usage error.
`;

const DEFAULT_TOP = 10;

interface SearchOptions {
  json: boolean;
  top: number;
  folder: string;
  query: string;
  localities: string[];
  stages: string[];
  topics: string[];
  from?: string;
  to?: string;
  quiet: boolean;
}

function parseSearchArgs(args: string[]): SearchOptions | 'help' {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    top: { type: 'string' },
    locality: { type: 'string', multiple: true },
    stage: { type: 'string', multiple: true },
    topic: { type: 'string', multiple: true },
    from: { type: 'string' },
    to: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return 'help';
  if (positionals.length === 0)
    throw new UsageError('give the workspace folder and the problem in a few words, e.g. learn-once search examples GPs worried about sharing records.');
  const query = positionals.slice(1).join(' ');
  if (query.trim() === '')
    throw new UsageError(`give the problem in a few words after the folder, e.g. learn-once search ${positionals[0]} care home staff cannot log in.`);
  return {
    json: values.json === true,
    top: integerOption('top', values.top, DEFAULT_TOP, 1),
    folder: positionals[0]!,
    query,
    localities: values.locality ?? [],
    stages: values.stage ?? [],
    topics: values.topic ?? [],
    from: values.from,
    to: values.to,
    quiet: values.quiet === true,
  };
}

/** One result as the JSON output writes it. */
export interface SearchJsonHit {
  id: string | null;
  title: string | null;
  locality: string | null;
  stage: string | null;
  score: number;
  /** Relative to the current folder, with forward slashes. */
  path: string;
  /** The sentence that matched, a few words either side; empty when only the id or topics matched. */
  passage: string;
}

export async function searchCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseSearchArgs(args);
  if (options === 'help') {
    io.stdout.write(SEARCH_HELP);
    return 0;
  }
  const folder = path.resolve(io.cwd, options.folder);
  const folderStat = await fs.stat(folder).catch(() => undefined);
  if (!folderStat?.isDirectory())
    throw new UsageError(`'${options.folder}' is not a folder. Give the folder of the workspace to search first, then the words.`);

  const progress = options.quiet ? undefined : new Progress(io, 'Reading lessons');
  const { workspace } = await loadWorkspace([folder], io.cwd, { similarity: true, onProgress: (done, total) => progress?.update(done, total) });
  progress?.done();

  const found = findLessonsByProblem(workspace, {
    query: options.query,
    top: options.top,
    filters: {
      localities: expandPrefixes(workspace, folder, options.localities),
      stages: options.stages,
      topics: options.topics,
      from: options.from,
      to: options.to,
    },
  });
  if (!found.ok) throw new UsageError(found.notice);
  if (found.notice) io.stderr.write(`learn-once search: ${found.notice}\n`);
  if (options.json) {
    io.stdout.write(
      `${JSON.stringify(
        found.hits.map((hit) => toJson(hit, io.cwd)),
        null,
        2,
      )}\n`,
    );
  } else {
    const paint = painter(shouldUseColor(io));
    for (const hit of found.hits) io.stdout.write(`${await formatHit(hit, workspace, io.cwd, paint)}\n`);
  }
  return found.hits.length > 0 ? 0 : 1;
}

/** "GM" finds the Greater Manchester lessons: an id prefix stands for its locality's name. */
function expandPrefixes(workspace: LessonWorkspace, folder: string, localities: readonly string[]): string[] {
  const config = workspace.configFor(path.join(folder, 'learn-once.yaml'));
  return localities.map((given) => findLocalityAsGiven(config, given)?.name ?? given);
}

function toJson(hit: LessonHit, cwd: string): SearchJsonHit {
  const facts = hit.entry.facts;
  return {
    id: facts.id ?? null,
    title: facts.title ?? null,
    locality: facts.locality ?? null,
    stage: facts.stage ?? null,
    score: Math.round(hit.score * 1000) / 1000,
    path: displayPath(URI.parse(hit.entry.uri).fsPath, cwd).split(path.sep).join('/'),
    passage: hit.passage?.text ?? '',
  };
}

/** path:line:col  ID  title  (locality · stage, 83%)  passage — one line, so it greps. */
async function formatHit(hit: LessonHit, workspace: LessonWorkspace, cwd: string, paint: Painter): Promise<string> {
  const file = URI.parse(hit.entry.uri).fsPath;
  const read = await readLessonFile(file, workspace.maxFileSize);
  const at = hitLocation(hit, read.kind === 'text' ? read.text : undefined).start;
  const facts = hit.entry.facts;
  const where = [facts.locality, facts.stage].filter((part): part is string => !!part).join(' · ');
  const parts = [
    `${displayPath(file, cwd)}:${at.line + 1}:${at.character + 1}`,
    facts.id ?? '(no id)',
    paint.bold(oneLine(facts.title ?? '(no title)')),
    paint.dim(`(${where ? `${where}, ` : ''}${Math.round(hit.score * 100)}%)`),
  ];
  if (hit.passage) parts.push(markedPassage(hit.passage, paint));
  return parts.join('  ');
}

/** The passage with its matched words in bold on a terminal (plain in a pipe or a log). */
function markedPassage(passage: Passage, paint: Painter): string {
  let out = '';
  let at = 0;
  for (const [start, end] of passage.marks) {
    out += passage.text.slice(at, start) + paint.bold(passage.text.slice(start, end));
    at = end;
  }
  return `“${out}${passage.text.slice(at)}”`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
