import { parseWorkspaceConfig } from '../../server/src/engine/config/workspaceConfig';
import { analyzeLesson } from '../../server/src/engine/lesson/analyzeLesson';
import { corpusConfigText, DEFAULT_SEED, generateLessons } from './generateCorpus';

/**
 * Checks the generator's output with the engine's single-file analysis, without writing it:
 * `tsx bench/corpus/checkGenerated.ts [--count 3000] [--seed N]`. Lessons generated clean
 * must have no problem at all (a problem there would be measured as if planted), and each
 * broken one must have one. Cross-file rules (references, adoptions) need `learn-once check`
 * on a written corpus. Exits 1 when either fails.
 */
function main(argv: readonly string[]): number {
  const value = (flag: string): string | undefined => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const count = Number(value('--count') ?? '3000');
  const seed = Number(value('--seed') ?? String(DEFAULT_SEED));
  const config = parseWorkspaceConfig(corpusConfigText()).config;
  const today = new Date().toISOString().slice(0, 10);
  const unexpected = new Map<string, string[]>();
  const silentBreakages: string[] = [];
  for (const lesson of generateLessons({ count, seed })) {
    const problems = analyzeLesson(lesson.text, { config, today }).problems;
    if (lesson.kind === 'broken') {
      // An unknown reference is a cross-file problem: only a check of the whole corpus finds it.
      if (problems.length === 0 && lesson.breakage !== 'unknown-reference') silentBreakages.push(`${lesson.id} (${lesson.breakage})`);
      continue;
    }
    for (const problem of problems) {
      const ids = unexpected.get(problem.code) ?? [];
      ids.push(`${lesson.id}: ${problem.message}`);
      unexpected.set(problem.code, ids);
    }
  }
  for (const [code, found] of unexpected) process.stdout.write(`${code}: ${found.length} on clean lessons, e.g. ${found.slice(0, 3).join(' | ')}\n`);
  if (silentBreakages.length > 0) process.stdout.write(`broken lessons with no problem: ${silentBreakages.join(', ')}\n`);
  const ok = unexpected.size === 0 && silentBreakages.length === 0;
  process.stdout.write(ok ? `${count} lessons: clean ones have no problem, broken ones each have one.\n` : '');
  return ok ? 0 : 1;
}

process.exit(main(process.argv.slice(2)));
