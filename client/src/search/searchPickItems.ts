import type * as vscode from 'vscode';
import type { SearchLessonHit } from '../../../shared/protocol';
import { stageIcon, stageLabel } from '../tree/stageIcons';
import { passageLine, withoutIcons } from './passageText';
import type { SearchLookup } from './searchRequest';

/** A row of the search quick pick: a lesson found, or a line that only informs (no hit). */
export type SearchItem = vscode.QuickPickItem & { hit?: SearchLessonHit };

/**
 * The rows for one answer: the server's notice first when it has one, then the lessons best
 * first. Every row is `alwaysShow`: the quick pick must not filter the server's results by
 * its own label matching, since the words typed are a problem, not a title.
 */
export function searchPickItems(query: string, lookup: SearchLookup): SearchItem[] {
  if (!lookup.ok) return 'cancelled' in lookup ? [] : [{ label: `$(warning) Lessons could not be searched: ${withoutIcons(lookup.reason)}`, alwaysShow: true }];
  const items: SearchItem[] = [];
  if (lookup.notice) items.push({ label: `$(info) ${withoutIcons(lookup.notice)}`, alwaysShow: true });
  else if (lookup.hits.length === 0)
    items.push({
      label: `$(circle-slash) No lessons answer '${withoutIcons(query)}'${lookup.partial ? ' yet' : ''}`,
      detail: 'Try other words for the problem, or fewer of them.',
      alwaysShow: true,
    });
  for (const hit of lookup.hits) items.push(hitItem(hit));
  return items;
}

function hitItem(hit: SearchLessonHit): SearchItem {
  const name = withoutIcons(hit.title?.trim() || hit.id || hit.uri);
  const where = [hit.locality ? withoutIcons(hit.locality) : undefined, stageLabel(hit.stage)].filter((part): part is string => !!part).join(' · ');
  return {
    label: `$(${stageIcon(hit.stage)}) ${name}`,
    description: where,
    detail: [hit.id, hit.passage ? passageLine(hit.passage) : undefined].filter((part): part is string => !!part).join(' · ') || undefined,
    alwaysShow: true,
    hit,
  };
}
