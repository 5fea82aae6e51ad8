// The web builds (vscode.dev, github.dev): the client for VS Code's web-worker extension host and
// the language server as a web worker. Same sources as the Node bundles; the few Node modules the
// server imports are replaced by the browser shims in server/src/web/shims/, and any other Node
// built-in fails the build (a web bundle must not need one at run time).
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shims = path.join(root, 'server/src/web/shims');

/** Node modules the server imports, and the browser module standing in for each. */
const SHIMMED = {
  fs: 'fs.ts',
  path: 'path.ts',
  crypto: 'crypto.ts',
  perf_hooks: 'perfHooks.ts',
  util: 'util.ts',
  os: 'os.ts',
  worker_threads: 'workerThreads.ts',
};

const NODE_BUILTINS = new Set(builtinModules.filter((name) => !name.startsWith('_')));

/** Replaces the shimmed Node modules; fails on any other Node built-in, naming who imported it. */
export const nodeBuiltinsToShims = {
  name: 'node-builtins-to-shims',
  setup(build) {
    build.onResolve({ filter: /^[a-z_/:]+$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      if (!args.path.startsWith('node:') && !NODE_BUILTINS.has(name)) return undefined;
      const shim = SHIMMED[name];
      if (shim) return { path: path.join(shims, shim) };
      if (!NODE_BUILTINS.has(name)) return undefined;
      return { errors: [{ text: `The Node built-in '${args.path}' is imported by ${path.relative(root, args.importer)}; the web build cannot use it.` }] };
    });
  },
};

/**
 * Options for a web bundle. `process.env` reads (debug switches the web build never sets) become
 * an empty object. Node's globals are not replaced: the few left (`Buffer` and `process.pid` in
 * saving the persisted index and in the synchronous file read) are on paths the web server never
 * takes (the stats request asks for `process.memoryUsage` only where `process` exists), and
 * `npm run test:web` runs the bundles in a browser.
 */
export function webOptions(common) {
  return {
    ...common,
    platform: 'browser',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    define: { ...common.define, 'process.env': '{}', 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [...common.plugins, nodeBuiltinsToShims],
    // csv-parse's Node build uses the global Buffer; its browser build carries its own.
    alias: { ...common.alias, 'csv-parse/sync': 'csv-parse/browser/esm/sync' },
    metafile: true,
  };
}

/** Together, the web bundles must stay within this (issue 19): vscode.dev downloads them on every start. */
export const WEB_BUNDLES_MAX_BYTES = 1024 * 1024;

/** Fails the build when the production web bundles together pass WEB_BUNDLES_MAX_BYTES. */
export function checkWebBundles(results, { production }) {
  let total = 0;
  for (const result of results) {
    for (const [file, output] of Object.entries(result.metafile.outputs)) {
      if (file.endsWith('.map')) continue;
      total += output.bytes;
    }
  }
  if (production && total > WEB_BUNDLES_MAX_BYTES) throw new Error(`The web bundles are ${total} bytes together, over ${WEB_BUNDLES_MAX_BYTES}.`);
}
