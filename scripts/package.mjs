// Packages the extension as dist/learn-once-<version>.vsix from production bundles.
//
// The bundles are built into a staging folder rather than the shared dist/, so a development
// build running at the same time (tests, watch) cannot slip unminified files into the
// package. Fails if vsce warns about anything or the package is 1.25 MB or more.
// `node scripts/package.mjs --list` also prints what the package holds (vsce ls).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, 'dist', `${pkg.name}-${pkg.version}.vsix`);
const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
/**
 * The package holds two builds: the desktop's (client, server, index worker, spreadsheet
 * reader) and the browser's (dist/web/, held to 1 MB of its own by the web build). It was
 * held to 1 MB while it held the desktop's alone; the browser's, import included, took it to
 * about 1.06 MB.
 */
const MAX_BYTES = 1.25 * 1024 * 1024;
/** What the package is made of besides the bundles (.vscodeignore picks the files). */
const COPIED = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'media', 'schemas', 'snippets'];
/** What the build reads, linked into the staging folder. */
const LINKED = ['client', 'server', 'schemas', 'node_modules'];

// vsce only recognises GitHub and GitLab; for any other host the README's relative links are
// resolved against the repository's browsable tree.
const repository = String(pkg.repository?.url ?? pkg.repository ?? '')
  .replace(/^git\+/, '')
  .replace(/\.git$/, '');
// Without a repository (a copy kept inside an organisation) the links stay relative: VS Code
// shows the README from the installed extension's own files.
const baseUrls = repository
  ? ['--baseContentUrl', `${repository}/blob/main`, '--baseImagesUrl', `${repository}/raw/main`]
  : ['--allow-missing-repository', '--no-rewrite-relative-links'];

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
  return `${result.stdout ?? ''}\n${result.stderr ?? ''}`;
}

const staging = mkdtempSync(path.join(tmpdir(), 'learn-once-package-'));
try {
  const build = path.join(staging, 'build');
  const content = path.join(staging, 'content');
  mkdirSync(build);
  for (const name of LINKED) symlinkSync(path.join(root, name), path.join(build, name), 'junction');
  // esbuild.mjs writes dist/*.js relative to the folder it runs in.
  run(process.execPath, [path.join(root, 'esbuild.mjs'), '--production'], build);
  for (const name of COPIED) cpSync(path.join(root, name), path.join(content, name), { recursive: true });
  cpSync(path.join(build, 'dist'), path.join(content, 'dist'), { recursive: true });

  mkdirSync(path.dirname(vsix), { recursive: true });
  const output = run(process.execPath, [vsce, 'package', '--no-dependencies', ...baseUrls, '--out', vsix], content);
  const warnings = output.split('\n').filter((line) => /\bWARNING\b/i.test(line));
  if (warnings.length > 0) throw new Error(`vsce warned ${warnings.length} time(s); the package must build without warnings.`);
  if (process.argv.includes('--list')) run(process.execPath, [vsce, 'ls', '--no-dependencies'], content);
  const size = statSync(vsix).size;
  if (size >= MAX_BYTES) throw new Error(`${path.relative(root, vsix)} is ${size} bytes; it must stay under ${MAX_BYTES}.`);
  console.log(`Packaged ${path.relative(root, vsix)} (${(size / 1024).toFixed(0)} KB).`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  rmSync(staging, { recursive: true, force: true });
}
