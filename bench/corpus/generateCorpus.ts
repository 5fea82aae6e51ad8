import { DEFAULT_LOCALITIES } from '../../server/src/engine/config/defaultLocalities';
import type { Locality } from '../../server/src/engine/config/workspaceConfig';
import { STAGES, type Stage } from '../../server/src/engine/lesson/lessonModel';
import { DETAIL_TAILS, MONTHS, PLACES, PRODUCTS, PROJECTS, QUALIFIERS } from './details';
import { GENERIC_OBJECTS, GRAMMAR } from './grammar';
import { FIRST_NAMES, HEADER_COMMENTS, LAST_NAMES, PARAPHRASES, SLOTS, THEMES, type Theme } from './prose';
import { Random } from './random';

/** Bump whenever the output for a given seed and count changes, so cached corpora are rebuilt. */
export const CORPUS_GENERATOR_VERSION = 6;

export interface CorpusOptions {
  /** How many lesson files. */
  count: number;
  seed?: number;
  /** Share of lessons that restate an earlier lesson in other words (default 5%). */
  paraphraseRate?: number;
  /** Share of lessons with a schema or YAML problem (default 3%). */
  brokenRate?: number;
}

export type GeneratedKind = 'lesson' | 'paraphrase' | 'broken';

export interface GeneratedLesson {
  id: string;
  /** Path relative to the corpus root, with forward slashes: `<locality-folder>/<id>.lesson.yaml`. */
  relativePath: string;
  text: string;
  kind: GeneratedKind;
  /** For a paraphrase: the id of the lesson it restates. */
  paraphraseOf?: string;
  /** For a broken lesson: which problem it was given. */
  breakage?: Breakage;
}

export const DEFAULT_SEED = 20250314;

/** Relative sizes of the localities: some catalogues are bigger than others. */
const LOCALITY_WEIGHTS: Readonly<Record<string, number>> = { GM: 12, OL: 14, YH: 10, LD: 7, WX: 8, CHIE: 6, DC: 6, TVS: 8, OX: 5, CMS: 9, LSC: 7, GN: 8, CC: 5 };

const STAGE_WEIGHTS: readonly (readonly [Stage, number])[] = [
  ['captured', 35],
  ['collated', 20],
  ['organised', 15],
  ['curated', 18],
  ['communicated', 12],
];

const BREAKAGES = ['stage-typo', 'missing-field', 'date-format', 'unknown-field', 'topics-not-list', 'yaml-syntax', 'duplicate-key', 'unknown-locality', 'missing-summary', 'unknown-reference'] as const;
export type Breakage = (typeof BREAKAGES)[number];

/** Lessons kept for paraphrasing: recent enough to bound memory at any corpus size. */
const PARAPHRASE_POOL = 2000;

/** What one lesson is about: its one or two things and its specifics, kept throughout. */
interface Focus {
  theme: Theme;
  things: string[];
  place: string;
  place2: string;
  product: string;
  project: string;
  month: string;
  year: string;
  number: string;
}

interface LessonContent {
  theme: Theme;
  title: string;
  topics: string[];
  good: string[];
  notSoGood: string[];
  improvements: string[];
  summary: string;
}

/**
 * Lessons of a national catalogue, the same on every run for a seed: prose recombined
 * from sentence templates and varied details, stages and dates spread out, references
 * to earlier lessons, a share restated in other words by another locality, and a
 * share with a problem a checker must report.
 */
export function* generateLessons(options: CorpusOptions): Generator<GeneratedLesson> {
  const random = new Random(options.seed ?? DEFAULT_SEED);
  const paraphraseRate = options.paraphraseRate ?? 0.05;
  const brokenRate = options.brokenRate ?? 0.03;
  const counters = new Map<string, number>();
  const issued: string[] = [];
  const pool: { id: string; prefix: string; content: LessonContent }[] = [];

  for (let n = 0; n < options.count; n++) {
    const original = pool.length > 0 && random.chance(paraphraseRate) ? random.pick(pool) : undefined;
    const locality = pickLocality(random, original?.prefix);
    const number = (counters.get(locality.prefix) ?? 0) + 1;
    counters.set(locality.prefix, number);
    const id = `${locality.prefix}-${String(number).padStart(4, '0')}`;
    const content = original ? paraphrase(random, original.content) : composeContent(random);
    const stage = pickStage(random);
    const breakage = !original && random.chance(brokenRate) ? random.pick(BREAKAGES) : undefined;
    const text = renderLesson(random, { id, locality, stage, content, issued, breakage });
    yield {
      id,
      relativePath: `${locality.folder}/${id}.lesson.yaml`,
      text,
      kind: original ? 'paraphrase' : breakage ? 'broken' : 'lesson',
      paraphraseOf: original?.id,
      breakage,
    };
    issued.push(id);
    if (!original && !breakage) {
      if (pool.length < PARAPHRASE_POOL) pool.push({ id, prefix: locality.prefix, content });
      else pool[random.int(0, PARAPHRASE_POOL - 1)] = { id, prefix: locality.prefix, content };
    }
  }
}

