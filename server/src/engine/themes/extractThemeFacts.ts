import { isScalar, isSeq } from '../yaml/nodeKinds';
import { idRange } from '../language/idSites';
import { ZERO_RANGE, type Range } from '../problem';
import { keyNode, locate } from '../yaml/locate';
import { nodeRange, type ParsedYaml } from '../yaml/parseYamlFile';
import type { ThemeFacts, ThemeLessonRef } from './themeModel';

/** Reads a theme's fields with the ranges of their values, from the parser's nodes. */
export function extractThemeFacts(parsed: ParsedYaml): ThemeFacts {
  const root = parsed.root;
  const text = (key: string): { value?: string; range?: Range } => {
    const node = locate(root, [key])?.node;
    if (!node || !isScalar(node) || typeof node.value !== 'string') return {};
    return { value: node.value, range: nodeRange(parsed.positions, node) };
  };
  const id = text('id');
  const title = text('title');

  const lessons: ThemeLessonRef[] = [];
  const list = locate(root, ['lessons'])?.node;
  if (isSeq(list)) {
    for (const item of list.items) {
      if (!isScalar(item) || typeof item.value !== 'string' || !item.value) continue;
      const inner = idRange(parsed, item);
      lessons.push({ id: item.value, range: nodeRange(parsed.positions, item) ?? ZERO_RANGE, ...(inner ? { idRange: inner } : {}) });
    }
  }
  const topicsNode = locate(root, ['topics'])?.node;
  const topics = isSeq(topicsNode) ? topicsNode.items.flatMap((item) => (isScalar(item) && typeof item.value === 'string' ? [item.value] : [])) : [];
  const firstKey = root && root.items.length > 0 ? keyNode(root.items[0]) : undefined;

  return {
    id: id.value,
    idRange: id.range,
    title: title.value,
    titleRange: title.range,
    summary: text('summary').value ?? '',
    topics,
    lessons,
    headRange: nodeRange(parsed.positions, firstKey) ?? ZERO_RANGE,
  };
}
