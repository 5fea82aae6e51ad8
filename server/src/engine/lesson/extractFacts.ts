import { type Node, type YAMLMap } from 'yaml';
import { isPair, isScalar, isSeq } from '../yaml/nodeKinds';
import type { Range } from '../problem';
import { nodeRange, parseYamlFile, type ParsedYaml } from '../yaml/parseYamlFile';
import { isNode, keyNode } from '../yaml/locate';
import { extractAdoptions, extractArtefacts } from './extractAdoptions';
import { isSensitivity, isStage, type LessonFacts, type LessonReference } from './lessonModel';

/** Reads the fields other lessons and the features rely on, with their value ranges. */
export function extractFacts(parsed: ParsedYaml): LessonFacts {
  const root = parsed.root;
  const fields = fieldValues(root);
  const text = (key: string): { value?: string; range?: Range } => {
    const node = fields.get(key);
    if (!node || !isScalar(node) || typeof node.value !== 'string') return {};
    return { value: node.value, range: nodeRange(parsed.positions, node) };
  };
  const id = text('id');
  const title = text('title');
  const locality = text('locality');
  const stage = text('stage');
  const date = text('date');
  const reviewedBy = text('reviewed_by');
  const reviewedOn = text('reviewed_on');
  const sensitivity = text('sensitivity').value;
  const outcome = text('outcome').value;
  const { adoptions, references: adopted } = extractAdoptions(parsed);

  const references: LessonReference[] = [...adopted];
  const related = fields.get('related');
  if (isSeq(related)) {
    for (const item of related.items) {
      if (isScalar(item) && typeof item.value === 'string' && item.value)
        references.push({ id: item.value, range: rangeOrZero(parsed, item), kind: 'related' });
    }
  }

  const topicsNode = fields.get('topics');
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
    reviewedBy: reviewedBy.value,
    reviewedByRange: reviewedBy.range,
    reviewedOn: reviewedOn.value,
    reviewedOnRange: reviewedOn.range,
    topics,
    good: text('good').value ?? '',
    not_so_good: text('not_so_good').value ?? '',
    improvements: text('improvements').value ?? '',
    summary: text('summary').value ?? '',
    ...(outcome !== undefined ? { outcome } : {}),
    adoptions,
    references,
    artefacts: extractArtefacts(parsed),
    contact: text('contact').value,
    ...(isSensitivity(sensitivity) ? { sensitivity } : {}),
    headRange: nodeRange(parsed.positions, firstKey) ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}

/** Each top-level field's value node, as locate() finds it (the first pair of a key written twice), in one pass. */
function fieldValues(root: YAMLMap | undefined): Map<string, Node | undefined> {
  const fields = new Map<string, Node | undefined>();
  for (const item of root?.items ?? []) {
    if (!isPair(item) || !isScalar(item.key)) continue;
    const key = String(item.key.value);
    if (!fields.has(key)) fields.set(key, isNode(item.value) ? item.value : undefined);
  }
  return fields;
}

function rangeOrZero(parsed: ParsedYaml, node: Node): Range {
  return nodeRange(parsed.positions, node) ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

let emptyFactsValue: LessonFacts | undefined;

/** The facts of a file that could not be read: no fields. */
export function emptyFacts(): LessonFacts {
  emptyFactsValue ??= extractFacts(parseYamlFile('', 'lesson'));
  return emptyFactsValue;
}
