// Stages the two extensions the web suite needs, in a scratch folder:
//
// - Learn Once as VS Code for the Web sees it: the repository's manifest without its Node entry
//   (`main`), beside links to the built bundles, schemas, snippets and icons. code-server runs an
//   extension with a `main` in its Node extension host whatever `extensionKind` says; without
//   one, it runs the `browser` entry in the browser's web-worker extension host, as vscode.dev does.
// - The in-browser suite (test/web/suite/), bundled for the browser as a web-only extension; the
//   browser benchmark (bench/web/) installs its measuring extension the same way.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SUITE_EXTENSION_ID = 'learn-once-tests.web-suite';

/**
 * Learn Once without its Node entry, in `<scratch>/learn-once`; returns the folder. `webBundles`
 * is the folder of the web bundles linked as its `dist/web` (default: the repository's).
 */
export function stageLearnOnceForTheWeb(scratch, { webBundles = path.join(REPO_ROOT, 'dist', 'web') } = {}) {
  const folder = path.join(scratch, 'learn-once');
  mkdirSync(path.join(folder, 'dist'), { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  delete manifest.main;
  writeFileSync(path.join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const name of ['schemas', 'snippets', 'media', 'README.md', 'LICENSE']) symlinkSync(path.join(REPO_ROOT, name), path.join(folder, name));
  symlinkSync(webBundles, path.join(folder, 'dist', 'web'));
  return folder;
}

/** The suite as an installed web-only extension in `extensionsDir`, started once the workbench is up. */
export function installSuiteExtension(extensionsDir) {
  return installWebOnlyExtension(extensionsDir, {
    publisher: 'learn-once-tests',
    name: 'web-suite',
    entry: path.join(REPO_ROOT, 'test/web/suite/suiteExtension.ts'),
    activationEvents: ['onStartupFinished'],
  });
}

/**
 * Bundles `entry` for the browser and installs it in `extensionsDir` as a web-only extension
 * (a `browser` entry and no `main`), so VS Code runs it in the web-worker extension host beside
 * Learn Once. Returns its folder.
 */
export async function installWebOnlyExtension(extensionsDir, { publisher, name, entry, activationEvents }) {
  const folder = path.join(extensionsDir, `${publisher}.${name}-0.0.1`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(folder, 'package.json'),
    JSON.stringify({ name, publisher, version: '0.0.1', engines: { vscode: '^1.100.0' }, browser: './extension.js', activationEvents }, null, 2),
  );
  await esbuild.build({
    entryPoints: [entry],
    outfile: path.join(folder, 'extension.js'),
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    logLevel: 'warning',
  });
  return folder;
}
