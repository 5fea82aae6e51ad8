import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { fieldValueFor, type FieldValue } from '../../../../server/src/engine/edits/fieldValue';
import { insertFieldEdit, insertFieldEdits } from '../../../../server/src/engine/edits/insertField';
import { applyPlainTextEdits } from '../../../support/applyPlainTextEdits';
import { parseYamlFile } from '../../../../server/src/engine/yaml/parseYamlFile';
import { lesson } from '../../support/lessons';

function inserted(text: string, path: string[], value: FieldValue): string {
  const edit = insertFieldEdit(parseYamlFile(text, 'lesson'), { path, value });
  assert.ok(edit, 'an edit');
  return applyPlainTextEdits(text, [edit]);
}

const scalar = (text: string): FieldValue => ({ kind: 'scalar', text });

describe('insertFieldEdit', () => {
  it('puts a field after the field that comes before it in the schema, before a comment that heads the next one', () => {
    const text = 'id: GM-0042\nstage: captured  # local\n# the topics\ntopics: [a]\n';
    assert.equal(inserted(text, ['date'], scalar('2025-03-14')), 'id: GM-0042\nstage: captured  # local\ndate: 2025-03-14\n# the topics\ntopics: [a]\n');
  });

  it('follows the schema order even when the file does not: after the latest field that precedes it', () => {
    const text = 'stage: captured\nid: GM-0042\ntopics: [a]\n';
    assert.equal(inserted(text, ['title'], scalar('T')), 'stage: captured\nid: GM-0042\ntitle: T\ntopics: [a]\n');
  });

  it('puts the first field of the schema before the first key, after a leading comment', () => {
    const text = '# A lesson\ntitle: T\n';
    assert.equal(inserted(text, ['id'], scalar('GM-0042')), '# A lesson\nid: GM-0042\ntitle: T\n');
  });

  it('goes after a whole block answer, not inside it, even with blank lines and kept trailing lines', () => {
    const text = 'good: |+\n  One.\n\n  Two.\n\n\nrelated: [GM-0001]\n';
    assert.equal(
      inserted(text, ['not_so_good'], fieldValueFor(['not_so_good'], 'What was not so good?')),
      'good: |+\n  One.\n\n  Two.\n\n\nnot_so_good: |\n  What was not so good?\nrelated: [GM-0001]\n',
    );
    const parsed = parseYamlFile(inserted(text, ['not_so_good'], scalar('x')), 'lesson');
    assert.deepEqual(parsed.value, { good: 'One.\n\nTwo.\n\n\n', not_so_good: 'x', related: ['GM-0001'] }, 'the kept blank lines stay in the answer');
    const clipped = 'good: |\n  One.\n\nrelated: []\n';
    assert.equal(inserted(clipped, ['not_so_good'], scalar('x')), 'good: |\n  One.\nnot_so_good: x\n\nrelated: []\n');
  });

  it('adds a line break first when the file ends without one', () => {
    assert.equal(inserted('id: GM-0042\ntitle: T', ['locality'], scalar('One London')), 'id: GM-0042\ntitle: T\nlocality: One London');
  });

  it("keeps the file's CRLF line breaks and its indentation unit", () => {
    const text = 'id: GM-0042\r\ngood: |\r\n    Four spaces.\r\nadoption:\r\n    action: replicate\r\n';
    assert.equal(
      inserted(text, ['adoption', 'lesson'], scalar('YH-0007')),
      'id: GM-0042\r\ngood: |\r\n    Four spaces.\r\nadoption:\r\n    action: replicate\r\n    lesson: YH-0007\r\n',
    );
    assert.equal(
      inserted(text, ['not_so_good'], { kind: 'block', text: 'Q?' }),
      'id: GM-0042\r\ngood: |\r\n    Four spaces.\r\nnot_so_good: |\r\n    Q?\r\nadoption:\r\n    action: replicate\r\n',
    );
  });

  it('fills an empty adoption, brings a missing one, and adds to a flow mapping', () => {
    assert.equal(
      inserted('id: X-1\nadoption:\nrelated: []\n', ['adoption', 'lesson'], scalar('YH-0007')),
      'id: X-1\nadoption:\n  lesson: YH-0007\nrelated: []\n',
    );
    assert.equal(inserted('id: X-1\nrelated: []\n', ['adoption', 'lesson'], scalar('YH-0007')), 'id: X-1\nadoption:\n  lesson: YH-0007\nrelated: []\n');
    assert.equal(inserted('adoption: {action: enhance}\n', ['adoption', 'lesson'], scalar('YH-0007')), 'adoption: {action: enhance, lesson: YH-0007}\n');
  });

  it('writes values YAML would misread in quotes, lists as flow lists, and starts an empty file', () => {
    assert.equal(inserted('id: GM-1\n', ['title'], scalar('Sign-off: nine months')), 'id: GM-1\ntitle: "Sign-off: nine months"\n');
    assert.equal(inserted('id: GM-1\n', ['topics'], fieldValueFor(['topics'], '')), 'id: GM-1\ntopics: []\n');
    assert.equal(inserted('# only a comment\n', ['id'], scalar('GM-0001')), '# only a comment\nid: GM-0001\n');
    assert.equal(inserted('', ['id'], scalar('GM-0001')), 'id: GM-0001\n');
  });

  it('gives nothing for a lesson that is a list', () => {
    assert.equal(insertFieldEdit(parseYamlFile('- a\n- b\n', 'lesson'), { path: ['id'], value: scalar('x') }), undefined);
  });

  it('adds several fields in schema order when they go in one place', () => {
    const text = 'id: GM-1\ntopics: []\n';
    const parsed = parseYamlFile(text, 'lesson');
    const edits = insertFieldEdits(parsed, [
      { path: ['title'], value: scalar('T') },
      { path: ['locality'], value: scalar('One London') },
    ]);
    assert.equal(applyPlainTextEdits(text, edits), 'id: GM-1\ntitle: T\nlocality: One London\ntopics: []\n');
  });

  it('property: any missing fields of a lesson with comments come back with their values, the rest untouched', () => {
    const required = ['id', 'title', 'locality', 'stage', 'date', 'topics', 'good', 'not_so_good', 'improvements'];
    fc.assert(
      fc.property(fc.subarray(required, { minLength: 1 }), fc.boolean(), (missing, commented) => {
        const overrides = Object.fromEntries(missing.map((field) => [field, undefined]));
        let text = lesson(overrides);
        if (commented) text = text.replace(/\n(?=[a-z])/g, '\n# a note\n');
        const parsed = parseYamlFile(text, 'lesson');
        const edits = insertFieldEdits(
          parsed,
          required.filter((field) => missing.includes(field)).map((field) => ({ path: [field], value: fieldValueFor([field], `value of ${field}`) })),
        );
        const result = parseYamlFile(applyPlainTextEdits(text, edits), 'lesson');
        assert.deepEqual(result.problems, []);
        const value = result.value as Record<string, unknown>;
        const original = parseYamlFile(lesson(), 'lesson').value as Record<string, unknown>;
        assert.deepEqual(Object.keys(value), required, 'every field, in schema order');
        for (const field of required) {
          if (!missing.includes(field)) assert.deepEqual(value[field], original[field]);
          else if (field === 'topics') assert.deepEqual(value[field], []);
          else assert.equal(value[field], ['good', 'not_so_good', 'improvements'].includes(field) ? `value of ${field}\n` : `value of ${field}`);
        }
      }),
      { numRuns: 200 },
    );
  });
});
