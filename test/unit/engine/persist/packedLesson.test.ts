import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../../../server/src/engine/config/workspaceConfig';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';
import { packLesson, readStoredFacts, unpackLesson } from '../../../../server/src/engine/persist/packedLesson';
import type { PersistedLesson } from '../../../../server/src/engine/persist/persistedIndexFormat';

const TEXT =
  'id: GM-0001\ntitle: Sign-off took nine months\nlocality: Greater Manchester Care Record\nstage: curatd\ndate: 2025-03-14\ntopics: [consent]\n' +
  'good: |\n  One template.\nnot_so_good: |\n  Nine months.\nimprovements: |\n  Agree the route first.\nrelated: [YH-0007]\nadoption:\n  action: replicate\n  lesson: WX-0003\n';

function record(): PersistedLesson {
  const analysis = analyzeLesson(TEXT, { config: DEFAULT_CONFIG, today: '2025-06-01' });
  const problems = [
    ...analysis.problems,
    {
      code: 'duplicate-id' as const,
      severity: 'error' as const,
      message: 'also used',
      range: analysis.facts.idRange!,
      related: [{ uri: 'file:///ws/b.lesson.yaml', range: analysis.facts.titleRange!, message: 'there' }],
    },
  ];
  return { path: '/ws/gm/GM-0001.lesson.yaml', size: TEXT.length, mtimeMs: 1.5, ctimeMs: 2.5, ino: 7, hash: 'h', facts: analysis.facts, problems };
}

/** Through JSON, as a line of the file is. */
const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** A written line cut at its tab, the record parsed as the reader parses it. */
function split(line: string): { record: Record<string, unknown>; rest: Record<string, unknown> } {
  const tab = line.indexOf('\t');
  assert.ok(tab > 0 && line.indexOf('\t', tab + 1) < 0, 'one tab, between the record and the rest');
  return { record: JSON.parse(line.slice(0, tab)) as Record<string, unknown>, rest: JSON.parse(line.slice(tab + 1)) as Record<string, unknown> };
}

/** The lesson as the reader gives it back, its facts read. */
function readBack(record: unknown, rest: unknown): PersistedLesson | undefined {
  const stored = unpackLesson(throughJson(record), Buffer.from(JSON.stringify(rest)));
  if (!stored) return undefined;
  const facts = readStoredFacts(stored);
  if (!facts) return undefined;
  const { path, size, mtimeMs, ctimeMs, ino, hash, problems } = stored;
  return { path, size, mtimeMs, ctimeMs, ino, hash, facts, problems };
}

describe('packed lesson records', () => {
  it('read back equal to what was packed: facts, references, problems and related locations', () => {
    const lesson = record();
    assert.ok(lesson.facts.references.length === 2 && lesson.problems.length >= 2, 'the fixture has references and problems');
    assert.equal(lesson.problems[0]!.data?.kind, 'replace', 'and a quick fix with a range');
    const { record: written, rest } = split(packLesson(lesson));
    assert.deepEqual(readBack(written, rest), throughJson(lesson));
  });

  it('reads back a lesson with no id, date or references without them', () => {
    const analysis = analyzeLesson('title: Only a title\n', { config: DEFAULT_CONFIG, today: '2025-06-01' });
    const lesson: PersistedLesson = {
      path: '/ws/a.lesson.yaml',
      size: 1,
      mtimeMs: 1,
      ctimeMs: 1,
      ino: 1,
      hash: 'h',
      facts: analysis.facts,
      problems: analysis.problems,
    };
    assert.equal(lesson.facts.id, undefined);
    const { record: written, rest } = split(packLesson(lesson));
    assert.deepEqual(readBack(written, rest), throughJson(lesson));
  });

  it('keeps the facts a warm start needs in the record and the prose in the rest', () => {
    const { record: written, rest } = split(packLesson(record()));
    assert.equal(written.id, 'GM-0001');
    assert.equal(written.date, '2025-03-14');
    assert.deepEqual((written.references as { id: string }[]).map((reference) => reference.id).sort(), ['WX-0003', 'YH-0007']);
    assert.equal(written.good, undefined);
    assert.equal(rest.good, 'One template.\n');
    assert.equal(rest.id, undefined, 'the id is written once, in the record');
    assert.equal(rest.references, undefined);
  });

  it('writes every range as four numbers', () => {
    const packed = packLesson(record());
    assert.ok(!packed.includes('"start"') && !packed.includes('"character"'), packed.slice(0, 300));
    assert.match(packed, /"idRange":\[0,4,0,11\]/);
  });

  it('takes the id, date and references from the record, whatever the rest holds', () => {
    const { record: written, rest } = split(packLesson(record()));
    const facts = readBack(written, { ...rest, id: 'XX-9999', date: '1999-01-01', references: [] })!.facts;
    assert.equal(facts.id, 'GM-0001');
    assert.equal(facts.date, '2025-03-14');
    assert.equal(facts.references.length, 2);
  });

  it('refuses a record whose ranges or fields have the wrong shape', () => {
    const { record: good, rest } = split(packLesson(record()));
    type Record_ = Record<string, unknown> & { references: Record<string, unknown>[]; problems: Record<string, unknown>[] };
    const broken: [string, (value: Record_) => void][] = [
      ['a reference without a kind', (value) => delete value.references[0]!.kind],
      ['a reference range of three numbers', (value) => (value.references[0]!.range = [1, 2, 3])],
      ['a problem range of strings', (value) => (value.problems[0]!.range = ['0', '0', '0', '1'])],
      ['a quick fix range of two numbers', (value) => ((value.problems[0]!.data as Record<string, unknown>).range = [3, 7])],
      ['a related location without a message', (value) => delete (value.problems.at(-1)!.related as Record<string, unknown>[])[0]!.message],
      ['a missing hash', (value) => delete value.hash],
      ['an id that is a number', (value) => (value.id = 5)],
      ['no references list', (value) => ((value as Record<string, unknown>).references = undefined)],
    ];
    for (const [what, breakIt] of broken) {
      const value = throughJson(good) as Record_;
      breakIt(value);
      assert.equal(unpackLesson(value, Buffer.from(JSON.stringify(rest))), undefined, what);
    }
    assert.equal(unpackLesson(null, Buffer.from('{}')), undefined);
    assert.equal(unpackLesson([], Buffer.from('{}')), undefined);
  });

  it('refuses, when they are read, facts whose ranges or fields have the wrong shape', () => {
    const { record: written, rest: good } = split(packLesson(record()));
    const broken: [string, (value: Record<string, unknown>) => void][] = [
      ['a range of three numbers', (value) => (value.titleRange = [1, 2, 3])],
      ['a negative position', (value) => (value.headRange = [0, -1, 0, 2])],
      ['a range written as an object', (value) => (value.idRange = { start: { line: 0, character: 4 }, end: { line: 0, character: 11 } })],
      ['no head range', (value) => delete value.headRange],
      ['a title that is a number', (value) => (value.title = 5)],
      ['no topics', (value) => delete value.topics],
    ];
    for (const [what, breakIt] of broken) {
      const value = throughJson(good) as Record<string, unknown>;
      breakIt(value);
      assert.equal(readBack(written, value), undefined, what);
    }
    const stored = unpackLesson(throughJson(written), Buffer.from('{"good": "cut off'))!;
    assert.ok(stored, 'the record itself is fine');
    assert.equal(readStoredFacts(stored), undefined, 'rest that is not JSON');
  });
});
