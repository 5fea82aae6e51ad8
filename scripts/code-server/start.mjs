// Starts code-server on a free 127.0.0.1 port, with no password, a fresh user-data folder and its
// own extensions folder, and waits until it answers. The server is stopped when this process exits.
//
//   node scripts/code-server/start.mjs [folder]   # serve VS Code on `folder` until Ctrl+C
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_SERVER_ENTRY, setupCodeServer } from './setup.mjs';

/** Settings that keep the workbench quiet: no trust prompt, no welcome page, no tips or update checks. */
export const QUIET_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.commandCenter.enabled': false,
};

/**
 * @typedef {object} RunningCodeServer
 * @property {number} port
 * @property {string} origin          e.g. http://127.0.0.1:41234
 * @property {string} userDataDir
 * @property {string} extensionsDir
 * @property {(query?: Record<string, string>) => string} url  the workbench URL with a query
 * @property {() => string} output    everything code-server printed so far
 * @property {() => Promise<void>} stop
 */

/**
 * Starts code-server. `folder` is opened by default; `extensionsDir`/`userDataDir` default to
 * fresh temporary folders (removed on stop); `port` to a free one; `settings` are merged over
 * QUIET_SETTINGS; `env` is added to the environment of code-server and the extension host.
 * @returns {Promise<RunningCodeServer>}
 */
export async function startCodeServer({ folder, extensionsDir, userDataDir, port, settings = {}, timeoutMs = 60_000, env = {} } = {}) {
  setupCodeServer({ browser: false, log: () => {} });
  const temporary = [];
  const scratch = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'learn-once-code-server-'));
    temporary.push(dir);
    return dir;
  };
  userDataDir ??= scratch();
  extensionsDir ??= scratch();
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  // An empty config file of its own: otherwise code-server writes and reads ~/.config/code-server/config.yaml.
  const configFile = path.join(userDataDir, 'code-server.yaml');
  writeFileSync(configFile, '');

  port ??= await freePort();
  const args = [
    CODE_SERVER_ENTRY,
    '--config',
    configFile,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    ...(folder ? [folder] : []),
  ];
  // Its own process group, so stopping it also stops the extension host and language server it starts.
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let printed = '';
  child.stdout.on('data', (chunk) => (printed += chunk));
  child.stderr.on('data', (chunk) => (printed += chunk));
  let exited = false;
  const exitedPromise = new Promise((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const killGroup = (signal) => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      /* already gone */
    }
  };
  const onExit = () => killGroup('SIGKILL');
  process.once('exit', onExit);

  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    process.removeListener('exit', onExit);
    killGroup('SIGTERM');
    const deadline = setTimeout(() => killGroup('SIGKILL'), 5000);
    await exitedPromise;
    clearTimeout(deadline);
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  };

  try {
    await waitUntilAnswering(`${origin}/healthz`, timeoutMs, () => exited);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\ncode-server said:\n${printed}`);
  }
  return {
    port,
    origin,
    userDataDir,
    extensionsDir,
    url: (query = {}) => `${origin}/?${new URLSearchParams(folder ? { folder, ...query } : query)}`,
    output: () => printed,
    stop,
  };
}

/** Installs a packaged extension (.vsix) into an extensions folder with code-server's own installer. */
export async function installExtension(vsix, { extensionsDir, userDataDir }) {
  setupCodeServer({ browser: false, log: () => {} });
  mkdirSync(extensionsDir, { recursive: true });
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  const child = spawn(
    process.execPath,
    [CODE_SERVER_ENTRY, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix, '--force'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let printed = '';
  child.stdout.on('data', (chunk) => (printed += chunk));
  child.stderr.on('data', (chunk) => (printed += chunk));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0 || !/successfully installed/i.test(printed)) throw new Error(`Installing ${vsix} failed (exit ${code}):\n${printed}`);
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilAnswering(url, timeoutMs, hasExited) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error('code-server exited before it answered');
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs / 1000} s`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const folder = path.resolve(process.argv[2] ?? '.');
  const server = await startCodeServer({ folder });
  console.log(`VS Code (code-server) is serving ${folder} at ${server.url()}`);
  console.log('Press Ctrl+C to stop.');
  const shutdown = () => server.stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
