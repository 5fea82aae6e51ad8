import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { CorpusManifest } from '../corpus/writeCorpus';
import { BenchLspClient, fileUri } from './benchLspClient';
import { BROKEN_STAGE, stageValuePosition, withBodyOf, withStage } from './lessonEdits';
import { processCpuMs } from './processCpu';
import { processMemory } from './processMemory';
import { summarise, type LatencySummary } from './stats';
import { settleAfterScan } from './settleAfterScan';
import { pause, waitUntil } from './waitUntil';
import { LESSONS_PAGE_SIZE } from '../../client/src/catalogue/LessonCatalogue';
import { loadProblemQueries } from '../similarity/problemQueries';
import { LessonsRequest, SearchLessonsRequest, SimilarLessonsRequest, StatsRequest, type StatsResult } from '../../shared/protocol';

export interface StartFigures {
  /** Process start → the scan's progress `end`, every lesson's problems published. */
  ms: number;
  cpuMs?: number;
  peakRssMb?: number;
  /** Of the lessons generated with a problem, how many had their problems published by the end. */
  brokenPublished: number;
  brokenTotal: number;
  /** The longest the server's event loop was held up during the scan. */
  eventLoopMaxMs?: number;
  /** Requests sent while the scan ran: their latency, and whether any answer said it was partial. */
  requestsDuringScan: LatencySummary;
  partialSeen: boolean;
  scan?: StatsResult['scan'];
  /** Every non-empty publication by the progress end, by uri (to compare cold with warm). */
  published?: Map<string, string>;
  /** Process start → the similarity engine holds every lesson (hints can be computed). */
  similarityReadyMs?: number;
  peakRssMbWithSimilarity?: number;
  /** Whether V8's code cache of the server bundle was used (the warm start) or missing (the first start). */
  codeCache?: string;
  /** Cold start only: process start → every diagnostic published, similar-lesson hints included (see settleAfterScan). */
  allDiagnosticsMs?: number;
}

/** The similar-lesson hints of a warm start: restored from the last pass, the changed lessons ranked again. */
export interface WarmHintFigures {
  /** Process start → every lesson's hint known (learnOnce/similarLessons no longer partial), or undefined past the cap. */
  readyMs?: number;
  /** Server CPU time (all threads) by then. */
  cpuMs?: number;
  restored?: number;
  toRank?: number;
}

export interface LearnOnceRun {
  cold: StartFigures;
  warm: StartFigures;
  /** The warm start published exactly the diagnostics the cold one did. */
  warmMatchesCold: boolean;
  warmHints: WarmHintFigures;
  /** Whether the cold server saved its hints (after its pass over every lesson) before it was stopped. */
  coldHintsSaved: boolean;
  /** Of the cold server's first pass, the hints ranked on its ranking thread (undefined: it ran none). */
  coldRankedOnThread?: number;
  /** How long after the similarity engine was ready the server went quiet (background hints done), or undefined if it did not within the cap. */
  settledAfterMs?: number;
  /** The event loop's longest hold-up from the cold scan's progress end until the background work settled (or the settle cap). */
  eventLoopMaxAfterScanMs?: number;
  didOpen: LatencySummary;
  didChange: LatencySummary;
  /** didChange on a lesson with a similar-lesson hint: until a publication with the new problems and the hint. */
  didChangeWithHint?: LatencySummary;
  /** Replacing a lesson's body with another lesson's: until its similar-lesson hint appears (debounce included). */
  hintAfterEdit?: LatencySummary;
  completion?: LatencySummary;
  similarLessons?: LatencySummary;
  /** Searching lessons by a problem in a person's words (the Search Lessons by Problem quick pick, top 20). */
  search?: LatencySummary;
  tree?: { ms: number; lessons: number };
  eventLoopMaxDuringRequestsMs?: number;
  /** The longest event-loop hold-up within each kind of request figure, to say which one is at fault. */
  eventLoopMaxByPhase?: Partial<Record<RequestPhase, number>>;
}