export function generateCorpus(options: CorpusOptions): GeneratedLesson[] {
  return [...generateLessons(options)];
}

/** The corpus's learn-once.yaml: the built-in localities, a topic vocabulary and a thesaurus. */
export function corpusConfigText(): string {
  const lines = ['# Generated national catalogue of lessons learned.', 'localities:'];
  for (const locality of DEFAULT_LOCALITIES) {
    lines.push(`  - name: ${quoteIfNeeded(locality.name)}`, `    prefix: ${locality.prefix}`);
    if (locality.aliases && locality.aliases.length > 0) lines.push(`    aliases: [${locality.aliases.map(quoteIfNeeded).join(', ')}]`);
    lines.push(`    folder: ${locality.folder}`);
  }
  const topics = [...new Set(THEMES.flatMap((theme) => theme.topics))].sort();
  lines.push('topics:', ...topics.map((topic) => `  - ${topic}`));
  lines.push('similarity:', '  thesaurus:', '    - [interface engine, integration engine, integration platform]', '    - [launch, go-live]');
  return `${lines.join('\n')}\n`;
}

function pickLocality(random: Random, notPrefix: string | undefined): Locality {
  const candidates = DEFAULT_LOCALITIES.filter((locality) => locality.prefix !== notPrefix);
  const total = candidates.reduce((sum, locality) => sum + (LOCALITY_WEIGHTS[locality.prefix] ?? 1), 0);
  let roll = random.next() * total;
  for (const locality of candidates) {
    roll -= LOCALITY_WEIGHTS[locality.prefix] ?? 1;
    if (roll < 0) return locality;
  }
  return candidates[candidates.length - 1]!;
}

function pickStage(random: Random): Stage {
  let roll = random.next() * 100;
  for (const [stage, weight] of STAGE_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return stage;
  }
  return STAGES[0];
}

function fill(random: Random, template: string, focus?: Focus): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    if (slot === 'thing' || slot === 'Thing') {
      const thing = focus ? random.pick(focus.things) : 'the work';
      return slot === 'Thing' ? capitalise(thing) : thing;
    }
    if (focus && slot in DETAIL_SLOTS) return focus[DETAIL_SLOTS[slot]!];
    return random.pick(SLOTS[slot] ?? [slot]);
  });
}

const DETAIL_SLOTS: Readonly<Record<string, keyof Omit<Focus, 'theme' | 'things'>>> = { place: 'place', place2: 'place2', product: 'product', project: 'project', month: 'month', year: 'year', number: 'number' };

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

type Field = 'good' | 'notSoGood' | 'improvements';

/** A sentence composed from GRAMMAR about one of the lesson's things, sometimes with one of its specifics. */
function composedSentence(random: Random, focus: Focus, field: Field): string {
  const parts = GRAMMAR[field];
  const detail = random.chance(0.5) ? random.pick(DETAIL_TAILS) : '';
  // A lesson names its own thing now and then; the rest is about the project around it.
  const object = random.chance(0.3) ? '{thing}' : random.pick(GENERIC_OBJECTS);
  if (field === 'improvements') return fill(random, `${random.pick(parts.verbs)} ${object}${detail}${random.pick(parts.tails)}.`, focus);
  const opener = random.pick(GRAMMAR.openers);
  return capitalise(fill(random, `${opener}${random.pick(GRAMMAR.subjects)} ${random.pick(parts.verbs)} ${object}${detail}${random.pick(parts.tails)}.`, focus));
}

/** Two to four sentences: now and then one of the theme's written sentences, the rest composed. */
function answer(random: Random, focus: Focus, field: Field, written: readonly string[]): string[] {
  const count = random.int(2, 4);
  const sentences: string[] = [];
  if (random.chance(0.2)) sentences.push(fill(random, random.pick(written), focus));
  while (sentences.length < count) sentences.push(composedSentence(random, focus, field));
  return random.shuffle(sentences);
}

function composeContent(random: Random): LessonContent {
  const theme = random.pick(THEMES);
  const focus = chooseFocus(random, theme);
  const second = random.chance(0.3) ? random.pick(THEMES) : undefined;
  const topics = random.sample(theme.topics, random.int(1, theme.topics.length));
  if (second) for (const topic of random.sample(second.topics, 1)) if (!topics.includes(topic)) topics.push(topic);
  const title = random.chance(0.3) ? random.pick(theme.titles) : random.pick(GRAMMAR.titles);
  return {
    theme,
    title: capitalise(fill(random, title, focus)),
    topics,
    good: answer(random, focus, 'good', theme.good),
    notSoGood: answer(random, focus, 'notSoGood', theme.notSoGood),
    improvements: answer(random, focus, 'improvements', theme.improvements),
    summary: fill(random, random.pick(theme.summary), focus),
  };
}

