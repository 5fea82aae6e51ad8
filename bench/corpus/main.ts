import * as path from 'node:path';
import { DEFAULT_SEED } from './generateCorpus';
import { ensureCorpus } from './writeCorpus';

/**
 * Writes a generated corpus: `tsx bench/corpus/main.ts --count 10000 --out bench/.corpus/10000 [--seed N]`.
 * A complete corpus with the same count and seed already in the folder is kept.
 */
async function main(argv: readonly string[]): Promise<number> {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const count = Number(value('--count') ?? '1000');
  const seed = Number(value('--seed') ?? String(DEFAULT_SEED));
  const out = value('--out');
  if (!out || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    process.stderr.write('usage: tsx bench/corpus/main.ts --count <lessons> --out <folder> [--seed <integer>]\n');
    return 2;
  }
  const started = Date.now();
  const { manifest, reused } = await ensureCorpus(path.resolve(out), { count, seed });
  const { lesson, paraphrase, broken } = manifest.kinds;
  process.stdout.write(
    `${reused ? 'Kept' : 'Wrote'} ${manifest.count} lessons (${lesson} plain, ${paraphrase} paraphrased, ${broken} broken; ${(manifest.bytes / 1e6).toFixed(1)} MB) in ${out} in ${Date.now() - started} ms\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
