// Mocha reporter for the extension host: prints one line per test (VS Code shows the extension
// host's console) and writes the outcome to a JSON file, because a browser-hosted workbench does
// not report the suite's result to whoever started it.
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** The outcome file a runner waits for. */
export interface SuiteResults {
  passed: number;
  failed: number;
  tests: { title: string; state: 'passed' | 'failed'; error?: string }[];
}

/** Where results go: LEARN_ONCE_TEST_RESULTS, or test-results/extension/results.json in the repo. */
export function resultsFilePath(): string {
  return process.env.LEARN_ONCE_TEST_RESULTS ?? path.join(repoRoot(), 'test-results', 'extension', 'results.json');
}

/** The folder of the nearest package.json above the bundle (under out/test/extension/). */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

export class ResultsReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options: Mocha.MochaOptions) {
    super(runner, options);
    const resultsFile = (options.reporterOptions as { resultsFile: string }).resultsFile;
    const progressFile = `${resultsFile}.log`;
    mkdirSync(path.dirname(resultsFile), { recursive: true });
    rmSync(resultsFile, { force: true });
    writeFileSync(progressFile, '');
    const results: SuiteResults = { passed: 0, failed: 0, tests: [] };
    const say = (line: string): void => {
      console.log(line);
      appendFileSync(progressFile, `${line}\n`);
    };

    runner.on(Mocha.Runner.constants.EVENT_TEST_PASS, (test) => {
      results.passed++;
      results.tests.push({ title: test.fullTitle(), state: 'passed' });
      say(`  ✓ ${test.fullTitle()}`);
    });
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (test, error: Error) => {
      results.failed++;
      const detail = error.stack ?? String(error);
      results.tests.push({ title: test.fullTitle(), state: 'failed', error: detail });
      say(`  ✗ ${test.fullTitle()}\n${indent(detail)}`);
    });
    // No test may be left pending (written without a body, it.skip, describe.skip, this.skip()): each is a failure.
    runner.on(Mocha.Runner.constants.EVENT_TEST_PENDING, (test) => {
      results.failed++;
      results.tests.push({ title: test.fullTitle(), state: 'failed', error: 'pending (not allowed)' });
      say(`  ✗ pending (not allowed): ${test.fullTitle()}`);
    });
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      say(`${results.passed} passed, ${results.failed} failed`);
      // Written whole and then renamed, so a runner never reads half a file.
      writeFileSync(`${resultsFile}.tmp`, JSON.stringify(results, null, 2));
      renameSync(`${resultsFile}.tmp`, resultsFile);
    });
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
}