/** The request figures in the order they are taken, each in its own event-loop window. */
export const REQUEST_PHASES = [
  'didOpen',
  'didChange',
  'didChange with hint',
  'paste near-duplicate',
  'completion',
  'similar lessons',
  'search',
  'tree',
] as const;
export type RequestPhase = (typeof REQUEST_PHASES)[number];

export interface MeasureOptions {
  serverScript: string;
  corpusRoot: string;
  manifest: CorpusManifest;
  samples: number;
  /** Longest wait for background work after the scan before the request figures are taken. */
  settleCapMs: number;
  /** How long to wait for a pass over every lesson's hints (the cold one takes minutes at 100,000 lessons). */
  hintCapMs: number;
}

const METHOD_NOT_FOUND = -32601;
/** How long one edit may wait for its diagnostics before it counts as a timeout. */
const SAMPLE_DEADLINE_MS = 20_000;

/** One cold start, the request figures on that server, then a warm start from the index it saved. */
export async function measureLearnOnce(options: MeasureOptions): Promise<LearnOnceRun> {
  const storage = mkdtempSync(path.join(tmpdir(), 'learn-once-bench-storage-'));
  try {
    const coldClient = await startServer(options, storage);
    let run: Omit<LearnOnceRun, 'warm' | 'warmMatchesCold' | 'warmHints'>;
    try {
      const cold = await measureStart(coldClient, options);
      const { settledAfterMs, allDiagnosticsMs } = await settleAfterScan(coldClient, probeUriOf(options), options.settleCapMs);
      cold.allDiagnosticsMs = allDiagnosticsMs;
      // The window opened at the progress end: the background work after the scan, up to the settle (or its cap).
      const eventLoopMaxAfterScanMs = (await stats(coldClient, true))?.eventLoop?.maxMs;
      const requests = await measureRequests(coldClient, options);
      // The index is saved in the background after the scan, the hints after the pass over every lesson; wait for both before stopping.
      await waitUntil(() => savedIndex(coldClient), 300_000, 200);
      const coldHintsSaved = await waitUntil(async () => (await stats(coldClient))?.scan?.hints?.saved !== undefined, options.hintCapMs, 200);
      const coldRankedOnThread = (await stats(coldClient))?.scan?.rankedOnThread;
      run = { cold, settledAfterMs, eventLoopMaxAfterScanMs, ...requests, coldHintsSaved, coldRankedOnThread };
    } finally {
      await coldClient.stop();
    }
    const warmClient = await startServer(options, storage);
    try {
      const warm = await measureStart(warmClient, options);
      const warmMatchesCold = sameSnapshot(run.cold.published ?? new Map(), warm.published ?? new Map());
      delete run.cold.published;
      delete warm.published;
      const warmHints = await measureWarmHints(warmClient, options);
      return { ...run, warm, warmMatchesCold, warmHints };
    } finally {
      await warmClient.stop();
    }
  } finally {
    rmSync(storage, { recursive: true, force: true });
  }
}

/** A clean lesson the benchmark asks about while the server works. */
function probeUriOf(options: MeasureOptions): string {
  return fileUri(path.join(options.corpusRoot, options.manifest.cleanSample[0]!.path));
}

function startServer(options: MeasureOptions, storage: string): Promise<BenchLspClient> {
  return BenchLspClient.start({
    command: process.execPath,
    // As the extension does: the code cache in a storage folder, the first start writing it.
    args: [options.serverScript, '--stdio', `--code-cache=${storage}`],
    env: { ...process.env, LEARN_ONCE_MEASURE_EVENT_LOOP: '1' },
    folder: options.corpusRoot,
    initializationOptions: { storagePath: storage },
    configuration: () => ({}),
  });
}

/** After a warm start: until every lesson's hint is known, restored or ranked again. */
async function measureWarmHints(client: BenchLspClient, options: MeasureOptions): Promise<WarmHintFigures> {
  const probeUri = probeUriOf(options);
  const ready = await waitUntil(
    async () => (await client.timedRequest<{ partial?: boolean }>(SimilarLessonsRequest.method, { uri: probeUri })).result?.partial === false,
    options.hintCapMs,
    50,
  );
  const readyMs = ready ? performance.now() - client.spawnedAt : undefined;
  const cpuMs = processCpuMs(client.pid);
  const hints = (await stats(client))?.scan?.hints;
  return { readyMs, cpuMs, restored: hints?.restored, toRank: hints?.toRank };
}

