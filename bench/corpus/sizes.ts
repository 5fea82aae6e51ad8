import * as path from 'node:path';
import { generateLessons } from './generateCorpus';
import { lessonFileSizes } from './lessonFileSizes';
import { describeSizes, sizeDistribution, sizeTable, type SizeDistribution } from './sizeDistribution';

/**
 * Bytes per lesson file, to compare the generated corpus with real lessons:
 * `tsx bench/corpus/sizes.ts [--generated 1000] [folder …]`. Without folders: examples/ and
 * the blind similarity corpus. `--generated N` generates N lessons in memory (nothing written).
 */
function main(argv: readonly string[]): number {
  const repoRoot = path.resolve(__dirname, '..', '..');
  const at = argv.indexOf('--generated');
  const generated = at >= 0 ? Number(argv[at + 1]) : undefined;
  if (generated !== undefined && (!Number.isInteger(generated) || generated < 1)) {
    process.stderr.write('usage: tsx bench/corpus/sizes.ts [--generated <lessons>] [folder …]\n');
    return 2;
  }
  const folders = argv.filter((arg, index) => arg !== '--generated' && argv[index - 1] !== '--generated');
  const named = folders.length > 0 ? folders : [path.join(repoRoot, 'examples'), path.join(repoRoot, 'bench', 'similarity', 'blind', 'corpus')];
  const rows: { name: string; sizes: SizeDistribution }[] = [];
  for (const folder of named) {
    const sizes = sizeDistribution(lessonFileSizes(path.resolve(folder)));
    if (sizes) rows.push({ name: path.relative(repoRoot, path.resolve(folder)) || folder, sizes });
  }
  if (generated !== undefined) {
    const sizes = sizeDistribution([...generateLessons({ count: generated })].map((lesson) => Buffer.byteLength(lesson.text)));
    if (sizes) rows.push({ name: `generated, ${generated.toLocaleString('en-GB')} lessons`, sizes });
  }
  for (const row of rows) process.stdout.write(`${row.name}: ${describeSizes(row.sizes)}\n`);
  process.stdout.write(`\n${sizeTable(rows).join('\n')}\n`);
  return 0;
}

process.exit(main(process.argv.slice(2)));
