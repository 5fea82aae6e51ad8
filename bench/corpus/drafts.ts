import { DRAFT_NOTES } from './extraProse';
import { fill } from './fillTemplate';
import type { Answer, Focus, LessonContent } from './lessonContent';
import type { Random } from './random';

/** Shorthand people use in notes to themselves. */
const SHORTHAND: readonly (readonly [RegExp, string])[] = [
  [/\binformation governance\b/g, 'IG'],
  [/\bdata sharing agreement\b/g, 'DSA'],
  [/\band\b/g, '&'],
  [/\bwith\b/g, 'w/'],
  [/\bbecause\b/g, 'as'],
];

/**
 * A lesson as rough notes never tidied up: lower case, an answer or two cut to a phrase,
 * sentences run together, placeholders for what is not known yet, no outcome.
 */
export function roughNotes(random: Random, content: LessonContent, focus: Focus): LessonContent {
  const note = (): string => fill(random, random.pick(DRAFT_NOTES), focus);
  const rough = (answer: Answer): Answer => {
    const phrases = answer[0]!.sentences.slice(0, random.int(1, 2)).map((sentence) => loosen(random, sentence));
    if (random.chance(0.45)) phrases.push(note());
    if (random.chance(0.2)) return [{ bullets: true, sentences: phrases }];
    return [{ bullets: false, sentences: [phrases.join(random.pick(['. ', '; ', ' - ']))] }];
  };
  return {
    ...content,
    title: random.chance(0.6) ? loosen(random, content.title) : content.title,
    good: rough(content.good),
    notSoGood: rough(content.notSoGood),
    improvements: rough(content.improvements),
    outcome: undefined,
  };
}

/** A sentence as jotted down: first letter small (unless it starts an acronym), no full stop, some shorthand. */
function loosen(random: Random, sentence: string): string {
  let text = sentence.replace(/\.$/, '');
  // Notes keep the gist: no "Early on, " in front, no ", which saved …" behind.
  if (random.chance(0.7)) {
    text = text.replace(/^[^,]{1,30}, /, '');
    const tail = /,? (?:which|so|and|leaving|freeing|despite|because|without|until|while|after|during|when|with|in|for|on|across) /.exec(text.slice(25));
    if (tail) text = text.slice(0, 25 + tail.index);
  }
  if (!/^[A-Z]{2}/.test(text)) text = text.charAt(0).toLowerCase() + text.slice(1);
  for (const [pattern, short] of SHORTHAND) if (random.chance(0.5)) text = text.replace(pattern, short);
  return text;
}
