import type { ValueContext } from '../cursorContext';
import { bestFuzzyScore } from '../fuzzyMatch';
import { escapeMarkdown } from '../markdown';
import { sortKey, type CompletionCandidate, type CompletionInput } from './completionTypes';
import { filterTextFor, writeValue } from './valueWriter';

/**
 * The workspace's localities, best match first: what was typed is matched against each
 * name, alias and prefix, so "manc" finds Greater Manchester Care Record and "gmcr" its alias.
 */
export function localityCandidates(context: ValueContext, input: CompletionInput): CompletionCandidate[] {
  const scored = input.config.localities.flatMap((locality, order) => {
    const names = [locality.name, ...(locality.aliases ?? []), locality.prefix];
    const score = bestFuzzyScore(context.prefix, names);
    return score === undefined ? [] : [{ locality, score, order }];
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map(({ locality }, index) => {
    const written = writeValue(context, locality.name, false);
    const aliases = locality.aliases ?? [];
    return {
      label: locality.name,
      kind: 'locality',
      detail: `id prefix ${locality.prefix}`,
      description: aliases.length > 0 ? aliases.join(', ') : undefined,
      documentation: `**${escapeMarkdown(locality.name)}** · id prefix \`${locality.prefix}\`${aliases.length > 0 ? `\n\nAlso known as ${aliases.map(escapeMarkdown).join(', ')}.` : ''}`,
      range: context.range,
      snippet: escapeSnippetText(written),
      plain: written,
      sortText: sortKey(index),
      // The editor filters again as typing goes on; every name the match used must be in it.
      filterText: filterTextFor(context, [locality.name, ...aliases, locality.prefix].join(' ')),
    };
  });
}

export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, (char) => `\\${char}`);
}
