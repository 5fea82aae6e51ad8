import { DiagnosticSeverity } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { localityNameFor } from '../../engine/config/workspaceConfig';
import type { LessonEntry } from '../../engine/index/LessonIndex';
import type { LessonFacts } from '../../engine/lesson/lessonModel';
import {
  IndexChangedNotification,
  LessonsRequest,
  type IndexChangedParams,
  type LessonsParams,
  type LessonsResult,
  type LessonSummary,
} from '../../../../shared/protocol';
import type { ServerContext } from '../serverContext';
import { TimeSlicer } from '../scheduling/timeSlicer';
import { firstAfter, SortedLessonUris } from './sortedLessonUris';

/** Changes are gathered this long before the client is told, so a burst of typing sends one notification. */
export const INDEX_CHANGED_DELAY_MS = 100;

/** Past this many changed uris the notification says "everything": the client re-reads the whole list. */
const MAX_NAMED_CHANGES = 2000;

/** Longest first line of an answer sent for a tooltip. */
const FIRST_LINE_LENGTH = 200;

/**
 * The catalogue of lessons the client's tree shows, answered from the server's one index:
 * `learnOnce/lessons` returns summaries (cached per uri) and `learnOnce/indexChanged` tells
 * the client, debounced, which uris to ask for again.
 *
 * A summary changes when the index changes, and also when a file is republished for another
 * reason (a similar-lesson hint re-ranked in the background). The publisher asks every
 * problem source whenever it republishes a file, so the catalogue registers an empty source
 * to hear of those; such a file is only announced when its summary really changed.
 */
export function registerLessonCatalogue(ctx: ServerContext): void {
  const cache = new Map<string, LessonSummary>();
  /** Uris the index changed: always announced. */
  const changedInIndex = new Set<string>();
  /** Uris republished for another reason: announced only if their summary differs. */
  const republished = new Set<string>();
  let everything = false;
  let summarising = false;
  let timer: NodeJS.Timeout | undefined;

  /** The index's uris in order, for paging. */
  const order = new SortedLessonUris(
    () => ctx.workspace.index.uris(),
    (uri) => ctx.workspace.index.has(uri),
    () => ctx.workspace.index.size,
  );
  ctx.onIndexChanged((changed) => order.changed(changed));

  const summaryOf = (entry: LessonEntry): LessonSummary => {
    let summary = cache.get(entry.uri);
    if (!summary) {
      summary = summarise(entry);
      cache.set(entry.uri, summary);
    }
    return summary;
  };

  /** Reading a file's diagnostics calls the sources too; the flag keeps our own reads from counting as republications. */
  const summarise = (entry: LessonEntry): LessonSummary => {
    summarising = true;
    try {
      return summariseEntry(ctx, entry);
    } finally {
      summarising = false;
    }
  };

  /**
   * Summaries of many lessons, in time slices so edits and other requests get turns (one not
   * cached yet costs a little). Each lesson is looked up when its turn comes: an edit made
   * during a yield must not be cached stale. Lessons gone by then are left out.
   */
  const summariesOf = async (uris: readonly string[]): Promise<LessonSummary[]> => {
    const lessons: LessonSummary[] = [];
    const slicer = new TimeSlicer();
    for (const uri of uris) {
      const entry = ctx.workspace.index.get(uri);
      if (entry) lessons.push(summaryOf(entry));
      if (slicer.due) await slicer.yield();
    }
    return lessons;
  };

  ctx.connection.onRequest(LessonsRequest, async (params: LessonsParams | null | undefined): Promise<LessonsResult> => {
    const index = ctx.workspace.index;
    const partial = !ctx.indexReady();
    const wanted = Array.isArray(params?.uris) ? params.uris.filter((uri): uri is string => typeof uri === 'string') : undefined;
    if (!wanted) {
      const limit = typeof params?.limit === 'number' && params.limit > 0 ? Math.floor(params.limit) : undefined;
      if (limit !== undefined) {
        const uris = await order.list();
        const after = typeof params?.after === 'string' ? params.after : undefined;
        let start = after === undefined ? 0 : firstAfter(uris, after);
        // The page's lessons are picked at once (the order may change while summaries are made).
        const page: string[] = [];
        for (; start < uris.length && page.length < limit; start++) {
          const uri = uris[start];
          if (uri !== undefined && index.has(uri)) page.push(uri);
        }
        const more = start < uris.length;
        const lessons = await summariesOf(page);
        const nextAfter = more ? lessons.at(-1)?.uri : undefined;
        return { lessons, partial, removed: [], ...(nextAfter !== undefined ? { nextAfter } : {}) };
      }
      // Every lesson in one answer.
      return { lessons: await summariesOf(index.uris()), partial, removed: [] };
    }
    const lessons: LessonSummary[] = [];
    const removed: string[] = [];
    for (const uri of new Set(wanted)) {
      const entry = index.get(uri);
      if (entry) lessons.push(summaryOf(entry));
      else removed.push(uri);
    }
    return { lessons, partial, removed };
  });

  const flush = (): void => {
    timer = undefined;
    const partial = !ctx.indexReady();
    if (everything) {
      everything = false;
      void ctx.connection.sendNotification(IndexChangedNotification, { partial } satisfies IndexChangedParams);
      return;
    }
    const uris = new Set(changedInIndex);
    for (const uri of republished) {
      if (uris.has(uri)) continue;
      const before = cache.get(uri);
      const entry = ctx.workspace.index.get(uri);
      if (!before || !entry) continue;
      const after = summarise(entry);
      if (JSON.stringify(after) === JSON.stringify(before)) continue;
      cache.set(uri, after);
      uris.add(uri);
    }
    changedInIndex.clear();
    republished.clear();
    if (uris.size > 0) void ctx.connection.sendNotification(IndexChangedNotification, { uris: [...uris], partial } satisfies IndexChangedParams);
  };

  const schedule = (): void => {
    if (changedInIndex.size + republished.size > MAX_NAMED_CHANGES) {
      everything = true;
      changedInIndex.clear();
      republished.clear();
      cache.clear();
    }
    if (!timer && (everything || changedInIndex.size > 0 || republished.size > 0)) timer = setTimeout(flush, INDEX_CHANGED_DELAY_MS);
  };

  ctx.onIndexChanged((changed) => {
    // A scan changes everything: no need to go through a hundred thousand uris one by one.
    if (changed.size > MAX_NAMED_CHANGES) {
      everything = true;
      changedInIndex.clear();
      republished.clear();
      cache.clear();
      schedule();
      return;
    }
    // Dropped at once, so a request inside the debounce window already gets the new facts.
    for (const uri of changed) {
      cache.delete(uri);
      if (!everything) changedInIndex.add(uri);
    }
    schedule();
  });

  ctx.publisher.addSource((uri) => {
    if (!summarising && !everything && cache.has(uri)) {
      republished.add(uri);
      schedule();
    }
    return [];
  });
}