async function stats(client: BenchLspClient, resetEventLoop = false): Promise<StatsResult | undefined> {
  const answer = await client.timedRequest<StatsResult>(StatsRequest.method, { resetEventLoop });
  return answer.result;
}

async function savedIndex(client: BenchLspClient): Promise<boolean> {
  const answer = await client.timedRequest<StatsResult>(StatsRequest.method, {});
  const scan = answer.result?.scan;
  return scan !== undefined && (scan.phasesMs.save !== undefined || scan.cache === 'loaded');
}

async function measureStart(client: BenchLspClient, options: MeasureOptions): Promise<StartFigures> {
  const during: number[] = [];
  let partialSeen = false;
  const probeUri = probeUriOf(options);
  // Requests while the scan runs: each must be answered promptly, and say the index is partial.
  const probing = (async () => {
    while (client.progressEndAt === undefined) {
      const answer = await client.timedRequest<{ partial?: boolean }>(LessonsRequest.method, { uris: [probeUri] });
      if (client.progressEndAt === undefined) {
        during.push(answer.ms);
        if (answer.result?.partial === true) partialSeen = true;
      }
      await pause(50);
    }
  })();
  const end = await client.progressEnded(600_000);
  const published = snapshot(client);
  await probing;
  const cpuMs = processCpuMs(client.pid);
  const peakRssMb = processMemory(client.pid)?.peakRssMb;
  const brokenPublished = options.manifest.broken.filter(
    (broken) => (client.published.get(fileUri(path.join(options.corpusRoot, broken.path)))?.diagnostics.length ?? 0) > 0,
  ).length;
  const atEnd = await stats(client, true);
  let similarityReadyMs: number | undefined;
  if (await waitUntil(async () => (await stats(client))?.similarityReady === true, 600_000, 50)) similarityReadyMs = performance.now() - client.spawnedAt;
  return {
    ms: end - client.spawnedAt,
    cpuMs,
    peakRssMb,
    brokenPublished,
    brokenTotal: options.manifest.broken.length,
    eventLoopMaxMs: atEnd?.eventLoop?.maxMs,
    requestsDuringScan: summarise(during),
    partialSeen,
    scan: atEnd?.scan,
    published,
    similarityReadyMs,
    peakRssMbWithSimilarity: processMemory(client.pid)?.peakRssMb,
    codeCache: atEnd?.codeCache,
  };
}

function snapshot(client: BenchLspClient): Map<string, string> {
  const result = new Map<string, string>();
  for (const [uri, publication] of client.published) if (publication.diagnostics.length > 0) result.set(uri, JSON.stringify(publication.diagnostics));
  return result;
}

function sameSnapshot(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [uri, diagnostics] of a) if (b.get(uri) !== diagnostics) return false;
  return true;
}

const hasBrokenStage = (diagnostics: Diagnostic[]): boolean => diagnostics.some((d) => d.code === 'invalid-value');
const hasHint = (diagnostics: Diagnostic[]): boolean => diagnostics.some((d) => d.code === 'similar-lesson');

async function measureRequests(
  client: BenchLspClient,
  options: MeasureOptions,
): Promise<
  Omit<LearnOnceRun, 'cold' | 'warm' | 'warmMatchesCold' | 'settledAfterMs' | 'eventLoopMaxAfterScanMs' | 'warmHints' | 'coldHintsSaved' | 'coldRankedOnThread'>
