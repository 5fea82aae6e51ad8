import * as fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Generators of hostile input for the engine, shared by the seeded unit suite and the
 * long `npm run fuzz` run. Every generator is plain data mapped to text, so a failing
 * case prints as the exact text that broke something.
 */

const EXAMPLES = path.resolve(__dirname, '../../examples');

/** Every sample lesson, in a fixed order: the seeds mutations start from. */
export const EXAMPLE_LESSONS: readonly string[] = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.lesson.yaml'))
  .sort()
  .map((name) => readFileSync(path.join(EXAMPLES, name), 'utf8'));

export const EXAMPLE_CONFIG: string = readFileSync(path.join(EXAMPLES, 'learn-once.yaml'), 'utf8');

// ---------------------------------------------------------------- arbitrary text

/** Any UTF-16 code unit, lone surrogates included: whatever an editor buffer can hold. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

/** Pieces of YAML syntax and lesson vocabulary, so random text often gets past the first character. */
export const YAML_TOKENS: readonly string[] = [
  ':',
  ': ',
  '-',
  '- ',
  ' ',
  '  ',
  '    ',
  '\n',
  '\n',
  '\n  ',
  '\r\n',
  '\r',
  '\t',
  '[',
  ']',
  '{',
  '}',
  ',',
  ', ',
  '&a ',
  '*a',
  '&b ',
  '*b',
  '*c',
  '!',
  '!!str ',
  '!!map',
  '!!seq',
  '!!js/function ',
  '!foo ',
  '!<tag:x> ',
  '|',
  '>',
  '|-',
  '>+',
  '|2',
  '#',
  ' # note',
  "'",
  '"',
  '\\',
  '?',
  '? ',
  '%YAML 1.2\n',
  '%TAG !e! tag:example.com,2000:\n',
  '---',
  '---\n',
  '...\n',
  '<<: ',
  '@',
  '`',
  'id',
  'title',
  'locality',
  'stage',
  'date',
  'topics',
  'good',
  'not_so_good',
  'improvements',
  'summary',
  'adoption',
  'action',
  'lesson',
  'related',
  'contact',
  '__proto__',
  'constructor',
  'prototype',
  'GM-0001',
  'GM-0002',
  'OL-0003',
  'captured',
  'curated',
  'replicate',
  '2025-03-14',
  '2031-01-01',
  'One London',
  'null',
  '~',
  'true',
  'false',
  '0x1F',
  '0o17',
  '1e9',
  '-.inf',
  '.nan',
  '12',
  '\u00a0',
  '\ufeff',
  '\u2028',
  '\u0085',
  '\ud800',
  '\udc00',
  'é',
  '😀',
  '\u0000',
  '\u0007',
  '\u001b',
];

const yamlTokenSoup = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...YAML_TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { maxLength: 200 })
  .map((tokens) => tokens.join(''));