function summariseEntry(ctx: ServerContext, entry: LessonEntry): LessonSummary {
  const { facts } = entry;
  const filePath = URI.parse(entry.uri).fsPath;
  const folder = ctx.workspace.folderOf(filePath);
  let errors = 0;
  let warnings = 0;
  let similarHint = false;
  for (const diagnostic of ctx.publisher.diagnosticsFor(entry.uri)) {
    if (diagnostic.code === 'similar-lesson') similarHint = true;
    else if (diagnostic.severity === DiagnosticSeverity.Error) errors++;
    else if (diagnostic.severity === DiagnosticSeverity.Warning) warnings++;
  }
  const themes = facts.id ? ctx.workspace.themes.mentionsOf(facts.id) : [];
  return {
    uri: entry.uri,
    id: facts.id,
    title: facts.title,
    locality: localityName(ctx, filePath, facts),
    stage: facts.stage,
    topics: [...facts.topics],
    date: facts.date,
    folderUri: folder ? URI.file(folder).toString() : undefined,
    errors,
    warnings,
    similarHint,
    firstLines: {
      good: firstLine(facts.good),
      not_so_good: firstLine(facts.not_so_good),
      improvements: firstLine(facts.improvements),
      summary: firstLine(facts.summary),
    },
    ...(themes.length > 0 ? { themes } : {}),
  };
}

/** Aliases group with their locality: "GMCR" and "Greater Manchester Care Record" are one node. */
function localityName(ctx: ServerContext, filePath: string, facts: LessonFacts): string | undefined {
  const written = facts.locality?.trim();
  if (!written) return undefined;
  return localityNameFor(ctx.workspace.configFor(filePath), written);
}

function firstLine(text: string): string | undefined {
  const line = text
    .split(/\r?\n/)
    .map((part) => part.trim())
    .find((part) => part.length > 0);
  if (!line) return undefined;
  return line.length > FIRST_LINE_LENGTH ? `${line.slice(0, FIRST_LINE_LENGTH - 1)}…` : line;
}
