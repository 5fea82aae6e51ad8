// Builds the bundles: the VS Code client, the language server (its launcher, itself, its index worker), the command-line tool
// and the spreadsheet reader the last two load when lessons are imported; and the web builds of the client and the
// server for VS Code in a browser (dist/web/).
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { precompiledValidators, yamlDebugSwitchesOff } from './scripts/buildPlugins.mjs';
import { checkWebBundles, webOptions } from './scripts/webBuild.mjs';

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
  define: { __LEARN_ONCE_VERSION__: JSON.stringify(pkg.version), __LEARN_ONCE_HOME__: JSON.stringify(pkg.homepage ?? '') },
  plugins: [precompiledValidators, yamlDebugSwitchesOff],
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // The server process starts in the launcher, which runs the server bundle with V8's code cache.
  { ...common, entryPoints: ['server/src/launch/serverLauncher.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/serverMain.js' },
  // Worker threads of the server's initial scan; loaded from beside dist/serverMain.js.
  { ...common, entryPoints: ['server/src/analysis/indexWorker.ts'], outfile: 'dist/indexWorker.js' },
  // The thread that reads lesson files ahead of the scan's (and check's) analysis.
  { ...common, entryPoints: ['server/src/analysis/readerThread.ts'], outfile: 'dist/readerThread.js' },
  // The thread that ranks the hint pass after a cold scan beside the server's thread, with a copy of the similarity engine.
  { ...common, entryPoints: ['server/src/analysis/rankingThread.ts'], outfile: 'dist/rankingThread.js' },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The spreadsheet reader (exceljs, csv-parse) for importing lessons: loaded from beside
  // dist/cli.js and dist/serverMain.js only when an import runs, so neither starts slower.
  { ...common, entryPoints: ['server/src/import/spreadsheet/readSpreadsheet.ts'], outfile: 'dist/spreadsheet.js' },
];

const webBuilds = [
  // The client in VS Code's web-worker extension host, which loads it as a CommonJS module.
  { ...webOptions(common), entryPoints: ['client/src/web/extension.ts'], outfile: 'dist/web/client.js', format: 'cjs', external: ['vscode'] },
  // The language server, started by that client as a web worker of its own.
  {
    ...webOptions(common),
    entryPoints: ['server/src/web/serverMain.ts'],
    outfile: 'dist/web/server.js',
    format: 'iife',
    inject: ['server/src/web/shims/setImmediate.ts'],
  },
];

if (watch) {
  for (const options of [...builds, ...webBuilds]) await (await esbuild.context(options)).watch();
} else {
  const [, web] = await Promise.all([
    Promise.all(builds.map((options) => esbuild.build(options))),
    Promise.all(webBuilds.map((options) => esbuild.build(options))),
  ]);
  checkWebBundles(web, { production });
}
