// Scores the engine as a user meets it: through the built `learn-once similar --json`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
/** Every other lesson's score for each query lesson, best first. */
export type ScoreTable = Map<string, { key: string; score: number }[]>;

/** How many matches per lesson the command line is asked for; recall@10 needs ten. */
export const COMMAND_LINE_TOP = 10;
/** The command line rounds scores to this many decimals. */
export const COMMAND_LINE_DECIMALS = 4;

export interface CommandLineRun {
  /** The command as a person would type it from the repository root. */
  command: string;
  table: ScoreTable;
  /** How many lessons the command line ranked. */
  lessons: number;
}

/**
 * Runs `node dist/cli.js similar --json --top 10 <corpus>` (or `similar --hints --json`)
 * from the repository root and reads its ranking (or its hints). Throws with the command's own error output when it fails or prints
 * something that is not the documented JSON.
 */
export function runSimilarCommand(repoRoot: string, corpusDir: string, mode: 'ranking' | 'hints' = 'ranking'): CommandLineRun {
  const cli = 'dist/cli.js';
  if (!existsSync(`${repoRoot}/${cli}`)) throw new Error(`${cli} is missing: build first (npm run build), or run npm run bench:similarity, which does.`);
  const corpus = relative(repoRoot, corpusDir) || '.';
  const args =
    mode === 'hints'
      ? [cli, 'similar', '--hints', '--json', '--quiet', corpus]
      : [cli, 'similar', '--json', '--top', String(COMMAND_LINE_TOP), '--quiet', corpus];
  const command = `node ${args.join(' ')}`;
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = (error as { stderr?: unknown }).stderr;
    throw new Error(`${command} failed: ${typeof stderr === 'string' && stderr.trim() !== '' ? stderr.trim() : String(error)}`);
  }
  const table = tableFromJson(stdout, command);
  return { command, table, lessons: table.size };
}

/** `{ "<id>": [ { "id": "<id>", "score": 0.82 }, ... ] }` as a score table keyed by id. */
function tableFromJson(stdout: string, command: string): ScoreTable {
  let value: unknown;
  try {
    value = JSON.parse(stdout);
  } catch {
    throw new Error(`${command} did not print JSON; it printed: ${stdout.slice(0, 200)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${command} printed JSON that is not an object of lesson ids.`);
  const table: ScoreTable = new Map();
  for (const [query, matches] of Object.entries(value)) {
    if (!Array.isArray(matches)) throw new Error(`${command}: the matches of ${query} are not a list.`);
    table.set(
      query,
      matches.map((match: unknown, i) => {
        const m = match as { id?: unknown; score?: unknown };
        if (typeof m?.id !== 'string' || typeof m.score !== 'number')
          throw new Error(`${command}: match ${i + 1} of ${query} is not { "id": string, "score": number }.`);
        return { key: m.id, score: m.score };
      }),
    );
  }
  return table;
}

/**
 * What the command line can report of an in-process ranking: the first `top` matches,
 * scores rounded as it rounds them. Comparing against this leaves only real
 * disagreements, not the command line's cut-off and rounding.
 */
export function asCommandLineReports(table: ScoreTable, top = COMMAND_LINE_TOP, decimals = COMMAND_LINE_DECIMALS): ScoreTable {
  const scale = 10 ** decimals;
  const limited: ScoreTable = new Map();
  for (const [query, matches] of table)
    limited.set(
      query,
      matches.slice(0, top).map((m) => ({ key: m.key, score: Math.round(m.score * scale) / scale })),
    );
  return limited;
}

/** Queries whose ranked ids or scores differ between two tables, for a readable failure. */
export function differingQueries(expected: ScoreTable, actual: ScoreTable, queries: Iterable<string>): string[] {
  const lines: string[] = [];
  const show = (matches: { key: string; score: number }[] | undefined): string =>
    matches === undefined ? '(missing)' : matches.map((m) => `${m.key} ${m.score}`).join(', ') || '(none)';
  for (const query of queries) {
    const a = expected.get(query);
    const b = actual.get(query);
    const same =
      a !== undefined && b !== undefined && a.length === b.length && a.every((m, i) => m.key === b[i]!.key && Math.abs(m.score - b[i]!.score) < 1e-9);
    if (!same) lines.push(`${query}: in-process ${show(a)} | command line ${show(b)}`);
  }
  return lines;
}
