// Stages the two extensions the web suite needs, in a scratch folder:
//
// - Learn Once as VS Code for the Web sees it: the repository's manifest without its Node entry
//   (`main`), beside links to the built bundles, schemas, snippets and icons. code-server runs an
//   extension with a `main` in its Node extension host whatever `extensionKind` says; without
//   one, it runs the `browser` entry in the browser's web-worker extension host, as vscode.dev does.
// - The in-browser suite (test/web/suite/), bundled for the browser as a web-only extension.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SUITE_EXTENSION_ID = 'learn-once-tests.web-suite';

/** Learn Once without its Node entry, in `<scratch>/learn-once`; returns the folder. */
export function stageLearnOnceForTheWeb(scratch) {
  const folder = path.join(scratch, 'learn-once');
  mkdirSync(path.join(folder, 'dist'), { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  delete manifest.main;
  writeFileSync(path.join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const name of ['schemas', 'snippets', 'media', 'README.md', 'LICENSE']) symlinkSync(path.join(REPO_ROOT, name), path.join(folder, name));
  symlinkSync(path.join(REPO_ROOT, 'dist', 'web'), path.join(folder, 'dist', 'web'));
  return folder;
}

/** The suite as an installed web-only extension in `extensionsDir`, started once the workbench is up. */
export async function installSuiteExtension(extensionsDir) {
  const folder = path.join(extensionsDir, `${SUITE_EXTENSION_ID}-0.0.1`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(folder, 'package.json'),
    JSON.stringify({
      name: 'web-suite',
      publisher: 'learn-once-tests',
      version: '0.0.1',
      engines: { vscode: '^1.100.0' },
      browser: './suite.js',
      activationEvents: ['onStartupFinished'],
    }, null, 2),
  );
  await esbuild.build({
    entryPoints: [path.join(REPO_ROOT, 'test/web/suite/suiteExtension.ts')],
    outfile: path.join(folder, 'suite.js'),
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    logLevel: 'warning',
  });
  return folder;
}
