// esbuild plugins shared by the bundles (esbuild.mjs) and anything else that bundles the engine.
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Modules the bundles get generated at build time, each by its generator: the schema validators
 * (lessons, themes, learn-once.yaml) and the validator of the editor's `learnOnce` settings.
 */
const GENERATED_MODULES = [
  {
    module: 'server/src/engine/schema/precompiledValidators.ts',
    generator: 'server/src/engine/schema/precompileValidators.ts',
    source: 'precompiledValidatorsSource',
  },
  {
    module: 'server/src/lsp/settings/settingsValidator.ts',
    generator: 'server/src/lsp/settings/precompileSettingsValidator.ts',
    source: 'precompiledSettingsValidatorSource',
  },
].map((generated) => ({ ...generated, module: path.join(root, generated.module), generator: path.join(root, generated.generator) }));

/**
 * A generated module's source, ajv's standalone code, made by running the project's own
 * generator (bundled on the fly), so no process or worker compiles a schema at start.
 */
async function generatedSource({ generator, source }) {
  const bundled = await esbuild.build({
    entryPoints: [generator],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  const requireHere = createRequire(path.join(root, 'package.json'));
  new Function('module', 'exports', 'require', bundled.outputFiles[0].text)(module, module.exports, requireHere);
  return module.exports[source]();
}

/**
 * Puts the generated validators in place of precompiledValidators.ts and settingsValidator.ts in
 * the bundles, and leaves ajv's schema compiler out of them (only the validators' runtime
 * helpers, `ajv/dist/runtime/…`, are needed; see ajvCompilerLeftOut.ts).
 */
export const precompiledValidators = {
  name: 'precompiled-validators',
  setup(build) {
    build.onResolve({ filter: /^ajv$/ }, () => ({ path: path.join(root, 'server/src/engine/schema/ajvCompilerLeftOut.ts') }));
    const sources = new Map();
    build.onLoad({ filter: /(precompiledValidators|settingsValidator)\.ts$/ }, async (args) => {
      const generated = GENERATED_MODULES.find(({ module }) => module === path.resolve(args.path));
      if (!generated) return undefined;
      if (!sources.has(generated.module)) sources.set(generated.module, generatedSource(generated));
      return { contents: await sources.get(generated.module), loader: 'js', resolveDir: path.dirname(generated.module) };
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
      const warnings =
        patched === source
          ? [{ text: `yaml's debugging switch was not found in ${path.relative(root, args.path)}; the parser reads the environment per token` }]
          : [];
      return { contents: patched, loader: 'js', warnings };
    });
  },
};
