// Runs the UI tests (test/e2e/*.ui.test.mjs) with mocha: packaged extension, code-server, headless
// Chromium. Screenshots go to test-results/e2e/, the README's pictures to
// test-results/e2e/readme-images/ (to docs/images/ with `npm run pictures`). Prints
// "N passed, N failed" last; exits non-zero on any failure, a test left pending included.
//
//   npm run test:e2e                               # packages the extension with `npm run package`
//   npm run pictures                               # the same, and renders the README's pictures into docs/images/
//   LEARN_ONCE_VSIX=path/to.vsix npm run test:e2e  # tests a given package instead
import { readdirSync, rmSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import Mocha from 'mocha';
import { setupCodeServer } from '../../scripts/code-server/setup.mjs';
import { ARTEFACTS } from './support/paths.mjs';
import { runCounts, TestLines } from './support/testLines.mjs';
import { exitWithCounts } from '../support/exitWithCounts.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

async function main() {
  setupCodeServer({ browser: true });
  rmSync(ARTEFACTS, { recursive: true, force: true });
  mkdirSync(ARTEFACTS, { recursive: true });
  const mocha = new Mocha({ ui: 'bdd', reporter: TestLines, color: false, timeout: 120_000 });
  for (const file of readdirSync(here)
    .filter((name) => name.endsWith('.ui.test.mjs'))
    .sort())
    mocha.addFile(path.join(here, file));
  await mocha.loadFilesAsync();
  return new Promise((resolve) => {
    const runner = mocha.run(() => resolve(runCounts(runner.stats)));
  });
}

exitWithCounts(main);
