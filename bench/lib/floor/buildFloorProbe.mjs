// Bundles the floor's child process (floorProbe.ts) into the file named by the first argument,
// with the plugin the server's bundles use, so the floor parses as the server does.
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { yamlDebugSwitchesOff } from '../../../scripts/buildPlugins.mjs';

const outfile = process.argv[2];
if (!outfile) {
  process.stderr.write('usage: node buildFloorProbe.mjs <outfile>\n');
  process.exit(2);
}
await esbuild.build({
  entryPoints: [path.join(path.dirname(fileURLToPath(import.meta.url)), 'floorProbe.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  logLevel: 'warning',
  plugins: [yamlDebugSwitchesOff],
});