/** Arbitrary unicode text: printable graphemes, any code point, raw UTF-16 units, and YAML-shaped noise. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: codeUnit, maxLength: 300 }),
  { weight: 3, arbitrary: yamlTokenSoup },
);

// ---------------------------------------------------------------- mutated real lessons

export type Mutation =
  | { kind: 'deleteLine'; at: number }
  | { kind: 'duplicateLine'; at: number }
  | { kind: 'swapLines'; at: number; with: number }
  | { kind: 'reindent'; at: number; indent: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'insertBytes'; at: number; bytes: number[] }
  | { kind: 'replaceChar'; at: number; text: string }
  | { kind: 'lineEndings'; to: '\r\n' | '\r' };

const INDENTS = ['', ' ', '  ', '   ', '    ', '\t', ' \t', '\t  ', '      '];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('deleteLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swapLines' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('reindent' as const), at: fc.nat(), indent: fc.constantFrom(...INDENTS) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...YAML_TOKENS), fc.string({ unit: codeUnit, maxLength: 8 })),
  }),
  fc.record({ kind: fc.constant('insertBytes' as const), at: fc.nat(), bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('replaceChar' as const), at: fc.nat(), text: fc.constantFrom(...YAML_TOKENS) }),
  fc.record({ kind: fc.constant('lineEndings' as const), to: fc.constantFrom('\r\n' as const, '\r' as const) }),
);

/** Applies one mutation; positions are taken modulo the text's lines or length so any number works. */
export function applyMutation(text: string, change: Mutation): string {
  const lines = text.split('\n');
  const line = (at: number): number => at % lines.length;
  const offset = (at: number): number => at % (text.length + 1);
  switch (change.kind) {
    case 'deleteLine':
      lines.splice(line(change.at), 1);
      return lines.join('\n');
    case 'duplicateLine':
      lines.splice(line(change.at), 0, lines[line(change.at)]);
      return lines.join('\n');
    case 'swapLines': {
      const a = line(change.at);
      const b = line(change.with);
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
    case 'reindent':
      lines[line(change.at)] = change.indent + lines[line(change.at)].replace(/^[ \t]*/, '');
      return lines.join('\n');
    case 'truncate':
      return text.slice(0, offset(change.at));
    case 'insert':
      return text.slice(0, offset(change.at)) + change.text + text.slice(offset(change.at));
    case 'insertBytes':
      // Bytes as a Latin-1 string: control characters, NUL and stray high characters.
      return text.slice(0, offset(change.at)) + String.fromCharCode(...change.bytes) + text.slice(offset(change.at));
    case 'replaceChar':
      return text.slice(0, offset(change.at)) + change.text + text.slice(offset(change.at) + 1);
    case 'lineEndings':
      return text.replace(/\n/g, change.to);
  }
}

function mutated(bases: readonly string[], maxMutations: number): fc.Arbitrary<string> {
  return fc
    .record({ base: fc.constantFrom(...bases), mutations: fc.array(mutation, { minLength: 1, maxLength: maxMutations }) })
    .map(({ base, mutations }) => mutations.reduce(applyMutation, base));
}

/** A real lesson from examples/ with lines deleted, duplicated, swapped, re-indented, truncated or bytes inserted. */
export const mutatedLesson: fc.Arbitrary<string> = mutated(EXAMPLE_LESSONS, 8);

export const mutatedConfig: fc.Arbitrary<string> = mutated([EXAMPLE_CONFIG], 8);

// ---------------------------------------------------------------- hostile YAML

/** Nesting far deeper than any lesson, in every style the parser has to recurse through. */
export const deepNesting: fc.Arbitrary<string> = fc
  .record({
    style: fc.constantFrom('flowSeq', 'flowMap', 'closedFlow', 'blockMap', 'blockSeq', 'compactSeq', 'inLesson'),
    depth: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 200, max: 20_000 })),
  })
  .map(({ style, depth }) => {
    const block = Math.min(depth, 400);
    switch (style) {
      case 'flowSeq':
        return '['.repeat(depth);
      case 'flowMap':
        return '{a: '.repeat(depth);
      case 'closedFlow':
        return `${'['.repeat(depth)}x${']'.repeat(depth)}`;
      case 'blockMap':
        return Array.from({ length: block }, (_, level) => `${' '.repeat(level)}k${level}:`).join('\n');
      case 'blockSeq':
        return Array.from({ length: block }, (_, level) => `${' '.repeat(level * 2)}-`).join('\n');
      case 'compactSeq':
        return `${'- '.repeat(depth)}x`;
      default:
        return `${EXAMPLE_LESSONS[0]}adoption:\n  action: ${'['.repeat(depth)}\n`;
    }
  });

