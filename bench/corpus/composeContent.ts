import { DETAIL_TAILS, MONTHS, PLACES, PRODUCTS, PROJECTS, QUALIFIERS } from './details';
import { roughNotes } from './drafts';
import { OUTCOMES } from './extraProse';
import { GENERIC_OBJECTS, GRAMMAR } from './grammar';
import type { Answer, Focus, LessonContent, LessonStyle, Passage } from './lessonContent';
import { fill } from './fillTemplate';
import { THEMES, type Theme } from './prose';
import type { Random } from './random';
import { capitalise } from './yamlText';

/** Shares of the writing styles, between examples/ (no long write-ups) and the blind corpus (a tenth of short notes, a tenth over 3 KB). */
const DRAFT_SHARE = 0.12;
const DETAILED_SHARE = 0.075;

type Field = 'good' | 'notSoGood' | 'improvements';

function chooseFocus(random: Random, theme: Theme): Focus {
  const [place, place2] = random.sample(PLACES, 2) as [string, string];
  return {
    theme,
    things: random.sample(theme.things, random.int(1, 2)).map((thing) => `${thing} ${random.pick(QUALIFIERS)}`),
    place,
    place2,
    product: random.pick(PRODUCTS),
    project: random.pick(PROJECTS),
    month: random.pick(MONTHS),
    year: String(random.int(2019, 2025)),
    number: String(random.int(2, 90) * 1000),
  };
}

/** A sentence composed from GRAMMAR about one of the lesson's things, sometimes with one of its specifics. */
function composedSentence(random: Random, focus: Focus, field: Field): string {
  const parts = GRAMMAR[field];
  const detail = random.chance(0.5) ? random.pick(DETAIL_TAILS) : '';
  // A lesson names its own thing now and then; the rest is about the project around it.
  const object = random.chance(0.3) ? '{thing}' : random.pick(GENERIC_OBJECTS);
  if (field === 'improvements') return fill(random, `${random.pick(parts.verbs)} ${object}${detail}${random.pick(parts.tails)}.`, focus);
  const opener = random.pick(GRAMMAR.openers);
  return capitalise(
    fill(random, `${opener}${random.pick(GRAMMAR.subjects)} ${random.pick(parts.verbs)} ${object}${detail}${random.pick(parts.tails)}.`, focus),
  );
}

/** `count` sentences: now and then one of the theme's written sentences, the rest composed. */
function sentences(random: Random, focus: Focus, field: Field, written: readonly string[], count: number): string[] {
  const result: string[] = [];
  if (random.chance(0.2)) result.push(fill(random, random.pick(written), focus));
  while (result.length < count) result.push(composedSentence(random, focus, field));
  return random.shuffle(result);
}

/** An answer shaped by the style: a paragraph of one to four sentences, in a third of answers a second one or a list; long write-ups have two or three, often a list. */
function answer(random: Random, focus: Focus, field: Field, written: readonly string[], style: LessonStyle): Answer {
  const listy = field === 'improvements' ? 0.5 : 0.2;
  if (style === 'detailed') {
    const passages: Passage[] = [];
    for (let i = random.int(2, 3); i > 0; i--) {
      const bullets = i === 1 && random.chance(listy * 1.5);
      passages.push({ bullets, sentences: sentences(random, focus, field, written, bullets ? random.int(3, 5) : random.int(2, 4)) });
    }
    return passages;
  }
  const first: Passage = { bullets: random.chance(listy / 3), sentences: sentences(random, focus, field, written, random.int(1, 4)) };
  if (!random.chance(0.35)) return [first];
  return [first, { bullets: random.chance(listy), sentences: sentences(random, focus, field, written, random.int(2, 4)) }];
}

function pickStyle(random: Random): LessonStyle {
  const roll = random.next();
  return roll < DRAFT_SHARE ? 'draft' : roll < DRAFT_SHARE + DETAILED_SHARE ? 'detailed' : 'standard';
}

/** A new lesson: a theme, its specifics, and the answers written in one of the styles. */
export function composeContent(random: Random): LessonContent {
  const style = pickStyle(random);
  const theme = random.pick(THEMES);
  const focus = chooseFocus(random, theme);
  const second = random.chance(0.3) ? random.pick(THEMES) : undefined;
  const topics = random.sample(theme.topics, random.int(1, theme.topics.length));
  if (second) for (const topic of random.sample(second.topics, 1)) if (!topics.includes(topic)) topics.push(topic);
  const title = capitalise(fill(random, random.chance(0.3) ? random.pick(theme.titles) : random.pick(GRAMMAR.titles), focus));
  const content: LessonContent = {
    theme,
    style,
    title,
    topics,
    good: answer(random, focus, 'good', theme.good, style),
    notSoGood: answer(random, focus, 'notSoGood', theme.notSoGood, style),
    improvements: answer(random, focus, 'improvements', theme.improvements, style),
    summary: [fill(random, random.pick(theme.summary), focus)],
  };
  if (style === 'detailed') {
    content.summary[0] = `${content.summary[0]} ${composedSentence(random, focus, 'good')}`;
    content.summary.push(sentences(random, focus, 'improvements', theme.improvements, random.int(1, 2)).join(' '));
  } else if (style === 'standard' && random.chance(0.4)) {
    content.summary[0] = `${content.summary[0]} ${composedSentence(random, focus, 'improvements')}`;
  }
  if (style === 'detailed' || (style === 'standard' && random.chance(0.25))) content.outcome = fill(random, random.pick(OUTCOMES), focus);
  return style === 'draft' ? roughNotes(random, content, focus) : content;
}
