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
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} extension-host test(s) failed`);
}
