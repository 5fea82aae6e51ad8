import type * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { SearchLessonsRequest, type SearchLessonHit, type SearchLessonsParams, type SearchLessonsResult } from '../../../shared/protocol';
import { isObject } from '../../../shared/isObject';

export type SearchLookup =
  | { ok: true; hits: SearchLessonHit[]; notice?: string; partial: boolean }
  | { ok: false; reason: string }
  /** The token was cancelled (a newer query replaced this one): nothing to show. */
  | { ok: false; cancelled: true };

/**
 * Asks the server for lessons that answer a problem described in free text. Never throws:
 * a server that is not running, does not answer or sends something unexpected gives a reason.
 */
export async function searchLessons(client: LanguageClient, params: SearchLessonsParams, token?: vscode.CancellationToken): Promise<SearchLookup> {
  if (!client.isRunning()) return { ok: false, reason: 'the Learn Once server is not running' };
  let result: SearchLessonsResult | null | undefined;
  try {
    result = await client.sendRequest(SearchLessonsRequest, params, token);
  } catch (error) {
    if (token?.isCancellationRequested) return { ok: false, cancelled: true };
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (token?.isCancellationRequested) return { ok: false, cancelled: true };
  const hits = Array.isArray(result?.hits) ? result.hits.filter(isHit) : [];
  const notice = typeof result?.notice === 'string' && result.notice.trim() ? result.notice.trim() : undefined;
  return { ok: true, hits, ...(notice ? { notice } : {}), partial: result?.partial === true };
}

/** Only well-formed hits are shown: one the client cannot open is dropped. */
function isHit(value: unknown): value is SearchLessonHit {
  if (!isObject(value)) return false;
  const hit = value as Partial<SearchLessonHit>;
  const start = hit.range?.start;
  return typeof hit.uri === 'string' && typeof hit.score === 'number' && typeof start?.line === 'number' && typeof start.character === 'number';
}
