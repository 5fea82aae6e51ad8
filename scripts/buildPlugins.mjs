// esbuild plugins shared by the bundles (esbuild.mjs) and anything else that bundles the engine.
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
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
  const requireHere = createRequire(path.join(root, 'package.json'));
  new Function('module', 'exports', 'require', generator.outputFiles[0].text)(module, module.exports, requireHere);
  return module.exports.precompiledValidatorsSource();
}

/**
 * Puts the generated validators in place of precompiledValidators.ts in the bundles, and leaves
 * ajv's schema compiler out of them (only the validators' runtime helpers, `ajv/dist/runtime/…`,
 * are needed; see ajvCompilerLeftOut.ts).
 */
export const precompiledValidators = {
  name: 'precompiled-validators',
  setup(build) {
    build.onResolve({ filter: /^ajv$/ }, () => ({ path: path.join(root, 'server/src/engine/schema/ajvCompilerLeftOut.ts') }));
    let source;
    build.onLoad({ filter: /precompiledValidators\.ts$/ }, async (args) => {
      if (path.resolve(args.path) !== precompiledModule) return undefined;
      source ??= await precompiledValidatorsSource();
      return { contents: source, loader: 'js', resolveDir: path.dirname(precompiledModule) };
    });
  },
};

/**
 * The `yaml` package reads two debugging switches from the environment, LOG_TOKENS once per
 * token and LOG_STREAM once per document. Reading process.env goes to the system each time:
 * measured, a tenth of the time it takes to parse a lesson. The bundles turn both off.
 */
export const yamlDebugSwitchesOff = {
  name: 'yaml-debug-switches-off',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/](parse[\\/]parser|compose[\\/]composer)\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const patched = source.replace(/\bnode_process\.env\.LOG_(?:TOKENS|STREAM)\b/g, 'false');
      const warnings = patched === source ? [{ text: `yaml's debugging switch was not found in ${path.relative(root, args.path)}; the parser reads the environment per token` }] : [];
      return { contents: patched, loader: 'js', warnings };
    });
  },
};
