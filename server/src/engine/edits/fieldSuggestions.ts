import { isScalar } from '../yaml/nodeKinds';
import { nextFreeId } from '../authoring/newLesson';
import { findLocality, findLocalityByPrefix, type WorkspaceConfig } from '../config/workspaceConfig';
import { ANSWER_FIELDS } from '../lesson/lessonModel';
import { describeField, LESSON_SCHEMA } from '../schema/schemas';
import { locate } from '../yaml/locate';
import type { ParsedYaml } from '../yaml/parseYamlFile';

export interface SuggestionContext {
  config: WorkspaceConfig;
  /** Today as YYYY-MM-DD. */
  today: string;
  /** Every id in the workspace, for the next free one. */
  ids(): Iterable<string>;
}

/**
 * What a missing field is added with when the lesson itself says better than a generic
 * example: an answer gets its question (which the placeholder-answer rule keeps flagging
 * until it is answered), `date` and `reviewed_on` today, `id` the next free id of the lesson's locality,
 * `locality` the one whose prefix the id has. Anything else keeps the given placeholder.
 */
export function suggestedFieldText(parsed: ParsedYaml, path: readonly string[], fallback: string, context: SuggestionContext): string {
  const field = path.join('.');
  if ((ANSWER_FIELDS as readonly string[]).includes(field)) return describeField(LESSON_SCHEMA, path) ?? fallback;
  // A review added now is a review done today.
  if (field === 'date' || field === 'reviewed_on') return context.today;
  if (field === 'id') {
    const locality = findLocality(context.config, textAt(parsed, 'locality') ?? '');
    return locality ? nextFreeId(locality.prefix, context.ids()) : fallback;
  }
  if (field === 'locality') {
    const prefix = /^([A-Z][A-Z0-9]*)-/.exec(textAt(parsed, 'id') ?? '')?.[1];
    const locality = prefix ? findLocalityByPrefix(context.config, prefix) : undefined;
    return locality?.name ?? fallback;
  }
  return fallback;
}

function textAt(parsed: ParsedYaml, key: string): string | undefined {
  const node = locate(parsed.root, [key])?.node;
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}
