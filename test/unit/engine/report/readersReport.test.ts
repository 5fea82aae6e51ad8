import * as assert from 'node:assert/strict';
import { communicated, entry, readersReport } from './reportFixtures';

/**
 * GN-0001 (communicated) was replicated by DC-0002 and customised by LD-0004; DC-0002
 * (communicated) was enhanced by LD-0003, which also customised GN-0001 (so Leeds adopted
 * GN-0001 twice). WX-0001 is communicated and nobody reused it.
 */
const CHAIN = [
  communicated('GN-0001.lesson.yaml', {
    id: 'GN-0001',
    locality: 'GNCR',
    date: '2023-01-01',
    summary: 'Champions doubled use.',
    outcome: 'Use of the record doubled in a year.',
    artefacts: '[artefacts/champion-pack.md, HTTPS://example.org/champions]',
    contact: 'champions@nhs.net',
    topics: '[training, information governance]',
  }),
  communicated('DC-0002.lesson.yaml', {
    id: 'DC-0002',
    locality: 'Dorset Care Record',
    date: '2024-01-01',
    adoption: '{action: replicate, lesson: GN-0001, status: live, date: 2024-03-01, outcome: Weekly log-ins up 80%.}',
    topics: '[Training]',
  }),
  entry('LD-0003.lesson.yaml', {
    id: 'LD-0003',
    locality: 'leeds care record',
    stage: 'organised',
    date: '2025-01-01',
    adoption: '[{action: enhance, lesson: DC-0002, status: in-progress}, {action: customise, lesson: GN-0001, status: planned, date: 2025-02-01}]',
  }),
  entry('LD-0004.lesson.yaml', {
    id: 'LD-0004',
    locality: 'Leeds Care Record',
    stage: 'captured',
    date: '2025-03-01',
    adoption: '{action: customise, lesson: GN-0001, outcome: Nine care homes signed up.}',
  }),
  communicated('WX-0001.lesson.yaml', { id: 'WX-0001', locality: 'Wessex Care Records', date: '2024-06-01', topics: '[data sharing]' }),
];

