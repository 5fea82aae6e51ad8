// This project allows no pending test. Each runner is run here on a fixture holding one test that
// passes and one of each way mocha leaves a test pending, and must fail the run naming each.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { suiteCounts } from '../../../scripts/suiteCounts.mjs';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/pending');
const MOCHA_CONFIGS = ['unit', 'protocol', 'cli'].map((suite) => path.join(REPO_ROOT, 'test', `.mocharc.${suite}.json`));

/** The full titles of the fixture's pending tests. */
const PENDING_TITLES = [
  'left pending is written without a body',
  'left pending is skipped with it.skip',
  'left pending skips itself',
  'left pending a group skipped with describe.skip is in the skipped group',
  'left pending a group whose before hook skips is under the skipping hook',
];

interface ProcessRun {
  code: number | null;
  output: string;
}

/** Runs node with `args` from the repository's root; stdout and stderr together. */
function runNode(args: string[]): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: { ...process.env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('testing: no test may be left pending', () => {
  let scratch: string;

  beforeEach(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'learn-once-pending-'));
  });

  afterEach(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('every mocha suite reports with the reporter that fails pending tests, and leaves its process to exit by itself', () => {
    for (const file of MOCHA_CONFIGS) {
      const config = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      assert.equal(config.reporter, 'test/support/PendingFailsSpecReporter.ts', path.basename(file));
      // `exit` would end the process over timers, child processes and sockets a test left open.
      assert.equal('exit' in config, false, `${path.basename(file)} does not force mocha to exit`);
    }
  });

  it("mocha with a suite's config fails the run, names each pending test, and run-tests.mjs counts them failed", async () => {
    const unitConfig = JSON.parse(readFileSync(MOCHA_CONFIGS[0]!, 'utf8')) as Record<string, unknown>;
    const config = path.join(scratch, 'mocharc.json');
    writeFileSync(config, JSON.stringify({ ...unitConfig, spec: [path.join(FIXTURES, 'everyWayToLeaveATestPending.ts')] }));
    const run = await runNode([path.join(REPO_ROOT, 'node_modules/mocha/bin/mocha.js'), '--config', config]);
    assert.notEqual(run.code, 0, run.output);
    for (const title of PENDING_TITLES) assert.ok(run.output.includes(`pending (not allowed): ${title}\n`), `names '${title}':\n${run.output}`);
    assert.deepEqual(suiteCounts(run.output), { passed: 1, failed: PENDING_TITLES.length, pending: PENDING_TITLES.length });
  });

  it("the extension host's and the UI suite's reporters count each pending test failed and name it", async () => {
    const resultsFile = path.join(scratch, 'results.json');
    const run = await runNode(['--import', 'tsx', path.join(FIXTURES, 'runEditorReporters.mjs'), resultsFile]);
    assert.equal(run.code, 0, run.output);
    // Each reporter prints a line for each test; the extension host's also writes the results file.
    for (const title of PENDING_TITLES)
      assert.equal(run.output.split(`  ✗ pending (not allowed): ${title}\n`).length - 1, 2, `both name '${title}':\n${run.output}`);
    const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as { passed: number; failed: number; tests: { title: string; state: string }[] };
    assert.equal(results.passed, 1);
    assert.equal(results.failed, PENDING_TITLES.length);
    assert.deepEqual(
      results.tests.filter((test) => test.state === 'failed').map((test) => test.title),
      PENDING_TITLES,
    );
    const lines = run.output.trimEnd().split('\n');
    assert.deepEqual(JSON.parse(lines[lines.length - 1]!), { passed: 1, failed: PENDING_TITLES.length }, 'the UI runner counts');
    // The extension host's reporter printed the counts line its runners print last, as run-tests.mjs reads it.
    assert.deepEqual(suiteCounts(run.output), { passed: 1, failed: PENDING_TITLES.length, pending: 0 });
  });
});
