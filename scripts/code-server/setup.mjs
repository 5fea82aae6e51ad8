// Installs code-server (a full VS Code served to a browser) into the git-ignored `.code-server/`
// folder, so the extension can be tested and demonstrated in a real VS Code on machines that
// cannot download VS Code desktop. Idempotent: a marker file makes a second run take seconds.
//
//   node scripts/code-server/setup.mjs             # code-server + Chromium for the browser tests
//   node scripts/code-server/setup.mjs --no-browser  # code-server only (the demo)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** 4.100.3 is VS Code 1.100.3, the newest code-server whose `engines.node` is Node 20. */
export const CODE_SERVER_VERSION = '4.100.3';
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE_DIR = path.join(REPO_ROOT, '.code-server');
export const CODE_SERVER_ENTRY = path.join(CACHE_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = '/usr/bin/chromium';

const MARKER = path.join(CACHE_DIR, `.ready-${CODE_SERVER_VERSION}`);
const VSCODE_DIR = path.join(CACHE_DIR, 'node_modules', 'code-server', 'lib', 'vscode');
/** Native modules of VS Code's server; their prebuilt binaries do not match this Node, so each is rebuilt. */
const NATIVE_MODULES = ['@parcel/watcher', '@vscode/spdlog', 'kerberos', 'native-watchdog', 'node-pty'];

/**
 * Makes sure code-server (and, unless `browser` is false, Chromium) is installed.
 * Returns the path of code-server's entry script.
 */
export function setupCodeServer({ browser = true, log = (line) => console.log(line) } = {}) {
  // kerberos needs the gssapi headers; ripgrep replaces the rg binary VS Code would download.
  ensureDebianPackages(['libkrb5-dev', 'ripgrep', ...(browser ? ['chromium'] : [])], log);
  if (existsSync(MARKER) && existsSync(CODE_SERVER_ENTRY)) return CODE_SERVER_ENTRY;

  log(`Installing code-server ${CODE_SERVER_VERSION} into ${path.relative(REPO_ROOT, CACHE_DIR)}/ (first run only, about a minute)…`);
  rmSync(MARKER, { force: true });
  mkdirSync(CACHE_DIR, { recursive: true });
  // A package.json of its own keeps the project's package.json and lock file untouched.
  writeFileSync(
    path.join(CACHE_DIR, 'package.json'),
    JSON.stringify({ name: 'learn-once-code-server', private: true, dependencies: { 'code-server': CODE_SERVER_VERSION } }, null, 2) + '\n',
  );
  // --ignore-scripts: code-server's postinstall downloads ripgrep from a host that may be unreachable.
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], CACHE_DIR);
  run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts'], VSCODE_DIR);

  const rgTarget = path.join(VSCODE_DIR, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  mkdirSync(path.dirname(rgTarget), { recursive: true });
  copyFileSync(which('rg'), rgTarget);
  chmodSync(rgTarget, 0o755);

  // Through npx so npm's `nodedir` setting applies (a bare node-gyp would try to download headers).
  for (const name of NATIVE_MODULES) {
    log(`Rebuilding ${name}…`);
    run('npx', ['--yes', 'node-gyp', 'rebuild'], path.join(VSCODE_DIR, 'node_modules', name));
  }
  const asar = path.join(VSCODE_DIR, 'node_modules.asar');
  if (!existsSync(asar)) symlinkSync('node_modules', asar);
  run('npm', ['rebuild', 'argon2'], CACHE_DIR);

  if (!existsSync(CODE_SERVER_ENTRY)) throw new Error(`code-server was installed but ${CODE_SERVER_ENTRY} is missing`);
  writeFileSync(MARKER, `${new Date().toISOString()}\n`);
  log(`code-server ${CODE_SERVER_VERSION} is ready.`);
  return CODE_SERVER_ENTRY;
}

/** Installs missing Debian packages with apt-get when running as root; otherwise says what to run. */
function ensureDebianPackages(packages, log) {
  const missing = packages.filter((name) => !debianPackageInstalled(name));
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(`These Debian packages are needed: ${missing.join(', ')}. Install them with:\n  sudo sh -c '${command}'`);
  }
  log(`Installing Debian packages: ${missing.join(' ')}`);
  run('apt-get', ['update'], REPO_ROOT, { DEBIAN_FRONTEND: 'noninteractive' });
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], REPO_ROOT, { DEBIAN_FRONTEND: 'noninteractive' });
}

function debianPackageInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

function which(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    if (dir && existsSync(candidate)) return candidate;
  }
  throw new Error(`${command} is not on PATH`);
}

function run(command, args, cwd, env = {}) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${result.status ?? result.signal}`);
}

/** The code-server version recorded in its installed package.json, or undefined when absent. */
export function installedCodeServerVersion() {
  try {
    return JSON.parse(readFileSync(path.join(CACHE_DIR, 'node_modules', 'code-server', 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const started = Date.now();
    const entry = setupCodeServer({ browser: !process.argv.includes('--no-browser') });
    console.log(`code-server ${installedCodeServerVersion()} at ${path.relative(REPO_ROOT, entry)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
