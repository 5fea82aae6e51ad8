// `npm run demo`: see Learn Once work on the sample workspace.
// Packages the extension (.vsix). If VS Code desktop (`code`) is on PATH, installs the package
// there and opens examples/. Otherwise sets up code-server (first run only, cached in the
// git-ignored .code-server/ folder) and serves VS Code with the extension and examples/ on
// 127.0.0.1, printing the URL to open in a browser.
//
//   npm run demo                      # desktop VS Code if present, else code-server
//   npm run demo -- --code-server     # always code-server
//   npm run demo -- --port 8080       # code-server on a chosen port (default: a free one)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_DIR, setupCodeServer } from './code-server/setup.mjs';
import { installExtension, startCodeServer } from './code-server/start.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLES = path.join(REPO_ROOT, 'examples');
const args = process.argv.slice(2);

function option(name) {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function onPath(command) {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, command)));
}

/** Runs `npm run package` and returns the .vsix it made. */
function packageExtension() {
  const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  console.log('Packaging the extension…');
  const result = spawnSync('npm', ['run', '--silent', 'package'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run package failed');
  const vsix = path.join(REPO_ROOT, 'dist', `learn-once-${version}.vsix`);
  if (!existsSync(vsix)) throw new Error(`npm run package did not make ${path.relative(REPO_ROOT, vsix)}`);
  return vsix;
}

function openInDesktop(vsix) {
  console.log('VS Code is on PATH: installing the extension there.');
  const install = spawnSync('code', ['--install-extension', vsix, '--force'], { stdio: 'inherit' });
  if (install.status !== 0) throw new Error('code --install-extension failed');
  const open = spawnSync('code', [EXAMPLES], { stdio: 'inherit' });
  if (open.status !== 0) throw new Error('code could not open examples/');
  console.log(`Opened ${EXAMPLES} in VS Code.`);
}

async function serveWithCodeServer(vsix) {
  setupCodeServer({ browser: false });
  // Kept between runs, beside the cached code-server, so the window layout survives a restart.
  const userDataDir = path.join(CACHE_DIR, 'demo', 'user-data');
  const extensionsDir = path.join(CACHE_DIR, 'demo', 'extensions');
  await installExtension(vsix, { extensionsDir, userDataDir });
  const port = option('--port') ?? process.env.PORT;
  const server = await startCodeServer({ folder: EXAMPLES, userDataDir, extensionsDir, port: port ? Number(port) : undefined });
  console.log('');
  console.log(`Learn Once is running in VS Code (code-server) on ${EXAMPLES}.`);
  console.log(`Open ${server.url()}`);
  console.log('Press Ctrl+C to stop.');
  const shutdown = () => server.stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

try {
  const vsix = packageExtension();
  if (!args.includes('--code-server') && onPath('code')) openInDesktop(vsix);
  else await serveWithCodeServer(vsix);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
