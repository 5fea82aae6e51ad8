import * as assert from 'node:assert/strict';
import { parseWorkspaceConfig, DEFAULT_CONFIG } from '../../../../server/src/engine/config/workspaceConfig';
import { LessonIndex } from '../../../../server/src/engine/index/LessonIndex';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';
import { lesson, TODAY } from '../../support/lessons';

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort().join(',');

function assertNothingPolluted(): void {
  assert.equal(Object.getOwnPropertyNames(Object.prototype).sort().join(','), PROTOTYPE_NAMES, 'Object.prototype gained a property');
  assert.equal(({} as Record<string, unknown>).polluted, undefined, 'a plain object inherits a polluted property');
  assert.equal(([] as unknown as Record<string, unknown>).polluted, undefined, 'an array inherits a polluted property');
}

const analyse = (text: string) => analyzeLesson(text, { config: DEFAULT_CONFIG, today: TODAY });

describe('safety: __proto__, constructor and prototype keys', () => {
  afterEach(assertNothingPolluted);

  for (const key of ['__proto__', 'constructor', 'prototype', '"__proto__"']) {
    it(`a lesson with ${key} at the root gets an unknown-field problem and pollutes nothing`, () => {
      const text = `${lesson()}${key}:\n  polluted: yes\n  prototype:\n    polluted: yes\n`;
      const { problems, parsed } = analyse(text);
      const unknown = problems.filter((problem) => problem.code === 'unknown-field');
      assert.equal(unknown.length, 1, JSON.stringify(problems.map((problem) => problem.message)));
      assert.match(unknown[0].message, new RegExp(`^Unknown field '${key.replace(/"/g, '')}'`));
      assert.equal(unknown[0].range.start.line, 12);
      assert.equal(Object.getPrototypeOf(parsed.value), Object.prototype, 'the lesson value keeps the plain object prototype');
      assertNothingPolluted();
    });
  }

  it('nested under adoption, the key is reported there and the adoption is still read', () => {
    const text = lesson({ adoption: '\n  action: replicate\n  lesson: GM-0001\n  __proto__: {polluted: yes}' });
    const { problems, facts } = analyse(text);
    assert.deepEqual(
      problems.filter((problem) => problem.code === 'unknown-field').map((problem) => problem.message),
      ["Unknown field '__proto__'. 'adoption' takes: action, lesson, status, date, outcome."],
    );
    assert.deepEqual(facts.adoptions, [{ action: 'replicate', lesson: 'GM-0001' }]);
  });

  it('learn-once.yaml with __proto__ and constructor at every level reports them and keeps its real localities', () => {
    const text = [
      '__proto__:',
      '  localities: [{name: Injected, prefix: INJ}]',
      'constructor: {prototype: {polluted: yes}}',
      'localities:',
      '  - name: Leeds Care Record',
      '    prefix: LD',
      '    __proto__: {folder: ../../etc}',
      'similarity:',
      '  __proto__: {threshold: 0}',
      '  threshold: 0.4',
    ].join('\n');
    const { config, problems } = parseWorkspaceConfig(text);
    assert.deepEqual(
      config.localities.map((locality) => [locality.name, locality.prefix, locality.folder]),
      [['Leeds Care Record', 'LD', 'leeds-care-record']],
    );
    assert.equal(config.similarity.threshold, 0.4);
    const unknown = problems.filter((problem) => /Unknown field/.test(problem.message)).map((problem) => problem.range.start.line);
    assert.deepEqual(
      unknown.sort((a, b) => a - b),
      [0, 2, 6, 8],
    );
    assert.ok(problems.every((problem) => problem.code === 'config-error'));
  });

  it('ids named like prototype members are indexed as plain ids: duplicates and references still work', () => {
    const index = new LessonIndex();
    const entry = (uri: string, text: string) => {
      const { facts, problems } = analyse(text);
      return { uri, facts, problems };
    };
    index.set(entry('file:///a.lesson.yaml', lesson({ id: '__proto__' })));
    index.set(entry('file:///b.lesson.yaml', lesson({ id: '__proto__', related: '[constructor, hasOwnProperty]' })));
    assert.equal(index.lessonsWithId('__proto__').length, 2);
    assert.ok(index.problemsFor('file:///a.lesson.yaml').some((problem) => problem.code === 'duplicate-id'));
    const references = index.problemsFor('file:///b.lesson.yaml').filter((problem) => problem.code === 'unknown-reference');
    assert.equal(references.length, 2, 'constructor and hasOwnProperty are not taken for existing ids');
    assert.deepEqual(index.lessonsWithId('constructor'), []);
  });
});
