import * as assert from 'node:assert/strict';
import { insertAt } from '../../../../server/src/engine/edits/plainTextEdit';
import { applyPlainTextEdits } from '../../../support/applyPlainTextEdits';
import { isLessonId, renameIdEdits } from '../../../../server/src/engine/edits/renameIdEdits';
import { yamlScalarText } from '../../../../server/src/engine/edits/yamlScalar';
import { parseYamlFile } from '../../../../server/src/engine/yaml/parseYamlFile';

describe('small edit helpers', () => {
  it('writes a scalar plain when it reads back the same, quoted otherwise', () => {
    assert.equal(yamlScalarText('Yorkshire & Humber Care Record'), 'Yorkshire & Humber Care Record');
    assert.equal(yamlScalarText('CHIE (Hampshire)'), 'CHIE (Hampshire)');
    assert.equal(yamlScalarText('Sign-off: nine months'), '"Sign-off: nine months"');
    assert.equal(yamlScalarText('true'), '"true"');
    assert.equal(yamlScalarText('2025'), '"2025"');
    assert.equal(yamlScalarText('# not a comment'), '"# not a comment"');
    assert.equal(yamlScalarText('consent, data'), 'consent, data');
    assert.equal(yamlScalarText('consent, data', { flow: true }), '"consent, data"');
    assert.equal(yamlScalarText('two\nlines'), 'two lines');
  });

  it('applies edits from the end so ranges stay valid, keeping the order of inserts at one place', () => {
    const edits = [
      insertAt({ line: 1, character: 0 }, 'b\n'),
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, newText: 'A' },
      insertAt({ line: 1, character: 0 }, 'c\n'),
    ];
    assert.equal(applyPlainTextEdits('a\nd\n', edits), 'A\nb\nc\nd\n');
  });

  it('renames an id wherever it is written, inside quotes, and nothing else', () => {
    const text = 'id: \'GM-0001\'  # own\nadoption:\n  lesson: GM-0001\nrelated: ["GM-0001", GM-0002]\ntitle: GM-0001\n';
    assert.equal(
      applyPlainTextEdits(text, renameIdEdits(parseYamlFile(text, 'lesson'), 'GM-0001', 'GM-0042')),
      'id: \'GM-0042\'  # own\nadoption:\n  lesson: GM-0042\nrelated: ["GM-0042", GM-0002]\ntitle: GM-0001\n',
    );
  });

  it('knows a lesson id by the schema pattern', () => {
    assert.equal(isLessonId('GM-0042'), true);
    assert.equal(isLessonId('CHIE-7'), true);
    assert.equal(isLessonId('gm-0042'), false);
    assert.equal(isLessonId('GM 0042'), false);
  });
});