const PARAPHRASE_PATTERN = new RegExp(
  `\\b(${[...PARAPHRASES]
    .map(([phrase]) => phrase)
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&'))
    .join('|')})\\b`,
  'g',
);
const ALTERNATIVES = new Map(PARAPHRASES);

/** The same lesson in other words: synonyms and acronyms swapped, sentences reordered. */
function paraphrase(random: Random, content: LessonContent): LessonContent {
  const reword = (text: string): string =>
    text.replace(PARAPHRASE_PATTERN, (phrase: string) => {
      const alternatives = ALTERNATIVES.get(phrase);
      return alternatives && random.chance(0.75) ? random.pick(alternatives) : phrase;
    });
  const rewordAll = (items: string[]): string[] => random.shuffle(items.map(reword));
  return {
    theme: content.theme,
    title: capitalise(reword(content.title)),
    topics: random.shuffle([...content.topics]),
    good: rewordAll(content.good),
    notSoGood: rewordAll(content.notSoGood),
    improvements: rewordAll(content.improvements),
    summary: reword(content.summary),
  };
}

interface RenderInput {
  id: string;
  locality: Locality;
  stage: Stage;
  content: LessonContent;
  /** Ids written so far, for references. */
  issued: readonly string[];
  breakage?: Breakage;
}

function renderLesson(random: Random, input: RenderInput): string {
  const { id, locality, stage, content, issued, breakage } = input;
  const lines: string[] = [];
  if (random.chance(0.15)) lines.push(random.pick(HEADER_COMMENTS));
  lines.push(`id: ${id}`);
  lines.push(breakage === 'yaml-syntax' ? `title: "${content.title}` : `title: ${quoteIfNeeded(content.title)}`);
  const localityName = breakage === 'unknown-locality' ? locality.name.slice(0, 2) + locality.name.slice(3) : random.chance(0.1) && locality.aliases?.[0] ? locality.aliases[0] : locality.name;
  lines.push(`locality: ${quoteIfNeeded(localityName)}`);
  lines.push(`stage: ${breakage === 'stage-typo' ? stage.slice(0, -2) + stage.slice(-1) : breakage === 'missing-summary' ? 'curated' : stage}`);
  if (breakage === 'duplicate-key') lines.push(`stage: ${stage}`);
  lines.push(`date: ${breakage === 'date-format' ? toUkDate(randomDate(random)) : randomDate(random)}`);
  lines.push(breakage === 'topics-not-list' ? `topics: ${content.topics.join(', ')}` : `topics: [${content.topics.map(quoteIfNeeded).join(', ')}]`);
  lines.push(...block('good', content.good));
  lines.push(...block('not_so_good', content.notSoGood));
  if (breakage !== 'missing-field') lines.push(...block('improvements', content.improvements));
  const needsSummary = stage === 'curated' || stage === 'communicated';
  if (breakage !== 'missing-summary' && (needsSummary || random.chance(0.1))) lines.push('summary: >', ...wrap(content.summary, 78).map((line) => `  ${line}`));
  if (issued.length > 0 && random.chance(0.08)) {
    const adopted = random.pick(issued);
    if (!adopted.startsWith(`${locality.prefix}-`)) lines.push('adoption:', `  action: ${random.pick(['replicate', 'customise', 'enhance'])}`, `  lesson: ${adopted}`);
  }
  if (breakage === 'unknown-reference') lines.push(`related: [${locality.prefix}-${String(900000 + random.int(0, 99999))}]`);
  else if (issued.length > 0 && random.chance(0.12)) lines.push(`related: [${[...new Set(random.sample(issued.slice(-5000), random.int(1, 2)))].filter((other) => other !== id).join(', ')}]`);
  if (breakage === 'unknown-field') lines.push('lessons_learnt: Recorded in the old template.');
  if (random.chance(0.7)) lines.push(`contact: ${random.pick(FIRST_NAMES)}.${random.pick(LAST_NAMES)}@nhs.net`);
  return `${lines.filter((line) => line !== 'related: []').join('\n')}\n`;
}

function block(key: string, items: readonly string[]): string[] {
  return [`${key}: |`, ...items.map((sentence) => `  ${sentence}`)];
}

function randomDate(random: Random): string {
  // Between 2019-01-01 and 2025-06-30: always in the past, so only broken lessons have date problems.
  const start = Date.UTC(2019, 0, 1);
  const end = Date.UTC(2025, 5, 30);
  const day = new Date(start + random.int(0, Math.floor((end - start) / 86_400_000)) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function toUkDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A plain YAML scalar when it reads back as the same string, otherwise double-quoted. */
function quoteIfNeeded(text: string): string {
  const plain = /^[A-Za-z0-9(][^#:\n"]*$/.test(text) && !/[[\]{},]/.test(text) && !/\s$/.test(text) && !/^(true|false|null|yes|no|on|off|~)$/i.test(text);
  return plain ? text : JSON.stringify(text);
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
