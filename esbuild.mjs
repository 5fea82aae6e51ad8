// Builds the bundles: the VS Code client, the language server (its launcher, itself, its index worker), the command-line tool
// and the spreadsheet reader the last two load when lessons are imported.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { precompiledValidators, yamlDebugSwitchesOff } from './scripts/buildPlugins.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  define: { __LEARN_ONCE_VERSION__: JSON.stringify(pkg.version) },
  plugins: [precompiledValidators, yamlDebugSwitchesOff],
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // The server process starts in the launcher, which runs the server bundle with V8's code cache.
  { ...common, entryPoints: ['server/src/launch/serverLauncher.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/serverMain.js' },
  // Worker threads of the server's initial scan; loaded from beside dist/serverMain.js.
  { ...common, entryPoints: ['server/src/lsp/scan/indexWorker.ts'], outfile: 'dist/indexWorker.js' },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The spreadsheet reader (exceljs, csv-parse) for importing lessons: loaded from beside
  // dist/cli.js and dist/serverMain.js only when an import runs, so neither starts slower.
  { ...common, entryPoints: ['server/src/import/spreadsheet/readSpreadsheet.ts'], outfile: 'dist/spreadsheet.js' },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