/** One field of a real lesson replaced by a very long value, in each scalar style. */
export const hugeScalar: fc.Arbitrary<string> = fc
  .record({
    field: fc.constantFrom('title', 'good', 'summary', 'id', 'topics', 'unknown_field'),
    style: fc.constantFrom('plain', 'single', 'double', 'literal', 'folded', 'manyLines'),
    chunk: fc.string({ minLength: 1, maxLength: 12 }).filter((chunk) => !/[\r\n]/.test(chunk)),
    length: fc.integer({ min: 1_000, max: 200_000 }),
  })
  .map(({ field, style, chunk, length }) => {
    const long = chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length);
    const value =
      style === 'plain'
        ? long
        : style === 'single'
          ? `'${long.replace(/'/g, "''")}'`
          : style === 'double'
            ? JSON.stringify(long)
            : style === 'literal'
              ? `|\n  ${long}`
              : style === 'folded'
                ? `>\n  ${long}`
                : `|\n${Array.from({ length: Math.ceil(length / 40) }, () => `  ${chunk}`).join('\n')}`;
    return `${EXAMPLE_LESSONS[1].replace(/^title:.*$/m, '')}${field}: ${value}\n`;
  });

/** Many YAML documents in one file. */
export const manyDocuments: fc.Arbitrary<string> = fc
  .record({
    count: fc.integer({ min: 2, max: 3_000 }),
    body: fc.constantFrom('', 'a: 1', '[x]', EXAMPLE_LESSONS[2], '---', '...'),
    separator: fc.constantFrom('---\n', '\n---\n', '...\n---\n'),
  })
  // Kept under the default learnOnce.maxFileSize: larger files are never parsed.
  .map(({ count, body, separator }) =>
    Array.from({ length: Math.min(count, Math.floor((256 * 1024) / (body.length + separator.length))) }, () => body).join(separator),
  );

/** "Billion laughs" and friends: aliases that would expand exponentially, merges, and aliases of undefined anchors. */
export const aliasBomb: fc.Arbitrary<string> = fc
  .record({
    levels: fc.integer({ min: 1, max: 14 }),
    fanOut: fc.integer({ min: 2, max: 12 }),
    style: fc.constantFrom('flow', 'block', 'merge', 'keys', 'selfReference', 'inLesson'),
  })
  .map(({ levels, fanOut, style }) => {
    const lines: string[] = [];
    switch (style) {
      case 'flow':
        lines.push(`l0: &l0 [${Array(fanOut).fill('lol').join(',')}]`);
        for (let level = 1; level <= levels; level++)
          lines.push(
            `l${level}: &l${level} [${Array(fanOut)
              .fill(`*l${level - 1}`)
              .join(',')}]`,
          );
        return lines.join('\n');
      case 'block':
        lines.push('l0: &l0', ...Array(fanOut).fill('  - lol'));
        for (let level = 1; level <= levels; level++) lines.push(`l${level}: &l${level}`, ...Array(fanOut).fill(`  - *l${level - 1}`));
        return lines.join('\n');
      case 'merge':
        lines.push('m0: &m0 {a: 1, b: 2}');
        for (let level = 1; level <= levels; level++)
          lines.push(`m${level}: &m${level}`, ...Array.from({ length: fanOut }, (_, i) => `  k${i}: *m${level - 1}`), `  <<: *m${level - 1}`);
        return lines.join('\n');
      case 'keys':
        lines.push('k0: &k0 [a, b]');
        for (let level = 1; level <= levels; level++)
          lines.push(`k${level}: &k${level} {${Array.from({ length: fanOut }, (_, i) => `? *k${level - 1} : ${i}`).join(', ')}}`);
        return lines.join('\n');
      case 'selfReference':
        return `a: &a [*a, *b]\nb: &b {x: *a, y: *undefined}\n`;
      default:
        lines.push(EXAMPLE_LESSONS[3].trimEnd(), `related: &r0 [GM-0001, GM-0002]`);
        for (let level = 1; level <= levels; level++)
          lines.push(
            `x${level}: &r${level} [${Array(fanOut)
              .fill(`*r${level - 1}`)
              .join(', ')}]`,
          );
        return lines.join('\n');
    }
  });

