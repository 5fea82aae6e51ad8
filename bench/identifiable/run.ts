// Identifiable-data benchmark: `npm run bench:identifiable` (`-- --tune-only` while changing a rule).
// 1. The blind corpus (corpus.json, written from the rule spec without the checker), scored
//    by its frozen split: recall per kind and precision per rule, test split reported.
// 2. False alarms where there should be none: examples/, bench/similarity's lessons and the
//    generated 10,000-lesson benchmark corpus. Each is a lesson set with no patient data.
// Writes results/latest.md and results/latest.json; exits 1 when a lesson set has a false alarm.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ensureCorpus } from '../corpus/writeCorpus';
import { DEFAULT_CONFIG, parseWorkspaceConfig, type WorkspaceConfig } from '../../server/src/engine/config/workspaceConfig';
import { analyzeLesson } from '../../server/src/engine/lesson/analyzeLesson';
import type { Position, Problem } from '../../server/src/engine/problem';
import { findLessonFiles } from '../../server/src/engine/workspace/findLessonFiles';
import { lessonWithPassage, loadBlindCorpus, type BlindCase } from './blindCases';

const repoRoot = resolve(__dirname, '..', '..');
const TODAY = '2026-12-01';
const RULES = ['nhs-number', 'personal-data'] as const;
const IDENTIFIABLE: ReadonlySet<string> = new Set([...RULES, 'contact-policy']);

interface Counts {
  expected: number;
  found: number;
  /** Found problems that cover an expected match. */
  truePositives: number;
  /** Expected matches some problem covers. */
  recalled: number;
}

interface SplitFigures {
  split: string;
  cases: number;
  byRule: Record<string, Counts>;
  recallByKind: Record<string, { expected: number; recalled: number }>;
  misses: string[];
  falseAlarms: string[];
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function offsetAt(starts: readonly number[], position: Position, textLength: number): number {
  if (position.line < 0) return 0;
  if (position.line >= starts.length) return textLength;
  return Math.min(starts[position.line]! + position.character, textLength);
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The file text a problem's range covers, with line breaks and indentation as single spaces. */
function coveredText(text: string, starts: number[], problem: Problem): string {
  return squash(text.slice(offsetAt(starts, problem.range.start, text.length), offsetAt(starts, problem.range.end, text.length)));
}

function scoreSplit(name: string, cases: readonly BlindCase[]): SplitFigures {
  const byRule: Record<string, Counts> = Object.fromEntries(RULES.map((rule) => [rule, { expected: 0, found: 0, truePositives: 0, recalled: 0 }]));
  const recallByKind: Record<string, { expected: number; recalled: number }> = {};
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const passage of cases) {
    const text = lessonWithPassage(passage);
    const starts = lineStarts(text);
    const found = analyzeLesson(text, { config: DEFAULT_CONFIG, today: TODAY }).problems.filter((problem) => IDENTIFIABLE.has(problem.code));
    const covers = (problem: Problem, match: string): boolean => {
      const covered = coveredText(text, starts, problem);
      const wanted = squash(match);
      return covered === wanted || covered.includes(wanted) || wanted.includes(covered);
    };
    for (const expected of passage.expect) {
      const counts = byRule[expected.rule]!;
      counts.expected++;
      const kind = (recallByKind[expected.kind] ??= { expected: 0, recalled: 0 });
      kind.expected++;
      if (found.some((problem) => problem.code === expected.rule && covers(problem, expected.match))) {
        counts.recalled++;
        kind.recalled++;
      } else {
        misses.push(`${passage.id} ${expected.kind}: ${JSON.stringify(expected.match)}`);
      }
    }
    for (const problem of found) {
      const counts = byRule[problem.code];
      if (!counts) continue;
      counts.found++;
      if (passage.expect.some((expected) => expected.rule === problem.code && covers(problem, expected.match))) counts.truePositives++;
      else falseAlarms.push(`${passage.id} ${problem.code}: ${JSON.stringify(coveredText(text, starts, problem))}`);
    }
  }
  return { split: name, cases: cases.length, byRule, recallByKind, misses, falseAlarms };
}

interface LessonSetFigures {
  name: string;
  lessons: number;
  falseAlarms: { file: string; code: string; text: string }[];
  /** Contacts that would be warned about under `contactPolicy: role-mailbox` (not a false alarm: a policy choice). */
  personalContacts: number;
}

async function scanLessonSet(name: string, folder: string): Promise<LessonSetFigures> {
  const files = await findLessonFiles(folder);
  const config = configOf(folder);
  const rolePolicy: WorkspaceConfig = { ...config, contactPolicy: 'role-mailbox' };
  const falseAlarms: LessonSetFigures['falseAlarms'] = [];
  let personalContacts = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const starts = lineStarts(text);
    for (const problem of analyzeLesson(text, { config, today: TODAY }).problems) {
      if (IDENTIFIABLE.has(problem.code)) falseAlarms.push({ file: relative(repoRoot, file), code: problem.code, text: coveredText(text, starts, problem) });
    }
    personalContacts += analyzeLesson(text, { config: rolePolicy, today: TODAY }).problems.filter((problem) => problem.code === 'contact-policy').length;
  }
  return { name, lessons: files.length, falseAlarms, personalContacts };
}

