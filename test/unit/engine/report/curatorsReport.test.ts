import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG, parseWorkspaceConfig } from '../../../../server/src/engine/config/workspaceConfig';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';
import { buildCatalogueReport, NO_LOCALITY, type SimilarPair } from '../../../../server/src/engine/report/catalogueReport';
import { TODAY } from '../../support/lessons';
import { CONFIG, curatorsReport, entry } from './reportFixtures';

const PIPELINE = [
  entry('GN-0001.lesson.yaml', {
    id: 'GN-0001',
    locality: 'Great North Care Record',
    stage: 'curated',
    reviewed_by: 'priya shah',
    reviewed_on: '2025-01-02',
    summary: 'S.',
  }),
  entry('GN-0002.lesson.yaml', { id: 'GN-0002', locality: 'Great North Care Record', stage: 'captured', date: '2025-06-01' }),
  entry('DC-0001.lesson.yaml', { id: 'DC-0001', locality: 'Dorset Care Record', stage: 'captured', date: '2024-02-01' }),
  entry('DC-0002.lesson.yaml', { id: 'DC-0002', locality: 'Dorset Care Record', stage: 'captured', date: undefined }),
  entry('LD-0001.lesson.yaml', { id: 'LD-0001', locality: 'Leeds Care Record', stage: 'communicated', summary: 'S.' }),
  entry('LD-0002.lesson.yaml', {
    id: 'LD-0002',
    locality: 'Leeds Care Record',
    stage: 'curated',
    reviewed_by: 'Someone Else',
    reviewed_on: '2025-01-02',
    summary: 'S.',
  }),
  entry('LD-0003.lesson.yaml', { id: 'LD-0003', locality: 'Leeds Care Record', stage: 'communicated', reviewed_by: 'Priya Shah', summary: 'S.' }),
  entry('WX-0001.lesson.yaml', { id: 'WX-0001', locality: 'Wessex Care Records', stage: 'organised', topics: '[trainng, Ambulance]' }),
  entry('WX-0002.lesson.yaml', { id: 'WX-0002', locality: 'Wessex Care Records', stage: 'bogus', topics: '[ambulance, data sharing]' }),
];