/** Keys that would pollute prototypes if copied naively, at the root and nested, in lessons and configs. */
export const prototypeKeys: fc.Arbitrary<string> = fc
  .record({
    key: fc.constantFrom('__proto__', 'constructor', 'prototype', '"__proto__"', "'constructor'"),
    where: fc.constantFrom('root', 'adoption', 'locality', 'merge', 'similarity'),
    value: fc.constantFrom('{polluted: yes}', '{prototype: {polluted: yes}}', '[1, 2]', 'yes', '\n    polluted: yes'),
  })
  .map(({ key, where, value }) => {
    switch (where) {
      case 'root':
        return `${EXAMPLE_LESSONS[4]}${key}: ${value}\n`;
      case 'adoption':
        return `${EXAMPLE_LESSONS[4]}adoption:\n  action: replicate\n  lesson: GM-0001\n  ${key}: ${value}\n`;
      case 'locality':
        return `localities:\n  - name: One London\n    prefix: OL\n    ${key}: ${value}\n`;
      case 'merge':
        return `base: &base\n  ${key}: ${value}\nlocalities:\n  - <<: *base\n    name: Leeds\n    prefix: LD\n`;
      default:
        return `similarity:\n  ${key}: ${value}\n  threshold: 0.4\n`;
    }
  });

/** Custom and unusual tags: none may be executed, each must be reported or read as plain data. */
export const customTags: fc.Arbitrary<string> = fc
  .record({
    tag: fc.constantFrom(
      '!!js/function',
      '!!js/undefined',
      '!!js/regexp',
      '!<tag:yaml.org,2002:js/function>',
      '!!python/object/apply:os.system',
      '!foo',
      '!',
      '!!binary',
      '!!set',
      '!!omap',
      '!!pairs',
      '!!timestamp',
      '!!float',
      '!!int',
      '!e!thing',
    ),
    field: fc.constantFrom('title', 'good', 'topics', 'adoption', 'localities'),
    value: fc.constantFrom("'function () { globalThis.pwned = true }'", '/x/g', 'x', '[a, b]', '{a: 1}', '2001-12-14', 'R0lGODlh'),
  })
  .map(({ tag, field, value }) => `${EXAMPLE_LESSONS[5].replace(new RegExp(`^${field}:.*$`, 'm'), '')}${field}: ${tag} ${value}\n`);

/** Every kind of hostile YAML above. */
export const hostileYaml: fc.Arbitrary<string> = fc.oneof(deepNesting, hugeScalar, manyDocuments, aliasBomb, prototypeKeys, customTags);

/** Text a lesson file might hold: anything, damaged real lessons, or deliberately hostile YAML. */
export const lessonFileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: anyText },
  { weight: 3, arbitrary: mutatedLesson },
  { weight: 2, arbitrary: hostileYaml },
);

// ---------------------------------------------------------------- learn-once.yaml

/** Folder values a config may hold, including ways out of the workspace. */
export const folderValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'leeds',
    'lessons/leeds',
    './leeds',
    '../../etc',
    '..',
    'a/../../b',
    'a/..',
    '/etc/passwd',
    '\\\\server\\share',
    '..\\..\\windows',
    'C:\\Windows',
    'c:/temp',
    'D:relative',
    '~/.ssh',
    'a\u0000b',
    'line\nbreak',
    '%2e%2e/x',
    ' ',
    '.',
    'lessons//leeds/',
  ),
  fc.string({ unit: fc.constantFrom('a', '.', '/', '\\', ':', '~', ' ', 'C'), maxLength: 12 }),
);

const localityEntry = fc.record({
  name: fc.oneof(fc.constantFrom('Leeds Care Record', 'One London', '', 'true', '12'), fc.string({ maxLength: 20 })),
  prefix: fc.oneof(fc.constantFrom('LD', 'OL', 'gm', 'TOOLONGPREFIX1', '1X', ''), fc.stringMatching(/^[A-Z][A-Z0-9]{0,3}$/)),
  folder: fc.option(folderValue, { nil: undefined }),
  aliases: fc.option(fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }), { nil: undefined }),
});

