// Fits the similar-lesson hint model on the tuning data only, and prints the weights to
// freeze in server/src/engine/similarity/hintModel.ts:
//   npx tsx bench/similarity/fitHintModel.ts --generated 10000   (as the frozen weights were fitted)
// Rows: each tuning lesson's five best matches, labelled same lesson or not. Each corpus
// weighs the same in the fit, however many rows it has. The test split is never read.
import { SimilarityIndex } from '../../server/src/engine/similarity/similarityIndex';
import { HINT_MODEL, hintInputs } from '../../server/src/engine/similarity/hintModel';
import { blindCorpus, generatedCorpus, seedCorpus, type EvaluationCorpus } from './corpora';

type InputName = Exclude<keyof typeof HINT_MODEL, 'bias'>;
const INPUTS = Object.keys(HINT_MODEL).filter((name): name is InputName => name !== 'bias');
/** Candidates per query that become rows: more than the hint ever names. */
const ROWS_PER_QUERY = 5;
/** L2 penalty on the weights (not the bias), per unit of total row weight. */
const RIDGE = 1e-3;
/**
 * The blind tuning split weighs this many times a corpus we wrote ourselves: it is the one
 * like lessons written elsewhere, where paraphrases share fewer words.
 */
const BLIND_WEIGHT = Number(process.env.BLIND_WEIGHT ?? 3);

interface Row {
  x: number[];
  y: number;
  w: number;
}

function rowsOf(corpus: EvaluationCorpus, splitName: string, weight = 1): Row[] {
  const split = corpus.splits.find((s) => s.name === splitName);
  if (!split) throw new Error(`${corpus.name} has no ${splitName} split`);
  const index = new SimilarityIndex();
  for (const lesson of corpus.lessons) index.upsert(lesson.id, lesson.text);
  const rows: Row[] = [];
  for (const id of split.lessons) {
    const { candidates, background } = index.explainQuery(id);
    for (const [rank, candidate] of candidates.slice(0, ROWS_PER_QUERY).entries()) {
      const margin = candidate.score - (candidates[rank + 1]?.score ?? 0);
      const inputs = hintInputs({ ...candidate.features, score: candidate.score, background, margin });
      rows.push({ x: [1, ...INPUTS.map((name) => inputs[name])], y: Number(corpus.sameLesson(id, candidate.key)), w: 1 });
    }
  }
  const positives = rows.filter((row) => row.y === 1).length;
  console.log(`${corpus.name} (${splitName}): ${split.lessons.size} queries, ${rows.length} rows, ${positives} same-lesson`);
  for (const row of rows) row.w = weight / rows.length;
  return rows;
}

/** Weighted logistic regression by Newton's method with a small ridge. */
function fit(rows: readonly Row[]): number[] {
  const k = rows[0]!.x.length;
  let beta = new Array<number>(k).fill(0);
  const total = rows.reduce((sum, row) => sum + row.w, 0);
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = new Array<number>(k).fill(0);
    const hessian = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (const row of rows) {
      const z = row.x.reduce((sum, xi, i) => sum + xi * beta[i]!, 0);
      const p = 1 / (1 + Math.exp(-z));
      for (let i = 0; i < k; i++) {
        gradient[i]! += row.w * (row.y - p) * row.x[i]!;
        for (let j = 0; j < k; j++) hessian[i]![j]! += row.w * p * (1 - p) * row.x[i]! * row.x[j]!;
      }
    }
    for (let i = 1; i < k; i++) {
      gradient[i]! -= RIDGE * total * beta[i]!;
      hessian[i]![i]! += RIDGE * total;
    }
    const step = solve(hessian, gradient);
    beta = beta.map((b, i) => b + step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return beta;
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let j = c; j <= n; j++) m[r]![j]! -= f * m[c]![j]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const generatedAt = args.indexOf('--generated');
  const rows = [...rowsOf(seedCorpus(), 'tuning'), ...rowsOf(blindCorpus(), 'tuning', BLIND_WEIGHT)];
  if (generatedAt >= 0) rows.push(...rowsOf(await generatedCorpus(Number(args[generatedAt + 1] ?? 10_000)), 'all'));
  const beta = fit(rows);
  console.log('\nFrozen weights for server/src/engine/similarity/hintModel.ts (HINT_MODEL):');
  console.log(`  bias: ${beta[0]!.toFixed(3)},`);
  for (const [i, name] of INPUTS.entries()) console.log(`  ${name}: ${beta[i + 1]!.toFixed(3)},`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
