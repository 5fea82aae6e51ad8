import { type YAMLMap } from 'yaml';
import { isScalar, isSeq } from '../yaml/nodeKinds';
import type { Range } from '../problem';
import { locate } from '../yaml/locate';
import { nodeRange, type ParsedYaml } from '../yaml/parseYamlFile';
import { adoptionBlocks } from './adoptionBlocks';
import {
  ADOPTION_ACTIONS,
  ADOPTION_STATUSES,
  type Adoption,
  type AdoptionAction,
  type AdoptionStatus,
  type Artefact,
  type LessonReference,
} from './lessonModel';

const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** Every adoption block's values, and a reference for each adopted lesson id (with where it is written). */
export function extractAdoptions(parsed: ParsedYaml): { adoptions: Adoption[]; references: LessonReference[] } {
  const adoptions: Adoption[] = [];
  const references: LessonReference[] = [];
  for (const block of adoptionBlocks(parsed.root)) {
    const action = textIn(block, 'action');
    const status = textIn(block, 'status');
    const lesson = locate(block, ['lesson'])?.node;
    const lessonId = isScalar(lesson) && typeof lesson.value === 'string' && lesson.value ? lesson.value : undefined;
    if (lesson && lessonId) references.push({ id: lessonId, range: nodeRange(parsed.positions, lesson) ?? ZERO, kind: 'adoption' });
    const adoption: Adoption = {};
    if ((ADOPTION_ACTIONS as readonly (string | undefined)[]).includes(action)) adoption.action = action as AdoptionAction;
    if (lessonId) adoption.lesson = lessonId;
    if ((ADOPTION_STATUSES as readonly (string | undefined)[]).includes(status)) adoption.status = status as AdoptionStatus;
    const date = textIn(block, 'date');
    if (date) adoption.date = date;
    const outcome = textIn(block, 'outcome');
    if (outcome) adoption.outcome = outcome;
    adoptions.push(adoption);
  }
  return { adoptions, references };
}

/** The text entries of `artefacts`, each with its range (other entries are the schema's to report). */
export function extractArtefacts(parsed: ParsedYaml): Artefact[] {
  const list = locate(parsed.root, ['artefacts'])?.node;
  if (!isSeq(list)) return [];
  return list.items.flatMap((item) => {
    if (!isScalar(item) || typeof item.value !== 'string' || !item.value.trim()) return [];
    const range = nodeRange(parsed.positions, item);
    return range ? [{ target: item.value, range }] : [];
  });
}

function textIn(block: YAMLMap, key: string): string | undefined {
  const node = locate(block, [key])?.node;
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}
