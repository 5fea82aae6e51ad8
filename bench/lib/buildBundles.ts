import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export interface BenchBuild {
  /** A private copy of the bundles, so a rebuild of dist/ during the run cannot change what is measured. */
  folder: string;
  server: string;
  cli: string;
  dispose(): void;
}

/** Builds dist/ and copies the server, worker and command-line bundles to a temporary folder. */
export function buildBundles(repoRoot: string): BenchBuild {
  execFileSync(process.execPath, [path.join(repoRoot, 'esbuild.mjs'), '--production'], { cwd: repoRoot, stdio: 'inherit' });
  const folder = mkdtempSync(path.join(tmpdir(), 'learn-once-bench-build-'));
  const dist = path.join(repoRoot, 'dist');
  for (const name of readdirSync(dist)) if (name.endsWith('.js')) copyFileSync(path.join(dist, name), path.join(folder, name));
  const server = path.join(folder, 'server.js');
  const cli = path.join(folder, 'cli.js');
  if (!existsSync(server) || !existsSync(cli)) throw new Error(`the build did not produce server.js and cli.js in ${dist}`);
  return { folder, server, cli, dispose: () => rmSync(folder, { recursive: true, force: true }) };
}