describe('engine: curators report', () => {
  it('counts lessons per locality and stage: configured localities in order (empty ones too), unknown ones after, by name', () => {
    const report = curatorsReport([
      ...PIPELINE.slice(0, 2),
      entry('X-1.lesson.yaml', { id: 'XX-0001', locality: 'Atlantis Record', stage: 'captured' }),
      entry('X-2.lesson.yaml', { id: 'XX-0002', locality: undefined, stage: 'bogus' }),
    ]);
    assert.deepEqual(
      report.localities.map((row) => [row.locality, row.prefix, row.total, row.noStage, row.byStage.captured, row.byStage.curated]),
      [
        ['Great North Care Record', 'GN', 2, 0, 1, 1],
        ['Dorset Care Record', 'DC', 0, 0, 0, 0],
        ['Leeds Care Record', 'LD', 0, 0, 0, 0],
        ['Wessex Care Records', 'WX', 0, 0, 0, 0],
        [NO_LOCALITY, undefined, 1, 1, 0, 0],
        ['Atlantis Record', undefined, 1, 0, 1, 0],
      ],
    );
    assert.deepEqual(report.stageTotals, { captured: 2, collated: 0, organised: 0, curated: 1, communicated: 0 });
    assert.equal(report.totals.lessons, 4);
    assert.equal(report.totals.localities, 3, 'localities with at least one lesson');
  });

  it('with the built-in localities, only localities that have lessons get a row', () => {
    const facts = analyzeLesson('id: GM-0001\nlocality: Greater Manchester Care Record\n', { config: DEFAULT_CONFIG, today: TODAY }).facts;
    const report = buildCatalogueReport({
      title: 'ws',
      lessons: [{ uri: 'file:///ws/a.lesson.yaml', facts }],
      config: DEFAULT_CONFIG,
      today: TODAY,
      audience: 'curators',
    });
    assert.equal(report.kind, 'curators');
    if (report.kind === 'curators')
      assert.deepEqual(
        report.localities.map((row) => row.locality),
        ['Greater Manchester Care Record'],
      );
  });

  it('lists the backlog: each stage before communicated, oldest first (undated last), then lessons with no valid stage', () => {
    const report = curatorsReport(PIPELINE);
    assert.deepEqual(
      report.backlog.map((stage) => [stage.stage ?? 'none', stage.lessons.map((lesson) => lesson.id)]),
      [
        ['captured', ['DC-0001', 'GN-0002', 'DC-0002']],
        ['collated', []],
        ['organised', ['WX-0001']],
        ['curated', ['GN-0001', 'LD-0002']],
        ['none', ['WX-0002']],
      ],
    );
  });

  it('lists the curated and communicated lessons waiting for a review, with what each lacks, communicated first', () => {
    const { review } = curatorsReport(PIPELINE);
    assert.deepEqual(review.curators, ['Priya Shah']);
    assert.deepEqual(
      review.waiting.map((waiting) => [waiting.lesson.id, waiting.gaps]),
      [
        ['LD-0001', [{ kind: 'no-reviewer' }, { kind: 'no-date' }]],
        ['LD-0003', [{ kind: 'no-date' }]],
        ['LD-0002', [{ kind: 'not-a-curator', reviewer: 'Someone Else' }]],
      ],
    );
  });

  it('asks for no review when the workspace names no curators', () => {
    const noCurators = parseWorkspaceConfig('localities:\n  - {name: Leeds Care Record, prefix: LD}\n').config;
    const lessons = [entry('a.lesson.yaml', { id: 'LD-0001', locality: 'Leeds Care Record', stage: 'communicated', summary: 'S.' }, noCurators)];
    const report = buildCatalogueReport({ title: 'ws', lessons, config: noCurators, today: TODAY, audience: 'curators' });
    assert.ok(report.kind === 'curators');
    assert.deepEqual(report.review, { curators: [], waiting: [] });
  });

  it('gives each entry where it is first listed: the backlog, then communicated lessons waiting for review', () => {
    assert.deepEqual(curatorsReport(PIPELINE).entryIds, ['DC-0001', 'GN-0002', 'DC-0002', 'WX-0001', 'GN-0001', 'LD-0002', 'WX-0002', 'LD-0001', 'LD-0003']);
  });

  it('lists topics outside the topic list, any case as one, most used first, with the nearest listed term', () => {
    const { unknownTopics } = curatorsReport(PIPELINE);
    assert.equal(unknownTopics.listed, true);
    assert.deepEqual(
      unknownTopics.topics.map((topic) => [topic.topic, topic.lessons.map((lesson) => lesson.id), topic.nearest]),
      [
        ['Ambulance', ['WX-0001', 'WX-0002'], undefined],
        ['trainng', ['WX-0001'], 'training'],
      ],
    );
  });

  it('has no unknown topics without a topic list', () => {
    const noTopics = parseWorkspaceConfig('localities:\n  - {name: Wessex Care Records, prefix: WX}\n').config;
    const lessons = [entry('a.lesson.yaml', { id: 'WX-0001', locality: 'Wessex Care Records', topics: '[anything at all]' }, noTopics)];
    const report = buildCatalogueReport({ title: 'ws', lessons, config: noTopics, today: TODAY, audience: 'curators' });
    assert.ok(report.kind === 'curators');
    assert.deepEqual(report.unknownTopics, { listed: false, topics: [] });
  });

  it('groups unlinked similar pairs so that every two lessons of a group are a pair, strongest groups first', () => {
    const lessons = [
      entry('a.lesson.yaml', { id: 'GN-0001', locality: 'GNCR' }),
      entry('b.lesson.yaml', { id: 'DC-0001', locality: 'Dorset Care Record' }),
      entry('c.lesson.yaml', { id: 'LD-0001', locality: 'Leeds Care Record' }),
      entry('d.lesson.yaml', { id: 'WX-0001', locality: 'Wessex Care Records' }),
      entry('e.lesson.yaml', { id: 'WX-0002', locality: 'Wessex Care Records' }),
      entry('f.lesson.yaml', { id: 'WX-0003', locality: 'Wessex Care Records' }),
      { uri: 'file:///ws/broken.lesson.yaml', facts: analyzeLesson('{', { config: CONFIG, today: TODAY }).facts },
    ];
    const pair = (a: string, b: string, score: number): SimilarPair => ({ a: `file:///ws/${a}.lesson.yaml`, b: `file:///ws/${b}.lesson.yaml`, score });
    const pairs: SimilarPair[] = [
      pair('a', 'b', 0.5),
      pair('b', 'c', 0.4),
      pair('a', 'c', 0.45),
      // f resembles c only: it does not join a group whose other lessons it does not resemble.
      pair('c', 'f', 0.42),
      pair('d', 'e', 0.9),
      pair('e', 'broken', 0.8),
    ];
    const report = curatorsReport(lessons, { similarPairs: pairs });
    assert.deepEqual(
      report.unlinkedClusters!.map((cluster) => [cluster.lessons.map((l) => l.id), cluster.localities, cluster.bestScore]),
      [
        [['WX-0001', 'WX-0002'], ['Wessex Care Records'], 0.9],
        [['DC-0001', 'GN-0001', 'LD-0001'], ['Dorset Care Record', 'Great North Care Record', 'Leeds Care Record'], 0.5],
      ],
    );
    assert.equal(report.totals.notRead, 1, 'a file with no id is counted as not read, not as a lesson');
    assert.equal(curatorsReport(lessons).unlinkedClusters, undefined, 'no pairs given: similarity was not computed');
  });

  it('a chain of lessons that each resemble the next does not become one group', () => {
    const lessons = Array.from({ length: 6 }, (_, i) => entry(`${i}.lesson.yaml`, { id: `WX-000${i}`, locality: 'Wessex Care Records' }));
    const chain: SimilarPair[] = lessons.slice(1).map((lesson, i) => ({ a: lessons[i].uri, b: lesson.uri, score: 0.9 - i * 0.01 }));
    const report = curatorsReport(lessons, { similarPairs: chain });
    assert.deepEqual(
      report.unlinkedClusters!.map((cluster) => cluster.lessons.map((l) => l.id)),
      [
        ['WX-0000', 'WX-0001'],
        ['WX-0002', 'WX-0003'],
        ['WX-0004', 'WX-0005'],
      ],
    );
  });

  it('sees restricted lessons, never one holding an NHS number', () => {
    const report = curatorsReport(
      [
        entry('a.lesson.yaml', { id: 'WX-0001', locality: 'Wessex Care Records', sensitivity: 'restricted' }),
        entry('b.lesson.yaml', { id: 'WX-0002', locality: 'Wessex Care Records' }),
      ],
      { withheld: new Set(['file:///ws/b.lesson.yaml']) },
    );
    assert.deepEqual(
      report.backlog[0].lessons.map((lesson) => lesson.id),
      ['WX-0001'],
    );
    assert.deepEqual(report.totals.leftOut, { sensitivity: 0, nhsNumber: 1 });
  });
});
