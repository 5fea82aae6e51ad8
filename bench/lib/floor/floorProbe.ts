// The floor's child process: `node floorProbe.js read|parse <corpus folder>`, bundled by
// buildFloorProbe.mjs with the same switch the server's bundles get (yaml's per-token
// environment read off), so it parses with the parser as the server runs it.
// Prints one line of JSON: { files, bytes, ms }.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseDocument } from 'yaml';
import { listLessonFiles } from '../../corpus/lessonFileSizes';

/**
 * The options the engine composes with (server/src/engine/yaml/parseYamlFile.ts): the core
 * schema and strict (yaml's defaults), duplicate keys left to a pass of its own, warnings
 * kept as problems rather than printed, no tags beyond the core schema.
 */
const ENGINE_PARSE_OPTIONS = { uniqueKeys: false, logLevel: 'error', resolveKnownTags: false } as const;

function main(mode: string | undefined, root: string | undefined): void {
  if ((mode !== 'read' && mode !== 'parse') || !root) {
    process.stderr.write('usage: node floorProbe.js read|parse <corpus folder>\n');
    process.exit(2);
  }
  // Listing the files is not part of the floor: the server lists them too, before it reads.
  const files = listLessonFiles(root);
  let bytes = 0;
  // Read in sequence with readFileSync, the cheapest read for files of a kilobyte or two
  // (the promise API costs several times as much per file): the honest floor.
  const started = performance.now();
  if (mode === 'read') {
    for (const file of files) bytes += readFileSync(file).length;
  } else {
    let items = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      bytes += text.length;
      // Counting what was parsed keeps the work observable.
      const contents = parseDocument(text, ENGINE_PARSE_OPTIONS).contents;
      if (contents && 'items' in contents) items += contents.items.length;
    }
    if (items === 0 && files.length > 0) throw new Error('nothing parsed');
  }
  const ms = performance.now() - started;
  process.stdout.write(`${JSON.stringify({ files: files.length, bytes, ms })}\n`);
}

main(process.argv[2], process.argv[3]);
