import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG, parseWorkspaceConfig, type WorkspaceConfig } from '../../../../server/src/engine/config/workspaceConfig';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';
import { buildCatalogueReport, NO_LOCALITY, type CatalogueInput, type SimilarPair } from '../../../../server/src/engine/report/catalogueReport';
import { lesson, TODAY } from '../../support/lessons';

const CONFIG: WorkspaceConfig = parseWorkspaceConfig(`localities:
  - {name: Great North Care Record, prefix: GN, aliases: [GNCR]}
  - {name: Dorset Care Record, prefix: DC}
  - {name: Leeds Care Record, prefix: LD}
  - {name: Wessex Care Records, prefix: WX}
topics: [Information Governance, training]
`).config;

/** A lesson at a uri, analysed as the workspace would. */
function entry(file: string, overrides: Record<string, string | undefined>): { uri: string; facts: ReturnType<typeof analyzeLesson>['facts'] } {
  return { uri: `file:///ws/${file}`, facts: analyzeLesson(lesson(overrides), { config: CONFIG, today: TODAY }).facts };
}

function report(lessons: CatalogueInput['lessons'], extra: Partial<CatalogueInput> = {}) {
  return buildCatalogueReport({ title: 'ws', lessons, config: CONFIG, today: TODAY, ...extra });
}

const CHAIN = [
  entry('GN-0001.lesson.yaml', { id: 'GN-0001', locality: 'Great North Care Record', stage: 'curated', summary: 'Champions doubled use.', topics: '[training, information governance]' }),
  entry('DC-0002.lesson.yaml', { id: 'DC-0002', locality: 'Dorset Care Record', stage: 'communicated', summary: 'Replicated like for like.', adoption: '{action: replicate, lesson: GN-0001}', topics: '[Training]' }),
  entry('LD-0003.lesson.yaml', { id: 'LD-0003', locality: 'leeds care record', stage: 'organised', adoption: '{action: enhance, lesson: DC-0002}', topics: '[training]' }),
  entry('LD-0004.lesson.yaml', { id: 'LD-0004', locality: 'Leeds Care Record', stage: 'captured', adoption: '{action: customise, lesson: GN-0001}' }),
];

