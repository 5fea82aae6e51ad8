import * as assert from 'node:assert/strict';
import { lesson, problemsOf, where } from '../../support/lessons';

describe('schema problems', () => {
  it('underlines a wrong enum value, names the allowed values and suggests the nearest', () => {
    const [problem] = problemsOf(lesson({ stage: 'curatd' }));
    assert.deepEqual(where(problem), ['invalid-value', 3, 7, 3, 13]);
    assert.equal(problem.message, "stage must be one of captured, collated, organised, curated, communicated — did you mean 'curated'?");
    assert.deepEqual(problem.data, { kind: 'replace', range: problem.range, newText: 'curated', title: "Change to 'curated'" });
  });

  it('suggests the one stage a value begins or is begun by, or the one fewest edits away, in any case', () => {
    const allowed = 'stage must be one of captured, collated, organised, curated, communicated';
    for (const [written, suggestion] of [
      ['curate', 'curated'],
      ['communicate', 'communicated'],
      ['Captured', 'captured'],
      ['organized', 'organised'],
      ['COLATED', 'collated'],
    ]) {
      const [problem] = problemsOf(lesson({ stage: written }));
      assert.deepEqual(where(problem), ['invalid-value', 3, 7, 3, 7 + written.length]);
      assert.equal(problem.message, `${allowed} — did you mean '${suggestion}'?`);
      assert.deepEqual(problem.data, { kind: 'replace', range: problem.range, newText: suggestion, title: `Change to '${suggestion}'` });
    }
  });

  it('gives no suggestion for a value that begins several stages and is near none', () => {
    for (const written of ['c', 'co']) {
      const [problem] = problemsOf(lesson({ stage: written }));
      assert.equal(problem.message, 'stage must be one of captured, collated, organised, curated, communicated', written);
      assert.equal(problem.data, undefined);
    }
  });

  it('gives no suggestion when nothing is close', () => {
    const [problem] = problemsOf(lesson({ stage: 'zzzzzzzzzzzz' }));
    assert.equal(problem.message, 'stage must be one of captured, collated, organised, curated, communicated');
    assert.equal(problem.data, undefined);
  });

  it('checks nested enum values: adoption.action', () => {
    const text = lesson({ adoption: '\n  action: replcate\n  lesson: YH-0007' });
    const problem = problemsOf(text).find((p) => p.code === 'invalid-value')!;
    assert.deepEqual(where(problem), ['invalid-value', 13, 10, 13, 18]);
    assert.match(problem.message, /^adoption.action must be one of replicate, customise, enhance — did you mean 'replicate'\?/);
  });

  it('underlines an unknown key and suggests the nearest field', () => {
    const text = lesson({ improvements: undefined, improvemnts: '|\n  x' });
    const unknown = problemsOf(text).find((p) => p.code === 'unknown-field')!;
    assert.deepEqual(where(unknown), ['unknown-field', 10, 0, 10, 11]);
    assert.equal(unknown.message, "Unknown field 'improvemnts' — did you mean 'improvements'?");
  });

  it('lists the allowed fields when an unknown key is not close to any', () => {
    const unknown = problemsOf(lesson({ zebra: 'stripes' })).find((p) => p.code === 'unknown-field')!;
    assert.match(unknown.message, /^Unknown field 'zebra'\. A lesson takes: id, title, locality/);
  });

  it("places a missing field on the mapping's first key and names the field with its question", () => {
    const problems = problemsOf(lesson({ good: undefined }));
    assert.deepEqual(problems.map(where), [['missing-field', 0, 0, 0, 2]]);
    assert.equal(problems[0].message, "Missing required field 'good': What was good about the project?");
    assert.deepEqual(problems[0].data, {
      kind: 'insertField',
      field: 'good',
      placeholder: "Early involvement of every trust's IG lead meant the agreement text was agreed once.",
      title: "Add 'good'",
    });
  });

  it("places a missing nested field on the nested mapping's first key", () => {
    const problem = problemsOf(lesson({ adoption: '\n  action: replicate' })).find((p) => p.code === 'missing-field')!;
    assert.deepEqual(where(problem), ['missing-field', 13, 2, 13, 8]);
    assert.match(problem.message, /^Missing required field 'adoption.lesson'/);
  });

  it('reports an empty value on its key, not at the file start', () => {
    const problem = problemsOf(lesson({ title: '' })).find((p) => p.code === 'empty-value')!;
    assert.deepEqual(where(problem), ['empty-value', 1, 0, 1, 5]);
    assert.match(problem.message, /^title is empty/);
  });

  it('reports a wrong type in plain words', () => {
    const problem = problemsOf(lesson({ title: '42' })).find((p) => p.code === 'wrong-type')!;
    assert.deepEqual(where(problem), ['wrong-type', 1, 7, 1, 9]);
    assert.equal(problem.message, 'title must be text, not the number 42');
  });

  it('underlines the key when a whole mapping has the wrong type', () => {
    const problem = problemsOf(lesson({ topics: '\n  a: b' })).find((p) => p.code === 'wrong-type')!;
    assert.deepEqual(where(problem), ['wrong-type', 5, 0, 5, 6]);
    assert.equal(problem.message, 'topics must be a list, not a mapping');
  });

  it('explains a badly formed id with an example', () => {
    const problem = problemsOf(lesson({ id: 'gm42' })).find((p) => p.code === 'invalid-format')!;
    assert.deepEqual(where(problem), ['invalid-format', 0, 4, 0, 8]);
    assert.equal(problem.message, "id must be the locality's prefix, a dash and a number, e.g. GM-0042");
  });

  it('explains a badly written date', () => {
    const problem = problemsOf(lesson({ date: '14/03/2025' })).find((p) => p.code === 'invalid-format')!;
    assert.equal(problem.message, 'date must be written YYYY-MM-DD, e.g. 2025-03-14');
  });

  it('reports a related entry that is not an id, on that item', () => {
    const problem = problemsOf(lesson({ related: '[GM-0001, nope]' })).find((p) => p.code === 'invalid-format')!;
    assert.deepEqual(where(problem), ['invalid-format', 12, 19, 12, 23]);
  });

  it('reports a topic listed twice on the second one', () => {
    const problem = problemsOf(lesson({ topics: '[consent, data sharing, consent]' })).find((p) => p.code === 'duplicate-item')!;
    assert.deepEqual(where(problem), ['duplicate-item', 5, 32, 5, 39]);
    assert.equal(problem.message, "'consent' is listed twice in topics (items 1 and 3); keep one.");
  });

  it("never shows ajv's own wording", () => {
    const problems = problemsOf(lesson({ stage: 'x', title: '1', zebra: '1', good: undefined, contact: 'nobody' }));
    for (const problem of problems) assert.doesNotMatch(problem.message, /must NOT|must match pattern|must have required property|must be equal to one of/);
  });
});
