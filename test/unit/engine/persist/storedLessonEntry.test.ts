import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../../../server/src/engine/config/workspaceConfig';
import { LessonIndex } from '../../../../server/src/engine/index/LessonIndex';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';
import type { LessonFacts } from '../../../../server/src/engine/lesson/lessonModel';
import { packLesson, unpackLesson } from '../../../../server/src/engine/persist/packedLesson';
import { StoredLessonEntry } from '../../../../server/src/engine/persist/storedLessonEntry';
import { lesson, TODAY } from '../../support/lessons';

function analysed(text: string): { facts: LessonFacts; problems: ReturnType<typeof analyzeLesson>['problems'] } {
  return analyzeLesson(text, { config: DEFAULT_CONFIG, today: TODAY });
}

/** A lesson written to a saved-index line and read back as the reader does: record parsed, rest as bytes. */
function stored(uri: string, text: string, unreadable: () => LessonFacts = () => assert.fail('the saved facts should read')): StoredLessonEntry {
  const { facts, problems } = analysed(text);
  const line = packLesson({ path: uri.replace('file://', ''), size: text.length, mtimeMs: 1, ctimeMs: 1, ino: 1, hash: 'h', facts, problems });
  const tab = line.indexOf('\t');
  const record = unpackLesson(JSON.parse(line.slice(0, tab)), Buffer.from(line.slice(tab + 1)));
  assert.ok(record);
  return new StoredLessonEntry(uri, record, unreadable);
}

describe('StoredLessonEntry', () => {
  it('links into the index and gives its cross-file problems without reading its facts', () => {
    const index = new LessonIndex();
    const referrer = stored('file:///ws/a.lesson.yaml', lesson({ id: 'GM-0001', related: '[GM-0002, GM-9999, GM-0001]' }));
    const target = stored('file:///ws/b.lesson.yaml', lesson({ id: 'GM-0002' }));
    index.set(referrer);
    index.set(target);
    assert.deepEqual(
      index.problemsFor(referrer.uri).map((problem) => problem.code),
      ['unknown-reference', 'self-reference'],
    );
    assert.deepEqual(index.lessonsWithId('GM-0002'), [target]);
    assert.deepEqual(
      index.referencesTo('GM-0002').map((site) => site.uri),
      [referrer.uri],
    );
    assert.equal(referrer.factsRead, false);
    assert.equal(target.factsRead, false);
  });

  it('gives the adoption rules their dates and localities, and its artefacts, without reading its facts', () => {
    const index = new LessonIndex();
    const adopter = stored(
      'file:///ws/a.lesson.yaml',
      lesson({ id: 'GM-0001', adoption: '\n  - action: replicate\n    lesson: GM-0002', artefacts: '[artefacts/dsa.md]' }),
    );
    const adopted = stored('file:///ws/b.lesson.yaml', lesson({ id: 'GM-0002', date: '2025-03-14' }));
    index.set(adopter);
    index.set(adopted);
    assert.deepEqual(
      index.problemsFor(adopter.uri).map((problem) => problem.code),
      ['adoption-not-older', 'own-locality-adoption'],
    );
    assert.deepEqual(
      adopter.links.artefacts.map((artefact) => [artefact.target, artefact.range.start.line, artefact.range.start.character]),
      [['artefacts/dsa.md', 15, 12]],
    );
    assert.equal(adopter.factsRead, false);
    assert.equal(adopted.factsRead, false);
    assert.deepEqual(adopter.facts.adoptions, [{ action: 'replicate', lesson: 'GM-0002' }]);
  });

  it('gives back the facts the lesson was analysed to, read once', () => {
    const text = lesson({ id: 'GM-0001', related: '[GM-0002]', stage: 'curatd' });
    const entry = stored('file:///ws/a.lesson.yaml', text);
    assert.deepEqual(
      entry.problems.map((problem) => problem.code),
      ['invalid-value'],
    );
    assert.equal(entry.factsRead, false);
    entry.readFacts();
    assert.equal(entry.factsRead, true);
    const facts = entry.facts;
    assert.deepEqual(facts, JSON.parse(JSON.stringify(analysed(text).facts)));
    assert.equal(entry.facts, facts, 'the same object on every use');
    assert.equal(entry.links, facts, 'once read, the facts are the links');
  });

  it('reads the facts of lessons that share an id, for the ranges and titles the duplicate problem names', () => {
    const index = new LessonIndex();
    const first = stored('file:///ws/a.lesson.yaml', lesson({ id: 'GM-0001', title: 'First' }));
    const second = stored('file:///ws/b.lesson.yaml', lesson({ id: 'GM-0001', title: 'Second' }));
    index.set(first);
    index.set(second);
    const [duplicate] = index.problemsFor(first.uri);
    assert.equal(duplicate?.code, 'duplicate-id');
    assert.deepEqual(duplicate?.range, { start: { line: 0, character: 4 }, end: { line: 0, character: 11 } });
    assert.equal(duplicate?.related?.[0]?.message, "'GM-0001' is also the id of 'Second'");
  });

  it('takes its facts another way, once, when the saved ones do not read', () => {
    const text = lesson({ id: 'GM-0001' });
    const { facts, problems } = analysed(text);
    const line = packLesson({ path: '/ws/a.lesson.yaml', size: text.length, mtimeMs: 1, ctimeMs: 1, ino: 1, hash: 'h', facts, problems });
    const record = unpackLesson(JSON.parse(line.slice(0, line.indexOf('\t'))), Buffer.from('{"topics": "not a list"}'));
    assert.ok(record);
    let asked = 0;
    const entry = new StoredLessonEntry('file:///ws/a.lesson.yaml', record, () => {
      asked++;
      return facts;
    });
    assert.equal(entry.facts, facts);
    assert.equal(entry.facts, facts);
    assert.equal(asked, 1);
  });
});