/** A learn-once.yaml written field by field, values quoted so they reach the checks as given. */
export const structuredConfig: fc.Arbitrary<string> = fc
  .record({
    localities: fc.array(localityEntry, { maxLength: 5 }),
    topics: fc.array(fc.string({ maxLength: 15 }), { maxLength: 5 }),
    threshold: fc.option(fc.oneof(fc.double({ noNaN: false }), fc.constant(0.5)), { nil: undefined }),
    thesaurus: fc.array(fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }), { maxLength: 3 }),
  })
  .map(({ localities, topics, threshold, thesaurus }) => {
    const lines = ['localities:'];
    for (const entry of localities) {
      lines.push(`  - name: ${JSON.stringify(entry.name)}`, `    prefix: ${JSON.stringify(entry.prefix)}`);
      if (entry.folder !== undefined) lines.push(`    folder: ${JSON.stringify(entry.folder)}`);
      if (entry.aliases) lines.push(`    aliases: ${JSON.stringify(entry.aliases)}`);
    }
    lines.push(`topics: ${JSON.stringify(topics)}`, 'similarity:');
    if (threshold !== undefined)
      lines.push(`  threshold: ${Number.isNaN(threshold) ? '.nan' : threshold === Infinity ? '.inf' : threshold === -Infinity ? '-.inf' : String(threshold)}`);
    lines.push(`  thesaurus: ${JSON.stringify(thesaurus)}`);
    return `${lines.join('\n')}\n`;
  });

/** Text a learn-once.yaml might hold. */
export const configFileText: fc.Arbitrary<string> = fc.oneof(
  anyText,
  { weight: 2, arbitrary: mutatedConfig },
  { weight: 3, arbitrary: structuredConfig },
  hostileYaml,
);

// ---------------------------------------------------------------- index operations

export const INDEX_URIS: readonly string[] = ['a', 'b', 'c', 'd', 'e'].map((name) => `file:///w/${name}.lesson.yaml`);
export const INDEX_IDS: readonly string[] = ['GM-0001', 'GM-0002', 'OL-0001', 'YH-0007'];

export interface FactsShape {
  id?: string;
  title?: string;
  references: { id: string; kind: 'adoption' | 'related'; line: number }[];
  singleFileProblem: boolean;
}

export type IndexOperation = { kind: 'set'; uri: string; facts: FactsShape } | { kind: 'delete'; uri: string };

const factsShape: fc.Arbitrary<FactsShape> = fc.record({
  id: fc.option(fc.constantFrom(...INDEX_IDS), { nil: undefined }),
  title: fc.option(fc.constantFrom('A lesson', 'Another lesson'), { nil: undefined }),
  references: fc.array(
    fc.record({ id: fc.constantFrom(...INDEX_IDS), kind: fc.constantFrom('adoption' as const, 'related' as const), line: fc.nat({ max: 20 }) }),
    { maxLength: 4 },
  ),
  singleFileProblem: fc.boolean(),
});

/** Sequences of adds, replacements and removals over a few files that share a few ids. */
export const indexOperations: fc.Arbitrary<IndexOperation[]> = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('set' as const), uri: fc.constantFrom(...INDEX_URIS), facts: factsShape }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), uri: fc.constantFrom(...INDEX_URIS) }) },
  ),
  { maxLength: 60 },
);

// ---------------------------------------------------------------- new lessons

/** What a person may type as a title or a locality name: one line of anything. */
export const oneLine: fc.Arbitrary<string> = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
    fc.string({ unit: codeUnit, minLength: 1, maxLength: 30 }),
    fc.constantFrom(
      '2025',
      'true',
      'null',
      '~',
      '0x1F',
      '.inf',
      'yes',
      'Leeds: phase 2',
      '# not a comment',
      '- a list?',
      '[draft]',
      '{x}',
      "it's",
      '"quoted"',
      'a ',
      ' a',
      '*alias',
      '&anchor',
      '!tag',
      '@home',
      '`tick`',
      '%done',
      '| block',
      '> fold',
      '? key',
      'a #b',
      'a: b',
      'Tab\there',
      'x\\y',
      '$1 and ${2}',
    ),
  )
  .filter((text) => !/[\r\n\u2028\u2029\u0085]/.test(text));

