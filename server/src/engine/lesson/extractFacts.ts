import { isScalar, isSeq, type Node } from 'yaml';
import type { Range } from '../problem';
import { nodeRange, type ParsedYaml } from '../yaml/parseYamlFile';
import { keyNode, locate } from '../yaml/locate';
import { ADOPTION_ACTIONS, isSensitivity, isStage, type AdoptionAction, type LessonFacts, type LessonReference } from './lessonModel';

/** Reads the fields other lessons and the features rely on, with their value ranges. */
export function extractFacts(parsed: ParsedYaml): LessonFacts {
  const root = parsed.root;
  const text = (key: string): { value?: string; range?: Range } => {
    const located = locate(root, [key]);
    const node = located?.node;
    if (!node || !isScalar(node) || typeof node.value !== 'string') return {};
    return { value: node.value, range: nodeRange(parsed.positions, node) };
  };
  const id = text('id');
  const title = text('title');
  const locality = text('locality');
  const stage = text('stage');
  const date = text('date');
  const sensitivity = text('sensitivity').value;
  const action = locate(root, ['adoption', 'action'])?.node;
  const adoptionAction = isScalar(action) && (ADOPTION_ACTIONS as readonly unknown[]).includes(action.value) ? (action.value as AdoptionAction) : undefined;

  const references: LessonReference[] = [];
  const adopted = locate(root, ['adoption', 'lesson'])?.node;
  if (isScalar(adopted) && typeof adopted.value === 'string' && adopted.value) {
    references.push({ id: adopted.value, range: rangeOrZero(parsed, adopted), kind: 'adoption' });
  }
  const related = locate(root, ['related'])?.node;
  if (isSeq(related)) {
    for (const item of related.items) {
      if (isScalar(item) && typeof item.value === 'string' && item.value) references.push({ id: item.value, range: rangeOrZero(parsed, item), kind: 'related' });
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
    locality: locality.value,
    localityRange: locality.range,
    stage: isStage(stage.value) ? stage.value : undefined,
    stageRange: stage.range,
    date: date.value,
    dateRange: date.range,
    topics,
    good: text('good').value ?? '',
    not_so_good: text('not_so_good').value ?? '',
    improvements: text('improvements').value ?? '',
    summary: text('summary').value ?? '',
    adoptionAction,
    references,
    contact: text('contact').value,
    ...(isSensitivity(sensitivity) ? { sensitivity } : {}),
    headRange: nodeRange(parsed.positions, firstKey) ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}

function rangeOrZero(parsed: ParsedYaml, node: Node): Range {
  return nodeRange(parsed.positions, node) ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
