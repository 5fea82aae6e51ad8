import { execFileSync } from 'node:child_process';

/**
 * How long loading the client bundle takes in a fresh Node process: the part of the
 * extension's activation that grows with the bundle. `vscode` (only there in the editor)
 * is stubbed, and activate() itself is not run: that needs the editor (the extension-host
 * tests exercise it).
 */
export function measureClientLoad(clientScript: string): number | undefined {
  const script = `
    const Module = require('node:module');
    const load = Module._load;
    const stub = new Proxy(function () {}, { get: (_t, key) => (key === '__esModule' ? false : stub), apply: () => stub, construct: () => stub });
    Module._load = function (request, ...rest) { return request === 'vscode' ? stub : load.call(this, request, ...rest); };
    const { performance } = require('node:perf_hooks');
    const started = performance.now();
    require(${JSON.stringify(clientScript)});
    process.stdout.write(String(performance.now() - started));
  `;
  try {
    const out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 30_000 });
    const ms = Number(out.trim());
    return Number.isFinite(ms) ? ms : undefined;
  } catch {
    return undefined;
  }
}
