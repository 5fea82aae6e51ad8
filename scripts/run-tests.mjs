// Runs every test suite in order, prints each suite's counts and one closing line
// "N passed, N failed" for the whole run. Exits non-zero if any suite fails.
import { spawn, spawnSync } from 'node:child_process';
import { suiteCounts } from './suiteCounts.mjs';

const suites = [
  { name: 'typecheck', command: ['npm', 'run', '--silent', 'typecheck'], counts: false },
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'], counts: false },
  { name: 'build', command: ['node', 'esbuild.mjs'], counts: false },
  { name: 'unit', command: ['npx', 'mocha', '--config', 'test/.mocharc.unit.json'] },
  { name: 'protocol', command: ['npx', 'mocha', '--config', 'test/.mocharc.protocol.json'] },
  { name: 'cli', command: ['npx', 'mocha', '--config', 'test/.mocharc.cli.json'] },
  { name: 'extension', command: ['node', 'test/extension/runInCodeServer.mjs'] },
  { name: 'web', command: ['node', 'test/web/runWebTests.mjs'] },
  { name: 'e2e', command: ['node', 'test/e2e/runUiTests.mjs'] },
];

const only = process.argv.slice(2);
const selected = only.length > 0 ? suites.filter((suite) => only.includes(suite.name)) : suites;

function run(suite) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(suite.command[0], suite.command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    const forward = (stream) => (chunk) => {
      output += chunk.toString();
      stream.write(chunk);
    };
    child.stdout.on('data', forward(process.stdout));
    child.stderr.on('data', forward(process.stderr));
    // A process a suite started and left running can hold the output pipes open, so the
    // suite ends when its own process exits; what is still buffered gets a moment to arrive.
    child.on('exit', (code) => {
      let settled = false;
      const finish = () => {
        if (settled) return;
        settled = true;
        child.stdout.destroy();
        child.stderr.destroy();
        report(code);
      };
      child.on('close', finish);
      setTimeout(finish, 2000);
    });
    const report = (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      // mocha says "N passing"/"N failing"/"N pending"; the real-editor runners say "N passed, N failed".
      const { passed, failed, pending } = suiteCounts(output);
      resolve({ name: suite.name, code: code ?? 1, passed, failed, pending, seconds, counts: suite.counts !== false });
    };
  });
}

/**
 * What git says is changed or new in the working tree, or undefined outside a git checkout.
 * The tests must leave it as they found it: generated files go to ignored folders.
 */
function workingTreeChanges() {
  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { encoding: 'utf8' });
  return status.status === 0 ? new Set(status.stdout.split('\n').filter(Boolean)) : undefined;
}

const treeBefore = workingTreeChanges();
const results = [];
for (const suite of selected) {
  process.stdout.write(`\n=== ${suite.name} ===\n`);
  const result = await run(suite);
  results.push(result);
  if (result.code !== 0 && (suite.name === 'typecheck' || suite.name === 'build')) break;
}

process.stdout.write('\n=== summary ===\n');
let passed = 0;
let failed = 0;
for (const result of results) {
  const status = result.code === 0 ? 'ok' : `FAILED (exit ${result.code})`;
  const pending = result.pending > 0 ? ` (${result.pending} of them left pending, which is not allowed)` : '';
  const counts = result.counts ? `${result.passed} passed, ${result.failed} failed${pending}, ` : '';
  process.stdout.write(`${result.name.padEnd(10)} ${counts}${result.seconds} s, ${status}\n`);
  passed += result.passed;
  // A suite that failed without reporting a failing test still counts as a failure.
  failed += result.failed > 0 ? result.failed : result.code === 0 ? 0 : 1;
}
const skippedSuites = selected.length - results.length;
if (skippedSuites > 0) {
  process.stdout.write(`${skippedSuites} suite(s) not run because an earlier step failed\n`);
  failed += skippedSuites;
}
const treeAfter = workingTreeChanges();
if (treeBefore && treeAfter) {
  const changed = [...treeAfter].filter((line) => !treeBefore.has(line));
  if (changed.length > 0) {
    process.stdout.write(`working tree: the tests changed ${changed.length} file(s) git tracks or sees:\n${changed.map((line) => `  ${line}`).join('\n')}\n`);
    failed += 1;
  } else process.stdout.write('working tree: as the tests found it\n');
}
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 || results.some((result) => result.code !== 0) ? 1 : 0;
