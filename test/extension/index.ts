// Entry point of the extension-host suite: VS Code (desktop through @vscode/test-electron, or
// code-server through the workbench's `payload`) loads this bundle and calls `run()`.
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { ResultsReporter, resultsFilePath } from './support/ResultsReporter';

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    // Generous: the first test waits for the language server to start and scan the workspace.
    timeout: 90_000,
    reporter: ResultsReporter,
    reporterOptions: { resultsFile: resultsFilePath() },
  });
  // Each test file is bundled next to this one (see build.mjs); names give the order.
  for (const file of readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  // Mocha counts a pending test apart from the failures; here, as in the reporter, it is one.
  const failed = await new Promise<number>((resolve) => {
    const runner = mocha.run((failures) => resolve(failures + (runner.stats?.pending ?? 0)));
  });
  if (failed > 0) throw new Error(`${failed} extension-host test(s) failed or were left pending`);
}
