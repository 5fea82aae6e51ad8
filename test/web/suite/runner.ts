import * as vscode from 'vscode';

export interface WebTest {
  title: string;
  run(): Promise<void>;
}

export interface WebTestResults {
  passed: number;
  failed: number;
  tests: { title: string; passed: boolean; error?: string; ms: number }[];
}

/** Longest one test may take: the first waits for the workbench, the server and the scan. */
const TEST_TIMEOUT_MS = 90_000;

/**
 * Runs the tests one after another and writes the results where the driver waits for them
 * (the same machine's disk, reached through workspace.fs, as the browser has no other way out):
 * a line per test to `<results>.log` as it ends, then the results as JSON.
 */
export async function runWebTests(tests: readonly WebTest[], resultsFile: vscode.Uri): Promise<void> {
  const results: WebTestResults = { passed: 0, failed: 0, tests: [] };
  const log: string[] = [];
  const logFile = resultsFile.with({ path: `${resultsFile.path}.log` });
  for (const test of tests) {
    const started = Date.now();
    let error: string | undefined;
    try {
      await withTimeout(test.run(), TEST_TIMEOUT_MS, test.title);
    } catch (caught) {
      error = caught instanceof Error ? (caught.stack ?? caught.message) : String(caught);
    }
    const ms = Date.now() - started;
    results.tests.push({ title: test.title, passed: error === undefined, error, ms });
    if (error === undefined) results.passed++;
    else results.failed++;
    log.push(`${error === undefined ? '  ✓' : '  ✗'} ${test.title} (${ms} ms)${error === undefined ? '' : `\n${error}`}`);
    await vscode.workspace.fs.writeFile(logFile, new TextEncoder().encode(`${log.join('\n')}\n`));
  }
  await vscode.workspace.fs.writeFile(resultsFile, new TextEncoder().encode(JSON.stringify(results, null, 2)));
}

function withTimeout<T>(work: Promise<T>, ms: number, title: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`'${title}' did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
