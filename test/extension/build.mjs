// Bundles the extension-host suite into out/test/extension/: index.js (the entry VS Code loads)
// and one <name>.test.js per file of suite/. `vscode` comes from the extension host and mocha
// from node_modules at run time.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '..', '..');
export const SUITE_OUT_DIR = path.join(REPO_ROOT, 'out', 'test', 'extension');
export const SUITE_ENTRY = path.join(SUITE_OUT_DIR, 'index.js');

/**
 * Bundles into `outDir` (default out/test/extension) and returns the entry. The runners give each
 * run a folder of its own, so runs started at the same time in one work tree do not collide.
 */
export async function buildSuite(outDir = SUITE_OUT_DIR) {
  rmSync(outDir, { recursive: true, force: true });
  const tests = readdirSync(path.join(here, 'suite'))
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => path.join(here, 'suite', name));
  await esbuild.build({
    entryPoints: [path.join(here, 'index.ts'), ...tests],
    outdir: outDir,
    entryNames: '[name]',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return path.join(outDir, 'index.js');
}

/** A fresh build folder for one run of a runner; remove it when the run ends. */
export function runBuildDir() {
  return path.join(SUITE_OUT_DIR, `run-${process.pid}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildSuite();
  console.log(`Built ${path.relative(REPO_ROOT, SUITE_ENTRY)}`);
}
