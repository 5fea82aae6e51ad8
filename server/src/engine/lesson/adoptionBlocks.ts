import { type YAMLMap } from 'yaml';
import { isMap, isSeq } from '../yaml/nodeKinds';
import { locate } from '../yaml/locate';

/**
 * The mappings of `adoption`, in file order: the one block, or each block of a list.
 * Anything else (text, an empty value, a list item that is not a mapping) holds no block.
 */
export function adoptionBlocks(root: YAMLMap | undefined): YAMLMap[] {
  const adoption = locate(root, ['adoption'])?.node;
  if (isMap(adoption)) return [adoption];
  if (isSeq(adoption)) return adoption.items.filter((item): item is YAMLMap => isMap(item));
  return [];
}
