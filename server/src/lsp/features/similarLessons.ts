import { performance } from 'node:perf_hooks';
import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { analyzeLesson, todayIso } from '../../engine/lesson/analyzeLesson';
import type { Problem } from '../../engine/problem';
import { DEFAULT_SIMILARITY_THRESHOLD } from '../../engine/similarity/defaultThreshold';
import { findSimilarLessons, findSimilarToFacts, similarLessonProblem, type SimilarLesson } from '../../engine/similarity/findSimilarLessons';
import { LearnOnceRequests, type SimilarLessonsParams, type SimilarLessonsResult } from '../protocol';
import type { ServerContext } from '../serverContext';

/** Wait this long after the last keystroke before re-ranking; schema problems are published at once. */
const HINT_DEBOUNCE_MS = 120;
/** How long one slice of the background pass may hold the event loop before requests get a turn. */
const BACKGROUND_SLICE_MS = 8;

/**
 * The similar-lesson hint: one diagnostic on a lesson's title when lessons in other files
 * score at or above the threshold, re-evaluated as the author types and, for other lessons
 * whose best matches changed, too. Also answers `learnOnce/similarLessons`.
 */
export function registerSimilarLessons(ctx: ServerContext): void {
  const hints = new Map<string, Problem>();
  /** For each lesson, the lessons its hint names: so a change to one finds who to re-evaluate. */
  const hintedBy = new Map<string, Set<string>>();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let backgroundQueue: string[] = [];
  let backgroundNext = 0;
  let backgroundRunning = false;
  let lastSettingsKey = '';

  const threshold = (uri: string): number => ctx.settings().similarLessons.threshold ?? ctx.workspace.configFor(URI.parse(uri).fsPath).similarity.threshold ?? DEFAULT_SIMILARITY_THRESHOLD;

  ctx.publisher.addSource((uri) => {
    const hint = hints.get(uri);
    if (!hint) return [];
    // Until the debounced re-ranking runs, keep the hint on the title where it is now.
    const facts = ctx.workspace.index.get(uri)?.facts;
    return [{ ...hint, range: facts ? (facts.titleRange ?? facts.headRange) : hint.range }];
  });

  /** Recomputes one lesson's hint; returns true when it changed. */
  function evaluate(uri: string): boolean {
    const before = hints.get(uri);
    const severity = ctx.settings().similarLessons.severity;
    const entry = ctx.workspace.index.get(uri);
    let after: Problem | undefined;
    let matches: SimilarLesson[] = [];
    if (entry && severity !== 'off' && ctx.workspace.similarity.has(uri)) {
      matches = findSimilarLessons(ctx.workspace.index, ctx.workspace.similarity, uri, { top: ctx.settings().similarLessons.maxResults, minScore: threshold(uri), excludeLinked: true });
      after = similarLessonProblem(entry.facts, matches, severity);
    }
    setHint(uri, after, matches);
    return JSON.stringify(before) !== JSON.stringify(after);
  }

  function setHint(uri: string, hint: Problem | undefined, matches: SimilarLesson[]): void {
    const previous = hints.get(uri);
    if (previous?.data?.kind === 'similarLessons') for (const match of previous.data.matches) hintedBy.get(match.uri)?.delete(uri);
    if (!hint) {
      hints.delete(uri);
      return;
    }
    hints.set(uri, hint);
    for (const match of matches) {
      let set = hintedBy.get(match.uri);
      if (!set) hintedBy.set(match.uri, (set = new Set()));
      set.add(uri);
    }
  }

  /** A changed lesson, the lessons whose hints named it, and those it now resembles. */
  function reevaluate(changed: Iterable<string>): void {
    const toPublish = new Set<string>();
    const seen = new Set<string>();
    const visit = (uri: string): void => {
      if (seen.has(uri)) return;
      seen.add(uri);
      if (evaluate(uri)) toPublish.add(uri);
    };
    for (const uri of changed) {
      const previouslyHinting = [...(hintedBy.get(uri) ?? [])];
      visit(uri);
      for (const other of previouslyHinting) visit(other);
      // The lessons it now resembles may hint at it in turn: its own hint already names them.
      const hint = hints.get(uri);
      if (hint?.data?.kind === 'similarLessons') for (const match of hint.data.matches) visit(match.uri);
      if (!ctx.workspace.index.has(uri)) hintedBy.delete(uri);
    }
    ctx.publisher.publish(toPublish);
  }

  function flush(): void {
    timer = undefined;
    const uris = [...pending];
    pending.clear();
    reevaluate(uris);
  }

  /**
   * After a scan or a settings change: every lesson, open ones first, in time slices that let
   * requests and edits through. A lesson edited meanwhile is re-ranked by the debounced path.
   */
  function evaluateEverything(): void {
    hints.clear();
    hintedBy.clear();
    const open = ctx.documents.all().map((document) => document.uri).filter((uri) => ctx.workspace.index.has(uri));
    const openSet = new Set(open);
    backgroundQueue = [...open, ...ctx.workspace.index.uris().filter((uri) => !openSet.has(uri))];
    backgroundNext = 0;
    if (backgroundRunning) return;
    backgroundRunning = true;
    const step = (): void => {
      const started = performance.now();
      const changed = new Set<string>();
      while (backgroundNext < backgroundQueue.length && performance.now() - started < BACKGROUND_SLICE_MS) {
        const uri = backgroundQueue[backgroundNext++];
        if (evaluate(uri)) changed.add(uri);
      }
      ctx.publisher.publish(changed);
      if (backgroundNext < backgroundQueue.length) {
        setImmediate(step);
      } else {
        backgroundRunning = false;
        backgroundQueue = [];
      }
    };
    setImmediate(step);
  }

  ctx.onIndexChanged((changed) => {
    const settings = ctx.settings().similarLessons;
    const settingsKey = JSON.stringify(settings);
    const everything = changed.size >= ctx.workspace.index.size && ctx.workspace.index.size > 0;
    if (settingsKey !== lastSettingsKey || everything) {
      lastSettingsKey = settingsKey;
      // Publish without stale hints at once (e.g. severity switched off), then recompute.
      const stale = [...hints.keys()];
      hints.clear();
      hintedBy.clear();
      ctx.publisher.publish(stale);
      evaluateEverything();
      return;
    }
    for (const uri of changed) pending.add(uri);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, HINT_DEBOUNCE_MS);
  });

  ctx.connection.onRequest(LearnOnceRequests.similarLessons, async (params: SimilarLessonsParams): Promise<SimilarLessonsResult> => {
    const top = Math.max(1, Math.min(params.top ?? ctx.settings().similarLessons.maxResults, 100));
    const minScore = params.minScore ?? 0;
    let matches: SimilarLesson[];
    let hintThreshold = DEFAULT_SIMILARITY_THRESHOLD;
    if (params.text !== undefined) {
      const filePath = params.uri ? URI.parse(params.uri).fsPath : ctx.workspace.workspaceFolders[0] ?? process.cwd();
      const analysis = analyzeLesson(params.text, { config: ctx.workspace.configFor(filePath), today: todayIso() });
      matches = findSimilarToFacts(ctx.workspace.index, ctx.workspace.similarity, analysis.facts, { top, minScore, excludeLinked: false, selfUri: params.uri });
      if (params.uri) hintThreshold = threshold(params.uri);
    } else if (params.uri) {
      hintThreshold = threshold(params.uri);
      if (ctx.workspace.index.has(params.uri)) {
        matches = findSimilarLessons(ctx.workspace.index, ctx.workspace.similarity, params.uri, { top, minScore, excludeLinked: false });
      } else {
        const analysed = await ctx.analysed(params.uri);
        if (!analysed) throw new ResponseError(ErrorCodes.InvalidParams, `No lesson at ${params.uri}.`);
        matches = findSimilarToFacts(ctx.workspace.index, ctx.workspace.similarity, analysed.analysis.facts, { top, minScore, excludeLinked: false, selfUri: params.uri });
      }
    } else {
      throw new ResponseError(ErrorCodes.InvalidParams, 'learnOnce/similarLessons needs a uri or the text of a lesson.');
    }
    return {
      matches: matches.map((match) => ({ ...match, aboveThreshold: match.score >= hintThreshold })),
      threshold: hintThreshold,
      // Until the first background pass ends, hints and the similarity engine may be incomplete.
      partial: !ctx.indexReady() || !ctx.similarityIndexReady() || backgroundRunning,
    };
  });
}
