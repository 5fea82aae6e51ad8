import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { SimilarLessonsRequest, type SimilarLessonMatch, type SimilarLessonsParams, type SimilarLessonsResult } from '../../shared/protocol';

export type SimilarLookup = { ok: true; matches: SimilarLessonMatch[]; partial: boolean } | { ok: false; reason: string };

/**
 * Asks the server for lessons similar to one. Never throws: a server that is not running,
 * does not answer the request or sends something unexpected gives a reason instead.
 */
export async function lookUpSimilarLessons(client: LanguageClient, params: SimilarLessonsParams): Promise<SimilarLookup> {
  if (!client.isRunning()) return { ok: false, reason: 'the Learn Once server is not running' };
  let result: SimilarLessonsResult | null | undefined;
  try {
    result = await client.sendRequest(SimilarLessonsRequest, params);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const matches = Array.isArray(result?.matches) ? result.matches.filter((match) => typeof match?.uri === 'string' && typeof match.score === 'number') : [];
  return { ok: true, matches, partial: result?.partial === true };
}

/** A score in [0,1] as a whole percentage. */
export function percent(score: number): string {
  return `${Math.round(Math.max(0, Math.min(1, score)) * 100)}%`;
}
