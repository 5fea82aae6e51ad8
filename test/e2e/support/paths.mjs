import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** Screenshots of every UI test, kept by CI as artefacts (git-ignored). */
export const ARTEFACTS = path.join(REPO_ROOT, 'test-results', 'e2e');
/**
 * Where a UI run renders the README's pictures: beside the artefacts, so a test run leaves
 * the working tree as it found it; into docs/images (committed) only when asked to, by
 * `npm run pictures` (`--update-pictures`, or LEARN_ONCE_UPDATE_PICTURES=1).
 */
const UPDATE_PICTURES = process.argv.includes('--update-pictures') || process.env.LEARN_ONCE_UPDATE_PICTURES === '1';
export const README_IMAGES = UPDATE_PICTURES ? path.join(REPO_ROOT, 'docs', 'images') : path.join(ARTEFACTS, 'readme-images');

/** The .vsix under test: LEARN_ONCE_VSIX, or a fresh `npm run package` → dist/learn-once-<version>.vsix. */
export function packagedExtension() {
  if (process.env.LEARN_ONCE_VSIX) return path.resolve(process.env.LEARN_ONCE_VSIX);
  const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  const result = spawnSync('npm', ['run', '--silent', 'package'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run package failed');
  const vsix = path.join(REPO_ROOT, 'dist', `learn-once-${version}.vsix`);
  if (!existsSync(vsix)) throw new Error(`npm run package did not make ${path.relative(REPO_ROOT, vsix)}`);
  return vsix;
}