describe('engine: catalogue report', () => {
  it('counts lessons per locality and stage: configured localities in order (empty ones too), unknown ones after, by name', () => {
    const built = report([
      ...CHAIN,
      entry('X-1.lesson.yaml', { id: 'XX-0001', locality: 'Atlantis Record', stage: 'captured' }),
      entry('X-2.lesson.yaml', { id: 'XX-0002', locality: undefined, stage: 'bogus' }),
    ]);
    assert.deepEqual(
      built.localities.map((row) => [row.locality, row.prefix, row.total, row.noStage, row.byStage.captured, row.byStage.curated]),
      [
        ['Great North Care Record', 'GN', 1, 0, 0, 1],
        ['Dorset Care Record', 'DC', 1, 0, 0, 0],
        ['Leeds Care Record', 'LD', 2, 0, 1, 0],
        ['Wessex Care Records', 'WX', 0, 0, 0, 0],
        [NO_LOCALITY, undefined, 1, 1, 0, 0],
        ['Atlantis Record', undefined, 1, 0, 1, 0],
      ],
    );
    assert.deepEqual(built.stageTotals, { captured: 2, collated: 0, organised: 1, curated: 1, communicated: 1 });
    assert.equal(built.totals.lessons, 6);
    assert.equal(built.totals.localities, 5, 'localities with at least one lesson');
  });

  it('with the built-in localities, only localities that have lessons get a row', () => {
    const built = buildCatalogueReport({ title: 'ws', lessons: [entry('a.lesson.yaml', { id: 'GM-0001' })], config: DEFAULT_CONFIG, today: TODAY });
    assert.deepEqual(built.localities.map((row) => row.locality), ['Greater Manchester Care Record']);
  });

  it('groups topics ignoring case, spelt as the config spells them, most lessons first', () => {
    const built = report(CHAIN);
    assert.deepEqual(
      built.topics.map((topic) => [topic.topic, topic.lessons.map((l) => l.id), topic.localities]),
      [
        ['training', ['DC-0002', 'GN-0001', 'LD-0003'], 3],
        ['Information Governance', ['GN-0001', 'LD-0004'], 2],
        ['data sharing', ['LD-0004'], 1],
      ],
    );
  });

  it('follows adoption chains: each adopted lesson, who adopted it how, and every locality it reached', () => {
    const built = report(CHAIN);
    assert.deepEqual(built.adoptionsByAction, { replicate: 1, customise: 1, enhance: 1 });
    assert.deepEqual(
      built.reuse.map((group) => [group.original.id, group.adoptions.map((a) => `${a.action} ${a.lesson.id}`), group.reached]),
      [
        ['GN-0001', ['replicate DC-0002', 'customise LD-0004'], ['Dorset Care Record', 'Leeds Care Record']],
        ['DC-0002', ['enhance LD-0003'], ['Leeds Care Record']],
      ],
    );
  });

  it('names an adopted lesson missing from the workspace by its id, and survives an adoption loop', () => {
    const built = report([
      entry('a.lesson.yaml', { id: 'DC-0001', locality: 'Dorset Care Record', adoption: '{action: replicate, lesson: DC-0002}' }),
      entry('b.lesson.yaml', { id: 'DC-0002', locality: 'Dorset Care Record', adoption: '{action: replicate, lesson: DC-0001}' }),
      entry('c.lesson.yaml', { id: 'WX-0001', locality: 'Wessex Care Records', adoption: '{action: enhance, lesson: ZZ-0404}' }),
    ]);
    const missing = built.reuse.find((group) => group.original.id === 'ZZ-0404')!;
    assert.equal(missing.original.uri, undefined);
    assert.deepEqual(missing.reached, ['Wessex Care Records']);
    assert.deepEqual(built.reuse.find((group) => group.original.id === 'DC-0001')!.reached, [], 'same locality is not "reached"');
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
    const built = report(lessons, { similarPairs: pairs });
    assert.deepEqual(
      built.unlinkedClusters!.map((cluster) => [cluster.lessons.map((l) => l.id), cluster.localities, cluster.bestScore]),
      [
        [['WX-0001', 'WX-0002'], ['Wessex Care Records'], 0.9],
        [['DC-0001', 'GN-0001', 'LD-0001'], ['Dorset Care Record', 'Great North Care Record', 'Leeds Care Record'], 0.5],
      ],
    );
    assert.equal(built.totals.notRead, 1, 'a file with no id is counted as not read, not as a lesson');
    assert.equal(report(lessons).unlinkedClusters, undefined, 'no pairs given: similarity was not computed');
  });

  it('a chain of lessons that each resemble the next does not become one group', () => {
    const lessons = Array.from({ length: 6 }, (_, i) => entry(`${i}.lesson.yaml`, { id: `WX-000${i}`, locality: 'Wessex Care Records' }));
    const chain: SimilarPair[] = lessons.slice(1).map((lesson, i) => ({ a: lessons[i].uri, b: lesson.uri, score: 0.9 - i * 0.01 }));
    const built = report(lessons, { similarPairs: chain });
    assert.ok(built.unlinkedClusters!.every((cluster) => cluster.lessons.length === 2), JSON.stringify(built.unlinkedClusters!.map((c) => c.lessons.map((l) => l.id))));
    assert.deepEqual(built.unlinkedClusters!.map((cluster) => cluster.lessons.map((l) => l.id)), [['WX-0000', 'WX-0001'], ['WX-0002', 'WX-0003'], ['WX-0004', 'WX-0005']]);
  });

  it('lists curated and communicated lessons with their summaries, communicated first, empty summaries kept', () => {
    const built = report([...CHAIN, entry('WX-0009.lesson.yaml', { id: 'WX-0009', locality: 'Wessex Care Records', stage: 'curated' })]);
    assert.deepEqual(
      built.summaries.map((s) => [s.lesson.id, s.lesson.stage, s.summary]),
      [
        ['DC-0002', 'communicated', 'Replicated like for like.'],
        ['GN-0001', 'curated', 'Champions doubled use.'],
        ['WX-0009', 'curated', ''],
      ],
    );
  });
});
