import { performance } from 'node:perf_hooks';
import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { analyzeLesson, todayIso } from '../../engine/lesson/analyzeLesson';
import type { Problem } from '../../engine/problem';
import { findSimilarLessons, findSimilarToFacts, type SimilarLesson } from '../../engine/similarity/findSimilarLessons';
import { hintRule, isHinted, similarLessonHint, type HintRule } from '../../engine/similarity/similarHints';
import { LearnOnceRequests, type SimilarLessonsParams, type SimilarLessonsResult } from '../protocol';
import { yieldToEventLoop } from '../scan/timeSlicer';
import type { SavedHint } from '../../engine/persist/savedHints';
import type { HintStore } from '../scan/hintStore';
import type { ServerContext } from '../serverContext';

/** Wait this long after the last keystroke before re-ranking; schema problems are published at once. */
const HINT_DEBOUNCE_MS = 120;
/** How long one slice of re-ranking may hold the event loop before requests get a turn. */
const WORK_SLICE_MS = 8;
/** Publications one slice may make (a publication takes about 0.1 ms). */
const MAX_PUBLICATIONS_PER_SLICE = 64;

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
  /**
   * Lessons waiting to be re-ranked, worked through in time slices so neither an edit to a
   * much-linked lesson nor the pass over the whole workspace holds the event loop: the
   * urgent ones (edited lessons and those they touch, open lessons) first, then the pass
   * over every lesson. The map says whether re-ranking an urgent lesson must also reach the
   * lessons around it; the pass is a plain list (a lesson re-ranked urgently meanwhile is
   * simply ranked again, which is cheaper than bookkeeping for a hundred thousand).
   */
  const queued = new Map<string, boolean>();
  let urgent: string[] = [];
  let background: string[] = [];
  let backgroundNext = 0;
  /**
   * Saved hints to restore, in slices, ahead of any ranking: the lessons ranked again after a
   * start reach the lessons whose restored hints named them. A hint is restored only if its
   * lesson is still as loaded, and was not ranked while the hints loaded (an edit).
   */
  let restoring: SavedHint[] = [];
  let restoringNext = 0;
  let restoringFrom: { store: HintStore; rankedMeanwhile: ReadonlySet<string> } | undefined;
  let working = false;
  /** A pass over every lesson (ranking, or restoring saved hints) is under way: answers may miss hints until it ends. */
  let fullPass = false;
  /** Save the hints when the pass ends: they were ranked, not all restored as saved. */
  let saveAfterPass = false;
  /** Counts passes, so a pass begun while saved hints load supersedes their restoring. */
  let passGeneration = 0;
  /** While saved hints load: lessons ranked meanwhile (an edit), whose fresh hints the saved ones must not replace. */
  let rankedWhileLoading: Set<string> | undefined;
  let lastSettingsKey = '';

  const ruleFor = (uri: string | undefined): HintRule =>
    hintRule(ctx.settings().similarLessons.threshold, uri === undefined ? undefined : ctx.workspace.configFor(URI.parse(uri).fsPath).similarity.threshold);

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
    const { severity, maxResults } = ctx.settings().similarLessons;
    const { problem: after, matches } = similarLessonHint(ctx.workspace.index, ctx.workspace.similarity, uri, { rule: ruleFor(uri), maxResults, severity });
    setHint(uri, after, matches);
    rankedWhileLoading?.add(uri);
    return JSON.stringify(before) !== JSON.stringify(after);
  }

  function setHint(uri: string, hint: Problem | undefined, matches: readonly { uri: string }[]): void {
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

  function startWorking(): void {
    if (working) return;
    working = true;
    void yieldToEventLoop().then(workSlice);
  }

  function enqueue(uri: string, reachOut: boolean): void {
    const already = queued.get(uri);
    if (already === undefined) urgent.push(uri);
    if (already === undefined || (reachOut && !already)) queued.set(uri, reachOut);
    startWorking();
  }

  /**
   * Re-ranks one lesson. For a changed lesson, also the lessons whose hints named it and
   * the ones it now resembles (they may hint at it in turn: its own hint names them).
   */
  function rerank(uri: string, reachOut: boolean, changed: Set<string>): void {
    const previouslyHinting = reachOut ? [...(hintedBy.get(uri) ?? [])] : [];
    if (evaluate(uri)) changed.add(uri);
    if (!reachOut) return;
    for (const other of previouslyHinting) enqueue(other, false);
    const hint = hints.get(uri);
    if (hint?.data?.kind === 'similarLessons') for (const match of hint.data.matches) enqueue(match.uri, false);
    if (!ctx.workspace.index.has(uri)) hintedBy.delete(uri);
  }

  function workSlice(): void {
    const started = performance.now();
    const changed = new Set<string>();
    // Restoring a hint costs next to nothing, publishing it does: a slice publishes at most so many.
    while (performance.now() - started < WORK_SLICE_MS && changed.size < MAX_PUBLICATIONS_PER_SLICE) {
      if (restoringNext < restoring.length) {
        const { uri, hint } = restoring[restoringNext++]!;
        if (restoringFrom && !restoringFrom.rankedMeanwhile.has(uri) && restoringFrom.store.holdsFor(uri)) {
          setHint(uri, hint, hint.data?.kind === 'similarLessons' ? hint.data.matches : []);
          changed.add(uri);
        }
      } else if (urgent.length > 0) {
        const uri = urgent.shift()!;
        const reachOut = queued.get(uri) ?? false;
        queued.delete(uri);
        rerank(uri, reachOut, changed);
      } else if (backgroundNext < background.length) {
        rerank(background[backgroundNext++]!, false, changed);
      } else {
        break;
      }
    }
    ctx.publisher.publish(changed);
    if (restoringNext < restoring.length || urgent.length > 0 || backgroundNext < background.length) {
      void yieldToEventLoop().then(workSlice);
      return;
    }
    working = false;
    background = [];
    backgroundNext = 0;
    stopRestoring();
    if (fullPass && saveAfterPass) void ctx.hintStore()?.save(lastSettingsKey, hints);
    fullPass = false;
    saveAfterPass = false;
  }

  function flush(): void {
    timer = undefined;
    // Open lessons first: one of them is the lesson being typed in.
    const uris = [...pending].sort((a, b) => Number(ctx.documents.get(b) !== undefined) - Number(ctx.documents.get(a) !== undefined));
    pending.clear();
    for (const uri of uris) enqueue(uri, true);
  }

  /** After a scan or a settings change: every lesson, open ones first. An edit meanwhile goes ahead of the rest. */
  function evaluateEverything(): void {
    passGeneration++;
    rankedWhileLoading = undefined;
    hints.clear();
    hintedBy.clear();
    queued.clear();
    urgent = [];
    stopRestoring();
    fullPass = true;
    saveAfterPass = true;
    for (const document of ctx.documents.all()) if (ctx.workspace.index.has(document.uri)) enqueue(document.uri, false);
    background = ctx.workspace.index.uris();
    backgroundNext = 0;
    startWorking();
  }

  /**
   * After a scan: the hints saved after the last full pass, for every lesson still as the
   * saved index held it, and the others ranked again with the lessons around them, as after
   * an edit. Ranks everything when nothing can be reused, or when most lessons changed
   * (ranking them one by one with their neighbours would cost more than a plain pass).
   */
  async function restoreOrEvaluateEverything(store: HintStore, settings: string): Promise<void> {
    const generation = ++passGeneration;
    fullPass = true;
    rankedWhileLoading = new Set();
    const restored = await store.load(settings);
    if (generation !== passGeneration) return;
    const rankedMeanwhile = rankedWhileLoading;
    rankedWhileLoading = undefined;
    if (!restored || restored.changed.size * 4 > ctx.workspace.index.size) {
      evaluateEverything();
      return;
    }
    restoring = restored.hints;
    restoringNext = 0;
    restoringFrom = { store, rankedMeanwhile };
    for (const uri of restored.changed) enqueue(uri, true);
    saveAfterPass = restored.changed.size > 0;
    startWorking();
  }

  function stopRestoring(): void {
    restoring = [];
    restoringNext = 0;
    restoringFrom = undefined;
  }

  ctx.onIndexChanged((changed) => {
    const settings = ctx.settings().similarLessons;
    const settingsKey = JSON.stringify(settings);
    const everything = changed.size >= ctx.workspace.index.size && ctx.workspace.index.size > 0;
    if (settingsKey !== lastSettingsKey || everything) {
      lastSettingsKey = settingsKey;
      // Publish without stale hints (e.g. severity switched off), in slices, then recompute.
      const stale = [...hints.keys()];
      hints.clear();
      hintedBy.clear();
      void ctx.publisher.publishInSlices(stale);
      // The first change after a scan is every lesson: its saved hints may spare ranking them all.
      const store = everything ? ctx.hintStore() : undefined;
      // Should restoring fail in any way, every lesson is ranked as without saved hints.
      if (store) restoreOrEvaluateEverything(store, settingsKey).catch(evaluateEverything);
      else evaluateEverything();
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
    const rule = ruleFor(params.uri);
    if (params.text !== undefined) {
      const filePath = params.uri ? URI.parse(params.uri).fsPath : ctx.workspace.workspaceFolders[0] ?? '';
      const analysis = analyzeLesson(params.text, { config: ctx.workspace.configFor(filePath), today: todayIso() });
      matches = findSimilarToFacts(ctx.workspace.index, ctx.workspace.similarity, analysis.facts, { top, minScore, excludeLinked: false, selfUri: params.uri });
    } else if (params.uri) {
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
      matches: matches.map((match) => ({ ...match, aboveThreshold: isHinted(match, rule) })),
      threshold: rule.kind === 'fixed' ? rule.minScore : undefined,
      // Until the first background pass ends, hints and the similarity engine may be incomplete.
      partial: !ctx.indexReady() || !ctx.similarityIndexReady() || fullPass,
    };
  });
}
