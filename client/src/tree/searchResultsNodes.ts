import type { SearchLessonHit } from '../../../shared/protocol';
import type { KeptSearch } from '../search/KeptSearchResults';
import { markedPassage } from '../search/passageText';
import { stageIcon } from './stageIcons';
import { fileName } from './treeLabels';
import { isObject } from '../../../shared/isObject';

/**
 * The kept search at the top of the Lessons view, as plain data: one node named Search
 * Results with the query as its description, and under it each lesson found, best first.
 */
export interface SearchResultsNode {
  kind: 'searchResults';
  id: string;
  label: string;
  description: string;
  icon: string;
  children: SearchHitNode[];
}

export interface SearchHitNode {
  kind: 'searchHit';
  id: string;
  label: string;
  description: string;
  icon: string;
  hit: SearchLessonHit;
}

export const SEARCH_RESULTS_LABEL = 'Search Results';
const SEARCH_RESULTS_ID = 'search:results';

export function searchResultsNode(search: KeptSearch): SearchResultsNode {
  const id = SEARCH_RESULTS_ID;
  return {
    kind: 'searchResults',
    id,
    label: SEARCH_RESULTS_LABEL,
    description: `'${search.query}'${search.partial ? ' (still indexing)' : ''}`,
    icon: 'search',
    // A lesson appears once in a search's results, so its uri keeps the node id unique.
    children: search.hits.map((hit) => ({
      kind: 'searchHit',
      id: `${id}/${hit.uri}`,
      label: hit.title?.trim() || hit.id || fileName(hit.uri),
      description: [hit.id, hit.passage ? markedPassage(hit.passage) : undefined].filter((part): part is string => !!part).join(' · '),
      icon: stageIcon(hit.stage),
      hit,
    })),
  };
}

export function isSearchHitNode(value: unknown): value is SearchHitNode {
  return isObject(value) && value.kind === 'searchHit' && isObject(value.hit) && typeof value.hit.uri === 'string';
}
