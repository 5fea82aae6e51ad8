// Builds the three bundles: the VS Code client, the language server and the command-line tool.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const root = path.dirname(fileURLToPath(import.meta.url));
const precompiledModule = path.join(root, 'server/src/engine/schema/precompiledValidators.ts');

/**
 * The schema validators as ajv's standalone code, made by running the engine's own
 * generator (bundled on the fly), so no process or worker compiles a schema at start.
 */
async function precompiledValidatorsSource() {
  const generator = await esbuild.build({
    entryPoints: [path.join(root, 'server/src/engine/schema/precompileValidators.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  const requireHere = createRequire(path.join(root, 'esbuild.mjs'));
  new Function('module', 'exports', 'require', generator.outputFiles[0].text)(module, module.exports, requireHere);
  return module.exports.precompiledValidatorsSource();
}

/** Puts the generated validators in place of precompiledValidators.ts in the bundles. */
const precompiledValidators = {
  name: 'precompiled-validators',
  setup(build) {
    let source;
    build.onLoad({ filter: /precompiledValidators\.ts$/ }, async (args) => {
      if (path.resolve(args.path) !== precompiledModule) return undefined;
      source ??= await precompiledValidatorsSource();
      return { contents: source, loader: 'js', resolveDir: path.dirname(precompiledModule) };
    });
  },
};

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
  plugins: [precompiledValidators],
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.js' },
  // Worker threads of the server's initial scan; loaded from beside dist/server.js.
  { ...common, entryPoints: ['server/src/lsp/scan/indexWorker.ts'], outfile: 'dist/indexWorker.js' },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