> {
  const { corpusRoot, manifest, samples } = options;
  const clean = manifest.cleanSample.map((lesson) => ({
    uri: fileUri(path.join(corpusRoot, lesson.path)),
    text: readFileSync(path.join(corpusRoot, lesson.path), 'utf8'),
  }));
  let next = 0;
  const take = (): { uri: string; text: string } => {
    const lesson = clean[next % clean.length]!;
    next++;
    return lesson;
  };
  await stats(client, true);
  // Each phase gets its own event-loop window; the overall maximum is the largest of them.
  const eventLoopMaxByPhase: Partial<Record<RequestPhase, number>> = {};
  const endPhase = async (name: RequestPhase): Promise<void> => {
    eventLoopMaxByPhase[name] = (await stats(client, true))?.eventLoop?.maxMs;
  };

  // didOpen of a lesson with an unsaved mistake → its problem published.
  const didOpen: number[] = [];
  let didOpenTimeouts = 0;
  for (let i = 0; i < samples; i++) {
    const lesson = take();
    const published = client.nextPublication(lesson.uri, hasBrokenStage, SAMPLE_DEADLINE_MS);
    const sent = performance.now();
    await client.open(lesson.uri, withStage(lesson.text, BROKEN_STAGE));
    const at = await published.then(
      (publication) => publication.at,
      () => undefined,
    );
    if (at === undefined) didOpenTimeouts++;
    else didOpen.push(at - sent);
    const cleared = client.nextPublication(lesson.uri, (d) => !hasBrokenStage(d), SAMPLE_DEADLINE_MS);
    await client.close(lesson.uri);
    await cleared.catch(() => undefined);
  }
  await endPhase('didOpen');

  // didChange: make and fix the mistake in turn; each publication reflects the edit.
  const didChange = await toggleStage(client, take(), samples, hasBrokenStage);
  await endPhase('didChange');

  // The same on a lesson that carries a similar-lesson hint: the hint stays in every publication.
  let didChangeWithHint: LatencySummary | undefined;
  const hinted = manifest.paraphrases
    .map((pair) => ({ uri: fileUri(path.join(corpusRoot, pair.path)), file: path.join(corpusRoot, pair.path) }))
    .find((lesson) => hasHint(client.published.get(lesson.uri)?.diagnostics ?? []));
  if (hinted) {
    const lesson = { uri: hinted.uri, text: readFileSync(hinted.file, 'utf8') };
    didChangeWithHint = await toggleStage(
      client,
      lesson,
      samples,
      (d) => hasBrokenStage(d) && hasHint(d),
      (d) => !hasBrokenStage(d) && hasHint(d),
    );
  }
  await endPhase('didChange with hint');

  // Pasting another lesson's title and answers into a lesson: until the similar-lesson hint appears.
  let hintAfterEdit: LatencySummary | undefined;
  if (hinted) {
    const hintSamples: number[] = [];
    const originals = manifest.paraphrases.map((pair) => readFileSync(path.join(corpusRoot, pair.originalPath), 'utf8'));
    for (let i = 0; i < Math.min(samples, 20, originals.length); i++) {
      const lesson = take();
      if (hasHint(client.published.get(lesson.uri)?.diagnostics ?? [])) continue;
      await client.open(lesson.uri, lesson.text);
      const appeared = client.nextPublication(lesson.uri, hasHint, SAMPLE_DEADLINE_MS);
      const sent = performance.now();
      await client.change(lesson.uri, withBodyOf(lesson.text, originals[i]!));
      try {
        hintSamples.push((await appeared).at - sent);
      } catch {
        // No hint for this pair at the threshold: not a latency sample.
      }
      const gone = client.nextPublication(lesson.uri, (d) => !hasHint(d), SAMPLE_DEADLINE_MS);
      await client.change(lesson.uri, lesson.text);
      await gone.catch(() => undefined);
      await client.close(lesson.uri);
    }
    hintAfterEdit = summarise(hintSamples);
  }
  await endPhase('paste near-duplicate');

  // Completion of the stage's value.
  let completion: LatencySummary | undefined;
  if (client.capabilities.completionProvider) {
    const lesson = take();
    await client.open(lesson.uri, lesson.text);
    const position = stageValuePosition(lesson.text);
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      const answer = await client.timedRequest('textDocument/completion', { textDocument: { uri: lesson.uri }, position });
      if (!answer.error) times.push(answer.ms);
    }
    await client.close(lesson.uri);
    completion = times.length > 0 ? summarise(times) : undefined;
  }
  await endPhase('completion');

  // Similar lessons for a lesson (the request behind the editor's side panel).
  let similarLessons: LatencySummary | undefined;
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const pair = manifest.paraphrases[i % Math.max(1, manifest.paraphrases.length)];
    if (!pair) break;
    const answer = await client.timedRequest(SimilarLessonsRequest.method, { uri: fileUri(path.join(corpusRoot, pair.path)) });
    if (answer.error?.code === METHOD_NOT_FOUND) break;
    if (!answer.error) times.push(answer.ms);
  }
  if (times.length > 0) similarLessons = summarise(times);
  await endPhase('similar lessons');

  // Searching by a problem, with the blind problem queries (the domain's own wording).
  let search: LatencySummary | undefined;
  const searchTimes: number[] = [];
  const queries = loadProblemQueries().queries;
  for (let i = 0; i < samples; i++) {
    const answer = await client.timedRequest(SearchLessonsRequest.method, { query: queries[i % queries.length]!.query, top: 20 });
    if (answer.error?.code === METHOD_NOT_FOUND) break;
    if (!answer.error) searchTimes.push(answer.ms);
  }
  if (searchTimes.length > 0) search = summarise(searchTimes);
  await endPhase('search');

  // The whole tree, page by page as the client asks for it.
  let tree: { ms: number; lessons: number } | undefined;
  let treeMs = 0;
  let treeLessons = 0;
  let cursor: string | undefined;
  for (;;) {
    const page = await client.timedRequest<{ lessons: unknown[]; nextAfter?: string }>(LessonsRequest.method, {
      limit: LESSONS_PAGE_SIZE,
      ...(cursor ? { after: cursor } : {}),
    });
    if (page.error || !page.result) break;
    treeMs += page.ms;
    treeLessons += page.result.lessons.length;
    if (!page.result.nextAfter) {
      tree = { ms: treeMs, lessons: treeLessons };
      break;
    }
    cursor = page.result.nextAfter;
  }

  await endPhase('tree');
  const phaseMaxima = Object.values(eventLoopMaxByPhase).filter((ms): ms is number => ms !== undefined);
  const eventLoopMaxDuringRequestsMs = phaseMaxima.length > 0 ? Math.max(...phaseMaxima) : undefined;
  return {
    didOpen: summarise(didOpen, didOpenTimeouts),
    didChange,
    didChangeWithHint,
    hintAfterEdit,
    completion,
    similarLessons,
    search,
    tree,
    eventLoopMaxDuringRequestsMs,
    eventLoopMaxByPhase,
  };
}