/** Existing ids for next-free-id: the prefix's own, with any digits, other prefixes and junk. */
export const existingIds: fc.Arbitrary<string[]> = fc.array(
  fc.oneof(
    fc.stringMatching(/^GM-[0-9]{1,6}$/),
    fc.stringMatching(/^GM-[0-9]{15,40}$/),
    fc.stringMatching(/^[A-Z]{1,3}-[0-9]{1,5}$/),
    fc.constantFrom('GM-', 'GM-x', 'GM-0001a', ' GM-0002', 'GM-99999', 'GM-9007199254740993', 'GM-9007199254740992'),
  ),
  { maxLength: 12 },
);

// ---------------------------------------------------------------- lessons for edits

const STAGE_VALUES = [
  'captured',
  'collated',
  'organised',
  'curated',
  'communicated',
  'curatd',
  '"organised"',
  "'collated'",
  'captured # why',
  '',
  'communicated   # last',
];

/**
 * Real lessons in the shapes edits meet: any stage, summary present, empty or missing,
 * comments and blank lines in odd places, other line endings, no final line break,
 * and sometimes a little damage on top.
 */
export const editableLesson: fc.Arbitrary<string> = fc
  .record({
    base: fc.constantFrom(...EXAMPLE_LESSONS),
    stage: fc.constantFrom(...STAGE_VALUES),
    summary: fc.constantFrom('keep', 'remove', 'empty', 'emptyBlock'),
    comments: fc.array(fc.record({ at: fc.nat(), text: fc.constantFrom('# note', '', '   ', '# stage: captured', '  # indented note', '\t# tab') }), {
      maxLength: 4,
    }),
    trailingComment: fc.option(fc.nat(), { nil: undefined }),
    ending: fc.constantFrom('\n', '\n', '\n', '\r\n', '\r'),
    finalBreak: fc.boolean(),
    dropped: fc.subarray(['id', 'locality', 'date', 'topics', 'good', 'improvements', 'adoption', 'related', 'contact']),
    references: fc.constantFrom(
      '',
      'adoption: {action: replicate, lesson: GN-0001}\n',
      'adoption:\n',
      'adoption: GN-0001\n',
      'adoption:\n  action: enhance\n',
      'related:\n',
      'related: [GM-0001]\n',
      'related:\n  - GM-0001\n  - "OL-0003"  # quoted\n',
      'related: []\n',
    ),
    damage: fc.array(mutation, { maxLength: 2 }),
    damaged: fc.boolean(),
  })
  .map(({ base, stage, summary, comments, trailingComment, ending, finalBreak, dropped, references, damage, damaged }) => {
    let text = base.replace(/^stage:.*$/m, `stage: ${stage}`);
    const block = (key: string): RegExp => new RegExp(`^${key}:.*\\n(?:(?:[ \\t]+.*)?\\n)*`, 'm');
    if (summary === 'remove') text = text.replace(block('summary'), '');
    if (summary === 'empty') text = text.replace(block('summary'), 'summary:\n');
    if (summary === 'emptyBlock') text = text.replace(block('summary'), 'summary: |\n');
    for (const key of dropped) text = text.replace(block(key), '');
    if (references) text = `${text.replace(block(references.slice(0, references.indexOf(':'))), '')}${references}`;
    const lines = text.replace(/\n$/, '').split('\n');
    for (const comment of comments) lines.splice(comment.at % (lines.length + 1), 0, comment.text);
    if (trailingComment !== undefined) {
      const at = trailingComment % lines.length;
      if (!lines[at].includes('#')) lines[at] = `${lines[at]}  # trailing`;
    }
    text = lines.join(ending) + (finalBreak ? ending : '');
    return damaged ? damage.reduce(applyMutation, text) : text;
  });
