import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { localityNameFor } from '../../engine/config/workspaceConfig';
import { isObject } from '../../../../shared/isObject';
import { decodeLessonBytes, readPlainFileSync } from '../../engine/workspace/readLessonFile';
import { findLessonsByProblem, type LessonHit } from '../../engine/search/findLessonsByProblem';
import { hitLocation } from '../../engine/search/hitLocation';
import { SearchLessonsRequest, type SearchLessonHit, type SearchLessonsParams, type SearchLessonsResult } from '../../../../shared/protocol';
import type { ServerContext } from '../serverContext';

const DEFAULT_TOP = 20;
const MOST_RESULTS = 200;
/** Hits placed at their passage (the file read again); the rest open at their title. A quick pick shows about this many. */
const PLACED_AT_PASSAGE = 20;

/**
 * `learnOnce/searchLessons`: lessons that answer a problem in a person's own words, from
 * the engine's one search (as `learn-once search`). Answers while the scan runs, from the
 * lessons indexed so far, and says so with `partial`.
 */
export function registerSearchLessons(ctx: ServerContext): void {
  ctx.connection.onRequest(SearchLessonsRequest, (params: SearchLessonsParams): SearchLessonsResult => {
    if (!isObject(params)) throw new ResponseError(ErrorCodes.InvalidParams, 'learnOnce/searchLessons needs { query }.');
    const top = Math.max(1, Math.min(Math.floor(Number(params.top ?? DEFAULT_TOP)) || DEFAULT_TOP, MOST_RESULTS));
    const partial = !ctx.indexReady() || !ctx.similarityIndexReady();
    const found = findLessonsByProblem(ctx.workspace, {
      query: typeof params.query === 'string' ? params.query : '',
      top,
      excludeUri: typeof params.excludeUri === 'string' ? params.excludeUri : undefined,
      filters: {
        localities: strings(params.localities),
        stages: strings(params.stages),
        topics: strings(params.topics),
        from: text(params.from),
        to: text(params.to),
      },
    });
    if (!found.ok) throw new ResponseError(ErrorCodes.InvalidParams, found.notice);
    const hits: SearchLessonHit[] = [];
    for (const [rank, hit] of found.hits.entries()) {
      const source = rank < PLACED_AT_PASSAGE && hit.passage ? sourceText(ctx, hit.entry.uri) : undefined;
      hits.push(toHit(ctx, hit, source));
    }
    return { hits, notice: found.notice, partial };
  });
}

function toHit(ctx: ServerContext, hit: LessonHit, source: string | undefined): SearchLessonHit {
  const facts = hit.entry.facts;
  const written = facts.locality?.trim();
  return {
    uri: hit.entry.uri,
    id: facts.id,
    title: facts.title,
    locality: written ? localityNameFor(ctx.workspace.configFor(URI.parse(hit.entry.uri).fsPath), written) : undefined,
    stage: facts.stage,
    date: facts.date,
    score: hit.score,
    passage: hit.passage && { text: hit.passage.text, marks: hit.passage.marks, field: hit.passage.field },
    range: hitLocation(hit, source),
  };
}

/**
 * The editor's text of an open lesson, else the file's: only the text, since placing a passage
 * parses it once anyway. Read synchronously: twenty small files take a millisecond or two, while
 * twenty awaits let background work (the hint pass) run between them, which cost a search
 * 1.1 s at 100,000 lessons.
 */
function sourceText(ctx: ServerContext, uri: string): string | undefined {
  const open = ctx.documents.get(uri);
  if (open) return open.getText();
  const read = readPlainFileSync(URI.parse(uri).fsPath, ctx.workspace.maxFileSize);
  if (!read?.bytes) return undefined;
  const text = decodeLessonBytes(read.bytes);
  return typeof text === 'string' ? text : undefined;
}

/** Params come from any client: keep only strings. */
function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
