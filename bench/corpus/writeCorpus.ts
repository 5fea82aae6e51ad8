import { existsSync, promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ARTEFACT_FILES } from './extraProse';
import { CORPUS_GENERATOR_VERSION, corpusConfigText, DEFAULT_SEED, generateLessons, type CorpusOptions, type GeneratedKind } from './generateCorpus';
import { sizeDistribution, type SizeDistribution } from './sizeDistribution';

/** Written last into a corpus folder: what it holds, so a complete corpus is reused and a partial one rebuilt. */
export interface CorpusManifest {
  generatorVersion: number;
  count: number;
  seed: number;
  bytes: number;
  /** Bytes per lesson file. */
  sizes?: SizeDistribution;
  /** Ids by kind, and each paraphrase with the lesson it restates. */
  kinds: Record<GeneratedKind, number>;
  paraphrases: { id: string; of: string; path: string; originalPath: string }[];
  /** A sample of lessons with no problems, for benchmarks that edit a clean file. */
  cleanSample: { id: string; path: string }[];
  broken: { id: string; path: string; breakage: string }[];
}

export const MANIFEST_FILE = '.corpus.json';

/** How many files are written at once. */
const WRITE_CONCURRENCY = 64;

/** Writes a corpus into an empty (or replaced) folder and returns its manifest. */
export async function writeCorpus(root: string, options: CorpusOptions): Promise<CorpusManifest> {
  await fs.rm(root, { recursive: true, force: true });
  await fs.mkdir(root, { recursive: true });
  await fs.writeFile(path.join(root, 'learn-once.yaml'), corpusConfigText());
  // The documents lessons name in `artefacts`: a path with nothing there would be a problem.
  for (const artefact of ARTEFACT_FILES) {
    await fs.mkdir(path.dirname(path.join(root, artefact)), { recursive: true });
    await fs.writeFile(path.join(root, artefact), `# ${path.basename(artefact, '.md')}\n\nA document kept beside the lessons that name it.\n`);
  }
  const manifest: CorpusManifest = {
    generatorVersion: CORPUS_GENERATOR_VERSION,
    count: options.count,
    seed: options.seed ?? DEFAULT_SEED,
    bytes: 0,
    kinds: { lesson: 0, paraphrase: 0, broken: 0 },
    paraphrases: [],
    cleanSample: [],
    broken: [],
  };
  const pathOf = new Map<string, string>();
  const sizes: number[] = [];
  const folders = new Set<string>();
  let pending: Promise<void>[] = [];
  for (const lesson of generateLessons(options)) {
    const folder = path.dirname(lesson.relativePath);
    if (!folders.has(folder)) {
      folders.add(folder);
      await fs.mkdir(path.join(root, folder), { recursive: true });
    }
    pending.push(fs.writeFile(path.join(root, lesson.relativePath), lesson.text));
    if (pending.length >= WRITE_CONCURRENCY) {
      await Promise.all(pending);
      pending = [];
    }
    const bytes = Buffer.byteLength(lesson.text);
    manifest.bytes += bytes;
    sizes.push(bytes);
    manifest.kinds[lesson.kind]++;
    pathOf.set(lesson.id, lesson.relativePath);
    if (lesson.kind === 'paraphrase' && lesson.paraphraseOf) {
      manifest.paraphrases.push({ id: lesson.id, of: lesson.paraphraseOf, path: lesson.relativePath, originalPath: pathOf.get(lesson.paraphraseOf)! });
    } else if (lesson.kind === 'broken') {
      manifest.broken.push({ id: lesson.id, path: lesson.relativePath, breakage: lesson.breakage ?? 'unknown' });
    } else if (manifest.cleanSample.length < 200 && !lesson.text.includes('related:') && !lesson.text.includes('adoption:')) {
      manifest.cleanSample.push({ id: lesson.id, path: lesson.relativePath });
    }
  }
  await Promise.all(pending);
  manifest.sizes = sizeDistribution(sizes);
  await fs.writeFile(path.join(root, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

/** The manifest of a complete corpus already in `root` made with these options, if there is one. */
export function existingCorpus(root: string, options: CorpusOptions): CorpusManifest | undefined {
  const file = path.join(root, MANIFEST_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as CorpusManifest;
    const same = manifest.generatorVersion === CORPUS_GENERATOR_VERSION && manifest.count === options.count && manifest.seed === (options.seed ?? DEFAULT_SEED);
    return same ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** Reuses a complete corpus with the same options, or writes it. */
export async function ensureCorpus(root: string, options: CorpusOptions): Promise<{ manifest: CorpusManifest; reused: boolean }> {
  const existing = existingCorpus(root, options);
  if (existing) return { manifest: existing, reused: true };
  return { manifest: await writeCorpus(root, options), reused: false };
}
