import * as path from 'node:path';
import { runBundleWithCodeCache } from './codeCache';
import { publishCodeCacheState } from './codeCacheState';

/**
 * Entry point of the language server process (bundled as dist/server.js): runs the server
 * bundle beside it with V8's code cache, kept in the folder `--code-cache=<folder>` names
 * (the extension passes its global storage folder). Without the option the server runs
 * the same, compiling its code on every start.
 */
const cacheDir = process.argv.find((arg) => arg.startsWith('--code-cache='))?.slice('--code-cache='.length) || undefined;
const server = runBundleWithCodeCache(path.join(__dirname, 'serverMain.js'), cacheDir);
publishCodeCacheState(server.state);
// At exit the cache holds every function this run compiled, the scan's and the requests'.
process.on('exit', () => server.save());
