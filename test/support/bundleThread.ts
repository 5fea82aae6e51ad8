import * as path from 'node:path';
import * as esbuild from 'esbuild';

/**
 * Bundles a thread's entry point into `folder` as it is shipped (one CommonJS file for Node),
 * so a test runs the thread as the product does, in a worker of its own. Returns the bundle's path.
 */
export async function bundleThread(entryPoint: string, folder: string): Promise<string> {
  const outfile = path.join(folder, `${path.basename(entryPoint, '.ts')}.js`);
  await esbuild.build({ entryPoints: [entryPoint], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'silent' });
  return outfile;
}