/** Opens a lesson, then alternately breaks and fixes its stage, timing each edit until its publication. */
async function toggleStage(
  client: BenchLspClient,
  lesson: { uri: string; text: string },
  samples: number,
  brokenSeen: (d: Diagnostic[]) => boolean,
  fixedSeen: (d: Diagnostic[]) => boolean = (d) => !hasBrokenStage(d),
): Promise<LatencySummary> {
  await client.open(lesson.uri, lesson.text);
  const broken = withStage(lesson.text, BROKEN_STAGE);
  const times: number[] = [];
  let timeouts = 0;
  for (let i = 0; i < samples; i++) {
    const breaking = i % 2 === 0;
    const published = client.nextPublication(lesson.uri, breaking ? brokenSeen : fixedSeen, SAMPLE_DEADLINE_MS);
    const sent = performance.now();
    await client.change(lesson.uri, breaking ? broken : lesson.text);
    const at = await published.then(
      (publication) => publication.at,
      () => undefined,
    );
    if (at === undefined) timeouts++;
    else times.push(at - sent);
  }
  if (samples % 2 === 1) {
    const fixed = client.nextPublication(lesson.uri, fixedSeen, SAMPLE_DEADLINE_MS);
    await client.change(lesson.uri, lesson.text);
    await fixed.catch(() => undefined);
  }
  await client.close(lesson.uri);
  return summarise(times, timeouts);
}
