import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { analyzeLesson, todayIso } from '../../engine/lesson/analyzeLesson';
import { findSimilarLessons, findSimilarToFacts, type SimilarLesson } from '../../engine/similarity/findSimilarLessons';
import { hintEngineQuery, hintRule, isHinted, similarLessonHint, type HintRule, type HintSettings } from '../../engine/similarity/similarHints';
import { SimilarLessonsRequest, type SimilarLessonsParams, type SimilarLessonsResult } from '../../../../shared/protocol';
import { TimeSlicer } from '../scheduling/timeSlicer';
import { findSimilarLessonsAhead } from '../../analysis/rankingAhead';
import type { ServerContext } from '../serverContext';
import { HintScheduler, type HintSchedulerHost, type Timers } from './similarHints/HintScheduler';
import { hintOnTitle } from './similarHints/hintOnTitle';

/**
 * How long one slice of re-ranking may hold the event loop before requests get a turn. At
 * 100,000 lessons the pass runs for minutes after a start, and a request that arrives waits
 * for the slice in progress: with 8 ms slices completion's p95 there was 10.4 ms, with 4 ms 6.5.
 */
const WORK_SLICE_MS = 4;

/** The debounce runs on the server's own timers. */
const SERVER_TIMERS: Timers = {
  after(ms, callback) {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

/**
 * The similar-lesson hint: one diagnostic on a lesson's title when lessons in other files
 * score at or above the threshold, kept up to date by a `HintScheduler` as lessons change.
 * Also answers `learnOnce/similarLessons`.
 */
export function registerSimilarLessons(ctx: ServerContext): void {
  const ruleFor = (uri: string | undefined): HintRule =>
    hintRule(ctx.settings().similarLessons.threshold, uri === undefined ? undefined : ctx.workspace.configFor(URI.parse(uri).fsPath).similarity.threshold);
  const scheduler = new HintScheduler(schedulerHost(ctx, ruleFor), SERVER_TIMERS, new TimeSlicer(WORK_SLICE_MS));

  ctx.publisher.addSource((uri) => {
    const hint = scheduler.hintFor(uri);
    return hint ? [hintOnTitle(hint, ctx.workspace.index.get(uri)?.facts)] : [];
  });
  // Before the scheduler hears of a change (it may start a pass): the other thread's results from before it are dropped.
  ctx.onIndexChanged(() => ctx.rankingAhead()?.indexChanged());
  ctx.onIndexChanged((changed) => scheduler.indexChanged(changed));

  ctx.connection.onRequest(SimilarLessonsRequest, async (params: SimilarLessonsParams): Promise<SimilarLessonsResult> => {
    const top = Math.max(1, Math.min(params.top ?? ctx.settings().similarLessons.maxResults, 100));
    const minScore = params.minScore ?? 0;
    let matches: SimilarLesson[];
    const rule = ruleFor(params.uri);
    if (params.text !== undefined) {
      const filePath = params.uri ? URI.parse(params.uri).fsPath : (ctx.workspace.workspaceFolders[0] ?? '');
      const analysis = analyzeLesson(params.text, { config: ctx.workspace.configFor(filePath), today: todayIso() });
      matches = findSimilarToFacts(ctx.workspace.index, ctx.workspace.similarity, analysis.facts, { top, minScore, excludeLinked: false, selfUri: params.uri });
    } else if (params.uri) {
      if (ctx.workspace.index.has(params.uri)) {
        matches = findSimilarLessons(ctx.workspace.index, ctx.workspace.similarity, params.uri, { top, minScore, excludeLinked: false });
      } else {
        const analysed = await ctx.analysed(params.uri);
        if (!analysed) throw new ResponseError(ErrorCodes.InvalidParams, `No lesson at ${params.uri}.`);
        matches = findSimilarToFacts(ctx.workspace.index, ctx.workspace.similarity, analysed.analysis.facts, {
          top,
          minScore,
          excludeLinked: false,
          selfUri: params.uri,
        });
      }
    } else {
      throw new ResponseError(ErrorCodes.InvalidParams, 'learnOnce/similarLessons needs a uri or the text of a lesson.');
    }
    return {
      matches: matches.map((match) => ({ ...match, aboveThreshold: isHinted(match, rule) })),
      threshold: rule.kind === 'fixed' ? rule.minScore : undefined,
      // Until the first background pass ends, hints and the similarity engine may be incomplete.
      partial: !ctx.indexReady() || !ctx.similarityIndexReady() || scheduler.passUnderWay,
    };
  });
}

/** The scheduler's view of the server: the live workspace, documents, settings and publisher. */
function schedulerHost(ctx: ServerContext, ruleFor: (uri: string) => HintRule): HintSchedulerHost {
  const settingsFor = (uri: string): HintSettings => {
    const { severity, maxResults } = ctx.settings().similarLessons;
    return { rule: ruleFor(uri), maxResults, severity };
  };
  return {
    rank(uri) {
      const { index, similarity } = ctx.workspace;
      // Ranked already on the other thread, for the engine as it is now: the same hint.
      return similarLessonHint(index, similarity, uri, settingsFor(uri), (query) => findSimilarLessonsAhead(ctx.rankingAhead(), index, similarity, uri, query));
    },
    passStarted(uris) {
      ctx.rankingAhead()?.startPass(uris, (uri) => hintEngineQuery(ctx.workspace.index, ctx.workspace.similarity, uri, settingsFor(uri)));
    },
    // The thread and its copy of the engine are for the pass after a cold scan: later changes are few, ranked here.
    passEnded: () => void ctx.rankingAhead()?.close(),
    settingsKey: () => JSON.stringify(ctx.settings().similarLessons),
    lessonCount: () => ctx.workspace.index.size,
    holdsLesson: (uri) => ctx.workspace.index.has(uri),
    lessonUris: () => ctx.workspace.index.uris(),
    isOpen: (uri) => ctx.documents.get(uri) !== undefined,
    openUris: () => ctx.documents.all().map((document) => document.uri),
    publish: (uris) => ctx.publisher.publish(uris),
    publishInSlices: (uris) => ctx.publisher.publishInSlices(uris),
    hintStore: () => ctx.hintStore(),
    rankingFailed: (uri, error) =>
      ctx.connection.console.error(`Could not rank similar lessons for ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  };
}
