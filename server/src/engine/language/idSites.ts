import { Scalar } from 'yaml';
import { isScalar, isSeq } from '../yaml/nodeKinds';
import { adoptionBlocks } from '../lesson/adoptionBlocks';
import type { Position, Range } from '../problem';
import { locate } from '../yaml/locate';
import type { ParsedYaml } from '../yaml/parseYamlFile';
import { containsPosition } from '../text/positions';

/** Where a lesson id is written: the lesson's own `id`, or a reference to another lesson. */
export type IdRole = 'declaration' | 'adoption' | 'related';

export interface IdSite {
  id: string;
  role: IdRole;
  /** The id's own characters, inside any quotes, so a rename keeps the quoting. */
  range: Range;
}

/** Every place a lesson id is written in a lesson: `id`, each adoption block's `lesson` and each `related` item. */
export function idSites(parsed: ParsedYaml): IdSite[] {
  const sites: IdSite[] = [];
  const add = (node: unknown, role: IdRole): void => {
    const range = idRange(parsed, node);
    if (range && isScalar(node)) sites.push({ id: String(node.value), role, range });
  };
  const root = parsed.root;
  if (!root) return sites;
  add(locate(root, ['id'])?.node, 'declaration');
  for (const block of adoptionBlocks(root)) add(locate(block, ['lesson'])?.node, 'adoption');
  const related = locate(root, ['related'])?.node;
  if (isSeq(related)) for (const item of related.items) add(item, 'related');
  return sites;
}

/** The id written at a position, if the position is on one. */
export function idSiteAt(parsed: ParsedYaml, position: Position): IdSite | undefined {
  return idSites(parsed).find((site) => containsPosition(site.range, position));
}

/**
 * The range of a one-line string scalar's characters: the node itself when plain, inside
 * the quotes when quoted. Only when those characters are exactly the value (no escapes),
 * so replacing them replaces the value.
 */
export function idRange(parsed: ParsedYaml, node: unknown): Range | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.value || !node.range) return undefined;
  const [start, end] = node.range;
  const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
  if (!quoted && node.type !== Scalar.PLAIN) return undefined;
  const from = quoted ? start + 1 : start;
  const to = quoted ? end - 1 : end;
  if (parsed.text.slice(from, to) !== node.value) return undefined;
  return parsed.positions.range(from, to);
}
