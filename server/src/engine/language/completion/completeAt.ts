import { extractFacts } from '../../lesson/extractFacts';
import { cursorContext } from '../cursorContext';
import type { CompletionAnswer, CompletionInput } from './completionTypes';
import { fieldCandidates } from './fieldCompletions';
import { valueCandidates } from './valueCompletions';

/**
 * Suggestions at a position of a lesson: the fields its mapping can still take, or
 * values for the field at the cursor. Works in a half-typed file and in one with a
 * syntax error elsewhere, since the cursor's line is read on its own.
 */
export function completeAt(input: CompletionInput): CompletionAnswer {
  const context = cursorContext(input.parsed, input.position);
  if (context.kind === 'none') return { candidates: [], isIncomplete: false };
  const own = extractFacts(input.parsed);
  if (context.kind === 'key') return { candidates: fieldCandidates(context, input, own), isIncomplete: false };
  return valueCandidates(context, input, own);
}
