import * as assert from 'node:assert/strict';
import { DEFAULT_LOCALITIES } from '../../../../server/src/engine/config/defaultLocalities';
import { findLocality, findLocalityAsGiven, isSafeRelativeFolder, parseWorkspaceConfig } from '../../../../server/src/engine/config/workspaceConfig';

describe('workspace config (learn-once.yaml)', () => {
  it('falls back to the built-in shared care records when empty', () => {
    const { config, problems } = parseWorkspaceConfig('');
    assert.deepEqual(problems, []);
    assert.equal(config.usesDefaultLocalities, true);
    const names = config.localities.map((l) => l.name);
    for (const name of [
      'Greater Manchester Care Record',
      'One London',
      'Yorkshire & Humber Care Record',
      'Leeds Care Record',
      'Wessex Care Records',
      'CHIE (Hampshire)',
      'Dorset Care Record',
      'Thames Valley & Surrey Care Record',
      'Oxford Care Record',
      'Cheshire & Merseyside Share2Care',
      'Lancashire & South Cumbria',
      'Great North Care Record',
      'Connecting Care (Bristol)',
    ]) {
      assert.ok(names.includes(name), name);
    }
    assert.equal(new Set(DEFAULT_LOCALITIES.map((l) => l.prefix)).size, DEFAULT_LOCALITIES.length, 'prefixes are unique');
  });

  it('reads localities, aliases, folders, topics and similarity settings', () => {
    const { config, problems } = parseWorkspaceConfig(
      [
        'localities:',
        '  - name: Wessex Care Records',
        '    prefix: WX',
        '    aliases: [Wessex]',
        '    folder: wessex',
        'topics: [consent]',
        'similarity:',
        '  threshold: 0.4',
        '  thesaurus:',
        '    - [ICB, integrated care board]',
      ].join('\n'),
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(config.localities, [{ name: 'Wessex Care Records', prefix: 'WX', aliases: ['Wessex'], folder: 'wessex' }]);
    assert.deepEqual(config.topics, ['consent']);
    assert.deepEqual(config.similarity, { threshold: 0.4, thesaurus: [['ICB', 'integrated care board']] });
    assert.equal(findLocality(config, 'wessex')?.prefix, 'WX');
  });

  it('finds a locality as a person filtering names it: name, alias or id prefix, any case', () => {
    const { config } = parseWorkspaceConfig(
      'localities:\n  - {name: Leeds Care Record, prefix: LD, aliases: [LCR]}\n  - {name: Wessex Care Records, prefix: WX}\n',
    );
    for (const given of ['Leeds Care Record', ' leeds care record ', 'LCR', 'lcr', 'LD', 'ld'])
      assert.equal(findLocalityAsGiven(config, given)?.name, 'Leeds Care Record', given);
    assert.equal(findLocalityAsGiven(config, 'L'), undefined);
    assert.equal(findLocalityAsGiven(config, ''), undefined);
  });

  it('gives a name two localities claim to the first of them, and reads each new config afresh', () => {
    const { config } = parseWorkspaceConfig("localities:\n  - {name: Leeds Care Record, prefix: LD, aliases: [' Shared ']}\n  - {name: Shared, prefix: SH}\n");
    assert.equal(findLocality(config, 'shared')?.prefix, 'LD');
    const { config: reordered } = parseWorkspaceConfig(
      'localities:\n  - {name: Shared, prefix: SH}\n  - {name: Leeds Care Record, prefix: LD, aliases: [Shared]}\n',
    );
    assert.equal(findLocality(reordered, ' SHARED ')?.prefix, 'SH');
    assert.equal(findLocality(reordered, 'Leeds'), undefined);
  });

  it('reports config problems at their place and keeps the valid parts', () => {
    const { config, problems } = parseWorkspaceConfig(
      ['localities:', '  - name: Wessex Care Records', '    prefix: wx', '  - name: Dorset Care Record', '    prefix: DC', 'colour: blue'].join('\n'),
    );
    assert.deepEqual(
      problems.map((p) => [p.code, p.range.start.line, p.message]).sort((a, b) => Number(a[1]) - Number(b[1])),
      [
        ['config-error', 2, 'prefix must be capital letters or digits starting with a letter, e.g. GM'],
        ['config-error', 5, "Unknown field 'colour'. learn-once.yaml takes: localities, topics, similarity, identifiableData, curators, contactPolicy."],
      ],
    );
    assert.deepEqual(
      config.localities.map((l) => l.prefix),
      ['DC'],
    );
  });

  it('reads the curators, trimmed, and none when learn-once.yaml names none', () => {
    const { config, problems } = parseWorkspaceConfig('curators: [Priya Shah, " Tom Okafor "]\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(config.curators, ['Priya Shah', 'Tom Okafor']);
    assert.deepEqual(parseWorkspaceConfig('topics: [consent]\n').config.curators, []);
    assert.deepEqual(parseWorkspaceConfig('').config.curators, []);
  });

  it('reports a bad curator entry at its place and keeps the others', () => {
    const { config, problems } = parseWorkspaceConfig(['curators:', '  - Priya Shah', '  - 42', '  - ""', '  - Priya Shah'].join('\n'));
    assert.deepEqual(
      problems.map((p) => [p.code, p.range.start.line, p.range.start.character, p.range.end.character, p.message]),
      [
        ['config-error', 2, 4, 6, 'curators item 2 must be text, not the number 42'],
        ['config-error', 3, 4, 6, 'curators item 3 must not be empty'],
        ['config-error', 4, 4, 14, "'Priya Shah' is listed twice in curators (items 1 and 4); keep one."],
      ],
    );
    assert.deepEqual(config.curators, ['Priya Shah', 'Priya Shah']);
  });

  it('reports curators that are not a list', () => {
    const { config, problems } = parseWorkspaceConfig('curators: Priya Shah\n');
    assert.deepEqual(
      problems.map((p) => [p.code, p.range.start.line, p.range.start.character, p.message]),
      [['config-error', 0, 10, 'curators must be a list, not text']],
    );
    assert.deepEqual(config.curators, []);
  });

  it('never lets a locality folder point outside the workspace', () => {
    assert.equal(isSafeRelativeFolder('wessex/lessons'), true);
    for (const bad of ['../elsewhere', 'a/../../b', '/etc', 'C:\\Windows', '\\\\server\\share']) assert.equal(isSafeRelativeFolder(bad), false, bad);
    const { config } = parseWorkspaceConfig('localities:\n  - name: X Care Record\n    prefix: XC\n    folder: ../../etc\n');
    assert.equal(config.localities[0].folder, 'x-care-record');
  });
});
