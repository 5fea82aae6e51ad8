import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../../../server/src/engine/config/workspaceConfig';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';
import { packLesson, unpackLesson } from '../../../../server/src/engine/persist/packedLesson';
import type { PersistedLesson } from '../../../../server/src/engine/persist/persistedIndexFormat';

const TEXT =
  'id: GM-0001\ntitle: Sign-off took nine months\nlocality: Greater Manchester Care Record\nstage: curatd\ndate: 2025-03-14\ntopics: [consent]\n' +
  'good: |\n  One template.\nnot_so_good: |\n  Nine months.\nimprovements: |\n  Agree the route first.\nrelated: [YH-0007]\nadoption:\n  action: replicate\n  lesson: WX-0003\n';

function record(): PersistedLesson {
  const analysis = analyzeLesson(TEXT, { config: DEFAULT_CONFIG, today: '2025-06-01' });
  const problems = [
    ...analysis.problems,
    { code: 'duplicate-id' as const, severity: 'error' as const, message: 'also used', range: analysis.facts.idRange!, related: [{ uri: 'file:///ws/b.lesson.yaml', range: analysis.facts.titleRange!, message: 'there' }] },
  ];
  return { path: '/ws/gm/GM-0001.lesson.yaml', size: TEXT.length, mtimeMs: 1.5, ctimeMs: 2.5, ino: 7, hash: 'h', facts: analysis.facts, problems };
}

/** Through JSON, as a line of the file is. */
const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('packed lesson records', () => {
  it('read back equal to what was packed: facts, references, problems and related locations', () => {
    const lesson = record();
    assert.ok(lesson.facts.references.length === 2 && lesson.problems.length >= 2, 'the fixture has references and problems');
    assert.equal(lesson.problems[0]!.data?.kind, 'replace', 'and a quick fix with a range');
    assert.deepEqual(unpackLesson(throughJson(packLesson(lesson))), throughJson(lesson));
  });

  it('writes every range as four numbers', () => {
    const packed = JSON.stringify(packLesson(record()));
    assert.ok(!packed.includes('"start"') && !packed.includes('"character"'), packed.slice(0, 300));
    assert.match(packed, /"idRange":\[0,4,0,11\]/);
  });

  it('refuses a record whose ranges or fields have the wrong shape', () => {
    const good = throughJson(packLesson(record())) as Record<string, Record<string, unknown> & { references: Record<string, unknown>[] }> & { problems: Record<string, unknown>[] };
    const broken: [string, (value: typeof good) => void][] = [
      ['a range of three numbers', (value) => (value.facts!.titleRange = [1, 2, 3])],
      ['a negative position', (value) => (value.facts!.headRange = [0, -1, 0, 2])],
      ['a range written as an object', (value) => (value.facts!.idRange = { start: { line: 0, character: 4 }, end: { line: 0, character: 11 } })],
      ['no head range', (value) => delete value.facts!.headRange],
      ['a reference without a kind', (value) => delete value.facts!.references[0]!.kind],
      ['a problem range of strings', (value) => (value.problems[0]!.range = ['0', '0', '0', '1'])],
      ['a quick fix range of two numbers', (value) => ((value.problems[0]!.data as Record<string, unknown>).range = [3, 7])],
      ['a related location without a message', (value) => delete (value.problems.at(-1)!.related as Record<string, unknown>[])[0]!.message],
      ['a missing hash', (value) => delete (value as Record<string, unknown>).hash],
      ['a title that is a number', (value) => (value.facts!.title = 5)],
    ];
    for (const [what, breakIt] of broken) {
      const value = throughJson(good) as typeof good;
      breakIt(value);
      assert.equal(unpackLesson(value), undefined, what);
    }
    assert.equal(unpackLesson(null), undefined);
    assert.equal(unpackLesson([]), undefined);
  });
});
