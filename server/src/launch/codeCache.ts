import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import { Script } from 'node:vm';

import type { CodeCacheState } from '../../../shared/protocol/stats';

export interface CodeCachedBundle {
  /** What the bundle put in module.exports. */
  exports: unknown;
  state: CodeCacheState;
  /** The cache file for this bundle and this Node (undefined when the cache is off). */
  file?: string;
  /** Writes the code V8 holds now for the bundle, once, if this start had no usable cache. Never throws. */
  save(): void;
}

const DIGEST_BYTES = 20;

/**
 * Runs a CommonJS bundle the way `require` would, but compiles it with V8's code cache.
 * Without a cache a start spends tens of milliseconds compiling the bundle's functions;
 * with one V8 reads them back. The cache saved is made after the bundle has run (at exit),
 * so it holds every function the run compiled, not only the top level.
 *
 * The file name holds a hash of the bundle's bytes and the Node version (V8 itself checks
 * only the source length), and the file starts with a SHA-1 of the code, since release
 * builds of V8 do not checksum a code cache: a damaged file is ignored, never run.
 */
export function runBundleWithCodeCache(bundleFile: string, cacheDir: string | undefined): CodeCachedBundle {
  const bytes = readFileSync(bundleFile);
  const source = bytes.toString('utf8');
  const file = cacheDir ? path.join(cacheDir, cacheFileName(bundleFile, bytes)) : undefined;
  const previous = file ? readSavedCode(file) : undefined;
  const script = new Script(Module.wrap(source), { filename: bundleFile, cachedData: previous?.code });
  const state: CodeCacheState = !file
    ? 'off'
    : previous === undefined
      ? 'missing'
      : previous.code === undefined
        ? 'corrupt'
        : script.cachedDataRejected
          ? 'rejected'
          : 'used';
  let done = state === 'off' || state === 'used';
  const save = (): void => {
    if (done || !file || !cacheDir) return;
    done = true;
    try {
      writeCode(cacheDir, file, `${path.basename(bundleFile, '.js')}-`, script.createCachedData());
    } catch {
      // A cache that cannot be written costs only speed on the next start.
    }
  };
  const run = script.runInThisContext({ displayErrors: true }) as (
    exports: unknown,
    require: NodeJS.Require,
    module: Module,
    filename: string,
    dirname: string,
  ) => void;
  const bundleModule = new Module(bundleFile, require.main);
  bundleModule.filename = bundleFile;
  bundleModule.paths = (Module as unknown as { _nodeModulePaths(from: string): string[] })._nodeModulePaths(path.dirname(bundleFile));
  run.call(bundleModule.exports, bundleModule.exports, Module.createRequire(bundleFile), bundleModule, bundleFile, path.dirname(bundleFile));
  bundleModule.loaded = true;
  return { exports: bundleModule.exports, state, file, save };
}

/** `<bundle name>-<bundle hash>-<node version>-<arch>.codecache`: a new bundle or Node gets its own file. */
export function cacheFileName(bundleFile: string, bytes: Buffer): string {
  const hash = createHash('sha1').update(bytes).digest('base64url').slice(0, 16);
  return `${path.basename(bundleFile, '.js')}-${hash}-${process.version}-${process.arch}.codecache`;
}

/** undefined when there is no file; `{ code: undefined }` when there is one that fails its checksum. */
function readSavedCode(file: string): { code: Buffer | undefined } | undefined {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return undefined;
  }
  if (data.length <= DIGEST_BYTES) return { code: undefined };
  const code = data.subarray(DIGEST_BYTES);
  const intact = createHash('sha1').update(code).digest().equals(data.subarray(0, DIGEST_BYTES));
  return { code: intact ? code : undefined };
}

/** Writes atomically (a whole file or none) and removes the caches of other bundles of the same name. */
function writeCode(cacheDir: string, file: string, bundlePrefix: string, code: Buffer): void {
  mkdirSync(cacheDir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.concat([createHash('sha1').update(code).digest(), code]));
  renameSync(temporary, file);
  for (const name of readdirSync(cacheDir)) {
    if (name.startsWith(bundlePrefix) && name.endsWith('.codecache') && name !== path.basename(file)) rmSync(path.join(cacheDir, name), { force: true });
  }
}