describe('engine: readers report', () => {
  it('holds communicated lessons only, by locality then id, and says which ids have an entry', () => {
    const report = readersReport(CHAIN);
    assert.equal(report.kind, 'readers');
    assert.deepEqual(
      report.entries.map((e) => e.lesson.id),
      ['DC-0002', 'GN-0001', 'WX-0001'],
    );
    assert.deepEqual(report.entryIds, ['DC-0002', 'GN-0001', 'WX-0001']);
    assert.equal(report.totals.lessons, 3);
    assert.equal(report.totals.localities, 3);
  });

  it('headline: N communicated lessons, M adoptions of them, K adopting localities other than the origin', () => {
    // GN-0001: DC-0002, LD-0003, LD-0004 (3); DC-0002: LD-0003 (1); WX-0001: none. Localities: Dorset, Leeds.
    assert.deepEqual(readersReport(CHAIN).headline, { lessons: 3, adoptions: 4, localities: 2 });
  });

  it('an adoption by a lesson of the same locality counts as an adoption but not as another locality', () => {
    const report = readersReport([
      communicated('a.lesson.yaml', { id: 'LD-0001', locality: 'Leeds Care Record' }),
      entry('b.lesson.yaml', { id: 'LD-0002', locality: 'Leeds Care Record', adoption: '{action: replicate, lesson: LD-0001}' }),
    ]);
    assert.deepEqual(report.headline, { lessons: 1, adoptions: 1, localities: 0 });
  });

  it("gives each lesson's adoption history: every adopting lesson with locality, action, status, date and outcome", () => {
    const gn = readersReport(CHAIN).entries.find((e) => e.lesson.id === 'GN-0001')!;
    assert.deepEqual(
      gn.adoptions.map((a) => [a.by.id, a.by.locality, a.by.stage, a.action, a.status, a.date, a.outcome]),
      [
        ['DC-0002', 'Dorset Care Record', 'communicated', 'replicate', 'live', '2024-03-01', 'Weekly log-ins up 80%.'],
        ['LD-0003', 'Leeds Care Record', 'organised', 'customise', 'planned', '2025-02-01', undefined],
        ['LD-0004', 'Leeds Care Record', 'captured', 'customise', undefined, undefined, 'Nine care homes signed up.'],
      ],
    );
    assert.deepEqual(gn.reached, ['Dorset Care Record', 'Leeds Care Record']);
    const dc = readersReport(CHAIN).entries.find((e) => e.lesson.id === 'DC-0002')!;
    assert.deepEqual(
      dc.adoptions.map((a) => `${a.action} by ${a.by.id} (${a.status})`),
      ['enhance by LD-0003 (in-progress)'],
    );
    assert.deepEqual(dc.builtOn, [{ id: 'GN-0001', action: 'replicate' }]);
    assert.deepEqual(readersReport(CHAIN).entries.find((e) => e.lesson.id === 'WX-0001')!.adoptions, []);
  });

  it('follows chains for the localities a solution reached, and survives an adoption loop', () => {
    const report = readersReport([
      communicated('a.lesson.yaml', { id: 'GN-0001', locality: 'Great North Care Record', adoption: '{action: replicate, lesson: WX-0001}' }),
      communicated('b.lesson.yaml', { id: 'DC-0001', locality: 'Dorset Care Record', adoption: '{action: replicate, lesson: GN-0001}' }),
      entry('c.lesson.yaml', { id: 'WX-0001', locality: 'Wessex Care Records', adoption: '{action: enhance, lesson: DC-0001}' }),
    ]);
    assert.deepEqual(report.entries.find((e) => e.lesson.id === 'GN-0001')!.reached, ['Dorset Care Record', 'Wessex Care Records']);
  });

  it("lists the outcomes reported: each lesson's outcome, then its adoptions' outcomes, in the entries' order", () => {
    const outcomes = readersReport(CHAIN).outcomes.map((o) =>
      o.kind === 'lesson' ? `${o.lesson.id}: ${o.text}` : `${o.adoption.by.id} ${o.adoption.action} ${o.adopted.id}: ${o.text}`,
    );
    assert.deepEqual(outcomes, [
      'GN-0001: Use of the record doubled in a year.',
      'DC-0002 replicate GN-0001: Weekly log-ins up 80%.',
      'LD-0004 customise GN-0001: Nine care homes signed up.',
    ]);
  });

  it('an entry has the summary, improvements, outcome, artefacts (links told from paths), contact and topics', () => {
    const gn = readersReport(CHAIN).entries.find((e) => e.lesson.id === 'GN-0001')!;
    assert.equal(gn.summary, 'Champions doubled use.');
    assert.equal(gn.improvements, 'Agree one sign-off route before drafting starts.');
    assert.equal(gn.outcome, 'Use of the record doubled in a year.');
    assert.deepEqual(gn.artefacts, [
      { target: 'artefacts/champion-pack.md', isLink: false },
      { target: 'HTTPS://example.org/champions', isLink: true },
    ]);
    assert.equal(gn.contact, 'champions@nhs.net');
    assert.deepEqual(gn.topics, ['training', 'information governance']);
    assert.equal(gn.lesson.locality, 'Great North Care Record', 'an alias is named by its locality');
  });

  it('an adopting lesson the audience may not see, or holding an NHS number, is in no history and no count', () => {
    const lessons = [
      communicated('a.lesson.yaml', { id: 'GN-0001', locality: 'Great North Care Record', sensitivity: 'public' }),
      entry('b.lesson.yaml', { id: 'DC-0001', locality: 'Dorset Care Record', adoption: '{action: replicate, lesson: GN-0001, outcome: Secret detail.}' }),
      entry('c.lesson.yaml', { id: 'WX-0001', locality: 'Wessex Care Records', sensitivity: 'public', adoption: '{action: enhance, lesson: GN-0001}' }),
      entry('d.lesson.yaml', { id: 'LD-0001', locality: 'Leeds Care Record', sensitivity: 'public', adoption: '{action: customise, lesson: GN-0001}' }),
    ];
    const forPublic = readersReport(lessons, { audience: 'public', withheld: new Set(['file:///ws/d.lesson.yaml']) });
    assert.deepEqual(
      forPublic.entries[0].adoptions.map((a) => a.by.id),
      ['WX-0001'],
    );
    assert.deepEqual(forPublic.headline, { lessons: 1, adoptions: 1, localities: 1 });
    assert.deepEqual(forPublic.outcomes, []);
    assert.deepEqual(
      readersReport(lessons).entries[0].adoptions.map((a) => a.by.id),
      ['DC-0001', 'LD-0001', 'WX-0001'],
    );
  });

  it('counts as left out only communicated lessons it would otherwise hold', () => {
    const report = readersReport(
      [
        communicated('a.lesson.yaml', { id: 'WX-0001', locality: 'Wessex Care Records' }),
        communicated('b.lesson.yaml', { id: 'WX-0002', locality: 'Wessex Care Records', sensitivity: 'restricted' }),
        communicated('c.lesson.yaml', { id: 'WX-0003', locality: 'Wessex Care Records' }),
        entry('d.lesson.yaml', { id: 'WX-0004', locality: 'Wessex Care Records', stage: 'captured', sensitivity: 'restricted' }),
        entry('e.lesson.yaml', { id: 'WX-0005', locality: 'Wessex Care Records', stage: 'captured' }),
      ],
      { withheld: new Set(['file:///ws/c.lesson.yaml', 'file:///ws/e.lesson.yaml']) },
    );
    assert.deepEqual(
      report.entries.map((e) => e.lesson.id),
      ['WX-0001'],
    );
    assert.deepEqual(report.totals.leftOut, { sensitivity: 1, nhsNumber: 1 });
    assert.equal(report.totals.filteredOut, 0);
  });

  it('groups the topics of its lessons ignoring case, spelt as the topic list spells them, most written-about first', () => {
    assert.deepEqual(
      readersReport(CHAIN).topics.map((t) => [t.topic, t.lessons.map((l) => l.id), t.localities]),
      [
        ['training', ['DC-0002', 'GN-0001'], 2],
        ['data sharing', ['WX-0001'], 1],
        ['Information Governance', ['GN-0001'], 1],
      ],
    );
  });

  it('when two lessons share an id, adoptions of it are counted once, under the first', () => {
    const report = readersReport([
      communicated('a.lesson.yaml', { id: 'GN-0001', locality: 'Great North Care Record' }),
      communicated('b.lesson.yaml', { id: 'GN-0001', locality: 'Great North Care Record', title: 'The same id again' }),
      entry('c.lesson.yaml', { id: 'DC-0001', locality: 'Dorset Care Record', adoption: '{action: replicate, lesson: GN-0001}' }),
    ]);
    assert.deepEqual(
      report.entries.map((e) => e.adoptions.length),
      [1, 0],
    );
    assert.deepEqual(report.entryIds, ['GN-0001']);
    assert.equal(report.headline.adoptions, 1);
  });
});
