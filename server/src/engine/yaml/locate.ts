import type { Node, Pair, YAMLMap } from 'yaml';
import { isMap, isPair, isScalar, isSeq } from './nodeKinds';
import { isObject } from '../../../../shared/isObject';

export interface Located {
  /** The pair whose value is at the path, when the last step is a mapping key. */
  pair?: Pair<unknown, unknown>;
  /** The node at the path (missing for `key:` with no value). */
  node?: Node;
  /** The mapping that holds the pair. */
  parent?: YAMLMap;
}

/** Walks mapping keys and sequence indices from the root to the node at a path. */
export function locate(root: Node | null | undefined, path: readonly (string | number)[]): Located | undefined {
  let current: Node | undefined = root ?? undefined;
  let located: Located = { node: current };
  for (const segment of path) {
    if (isMap(current)) {
      const pair = findPair(current, String(segment));
      if (!pair) return undefined;
      const parent: YAMLMap = current;
      current = isNode(pair.value) ? pair.value : undefined;
      located = { pair, node: current, parent };
    } else if (isSeq(current) && typeof segment === 'number') {
      const item: unknown = current.items[segment];
      if (!isNode(item)) return undefined;
      current = item;
      located = { node: current };
    } else {
      return undefined;
    }
  }
  return located;
}

export function findPair(map: YAMLMap, key: string): Pair<unknown, unknown> | undefined {
  for (const item of map.items) {
    if (isPair(item) && isScalar(item.key) && String(item.key.value) === key) return item;
  }
  return undefined;
}

export function isNode(value: unknown): value is Node {
  return isObject(value) && Array.isArray(value.range);
}

/** The key node of a pair, when it is a plain node with a position. */
export function keyNode(pair: Pair<unknown, unknown> | undefined): Node | undefined {
  return pair && isNode(pair.key) ? pair.key : undefined;
}
