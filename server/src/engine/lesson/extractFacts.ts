import { type Node, type Scalar, type YAMLMap } from 'yaml';
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
  // The node of a field written as text; a value and a range are taken from it only where needed.
  const textNode = (key: string): (Scalar & { value: string }) | undefined => {
    const node = fields.get(key);
    return isScalar(node) && typeof node.value === 'string' ? (node as Scalar & { value: string }) : undefined;
  };
  const rangeOf = (node: Node | undefined): Range | undefined => nodeRange(parsed.positions, node);
  const id = textNode('id');
  const title = textNode('title');
  const locality = textNode('locality');
  const stage = textNode('stage');
  const date = textNode('date');
  const reviewedBy = textNode('reviewed_by');
  const reviewedOn = textNode('reviewed_on');
  const sensitivity = textNode('sensitivity')?.value;
  const outcome = textNode('outcome')?.value;
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
  const topics: string[] = [];
  // A loop, not flatMap: an array per topic cost more than the rest of the facts.
  if (isSeq(topicsNode)) for (const item of topicsNode.items) if (isScalar(item) && typeof item.value === 'string') topics.push(item.value);
  const firstKey = root && root.items.length > 0 ? keyNode(root.items[0]) : undefined;

  return {
    id: id?.value,
    idRange: rangeOf(id),
    title: title?.value,
    titleRange: rangeOf(title),
    locality: locality?.value,
    localityRange: rangeOf(locality),
    stage: isStage(stage?.value) ? stage.value : undefined,
    stageRange: rangeOf(stage),
    date: date?.value,
    dateRange: rangeOf(date),
    reviewedBy: reviewedBy?.value,
    reviewedByRange: rangeOf(reviewedBy),
    reviewedOn: reviewedOn?.value,
    reviewedOnRange: rangeOf(reviewedOn),
    topics,
    good: textNode('good')?.value ?? '',
    not_so_good: textNode('not_so_good')?.value ?? '',
    improvements: textNode('improvements')?.value ?? '',
    summary: textNode('summary')?.value ?? '',
    ...(outcome !== undefined ? { outcome } : {}),
    adoptions,
    references,
    artefacts: extractArtefacts(parsed),
    contact: textNode('contact')?.value,
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