function configOf(folder: string): WorkspaceConfig {
  try {
    return parseWorkspaceConfig(readFileSync(join(folder, 'learn-once.yaml'), 'utf8')).config;
  } catch {
    return DEFAULT_CONFIG;
  }
}

const percent = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);

function splitTable(figures: SplitFigures): string[] {
  const lines = [`### ${figures.split} split (${figures.cases} passages)`, '', '| Rule | Expected | Found | Precision | Recall |', '|---|---|---|---|---|'];
  for (const rule of RULES) {
    const counts = figures.byRule[rule]!;
    lines.push(
      `| ${rule} | ${counts.expected} | ${counts.found} | ${percent(counts.truePositives, counts.found)} | ${percent(counts.recalled, counts.expected)} |`,
    );
  }
  lines.push('', '| Kind | Expected | Recall |', '|---|---|---|');
  for (const [kind, counts] of Object.entries(figures.recallByKind).sort())
    lines.push(`| ${kind} | ${counts.expected} | ${percent(counts.recalled, counts.expected)} |`);
  if (figures.misses.length > 0) lines.push('', `Missed: ${figures.misses.join('; ')}`);
  if (figures.falseAlarms.length > 0) lines.push('', `False alarms: ${figures.falseAlarms.join('; ')}`);
  return lines;
}

async function main(): Promise<void> {
  const corpus = loadBlindCorpus();
  const tune = scoreSplit(
    'tune',
    corpus.cases.filter((passage) => corpus.split.tune.has(passage.id)),
  );
  if (process.argv.includes('--tune-only')) {
    // While changing a rule: the tuning split only, so the test split stays unseen.
    console.log(splitTable(tune).join('\n'));
    return;
  }
  const test = scoreSplit(
    'test',
    corpus.cases.filter((passage) => corpus.split.test.has(passage.id)),
  );
  const generatedRoot = join(repoRoot, 'bench', '.corpus', '10000');
  await ensureCorpus(generatedRoot, { count: 10_000 });
  const sets = [
    await scanLessonSet('examples/', join(repoRoot, 'examples')),
    await scanLessonSet("bench/similarity's lessons", join(repoRoot, 'bench', 'similarity')),
    await scanLessonSet('generated 10,000 (bench/.corpus/10000)', generatedRoot),
  ];
  const lines = [
    '# Identifiable data: blind corpus and false alarms',
    '',
    `Run ${new Date().toISOString()}. The rules were written before the blind corpus was scored; the test split is the figure to quote.`,
    '',
    ...splitTable(test),
    '',
    ...splitTable(tune),
    '',
    '## False alarms on lesson sets with no patient data (target: none)',
    '',
    '| Lesson set | Lessons | nhs-number / personal-data / contact-policy problems | Contacts a role-mailbox policy would warn about |',
    '|---|---|---|---|',
    ...sets.map((set) => `| ${set.name} | ${set.lessons} | ${set.falseAlarms.length} | ${set.personalContacts} |`),
    ...sets.flatMap((set) => set.falseAlarms.slice(0, 20).map((alarm) => `- ${alarm.file}: ${alarm.code} on ${JSON.stringify(alarm.text)}`)),
    '',
  ];
  const report = lines.join('\n');
  console.log(report);
  const out = join(__dirname, 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'latest.md'), report);
  writeFileSync(join(out, 'latest.json'), `${JSON.stringify({ test, tune, sets }, null, 2)}\n`);
  console.log(`Written: ${relative(process.cwd(), join(out, 'latest.md'))}, ${relative(process.cwd(), join(out, 'latest.json'))}`);
  if (sets.some((set) => set.falseAlarms.length > 0)) process.exitCode = 1;
}

void main();
