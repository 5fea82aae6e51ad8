import * as assert from 'node:assert/strict';
import { cursorContext, type CursorContext } from '../../../../server/src/engine/language/cursorContext';
import { parseYamlFile } from '../../../../server/src/engine/yaml/parseYamlFile';

/** The context at the `‸` in the text (the mark is removed first). */
function at(textWithCursor: string): CursorContext {
  const offset = textWithCursor.indexOf('‸');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const before = text.slice(0, offset).split('\n');
  return cursorContext(parseYamlFile(text, 'lesson'), { line: before.length - 1, character: before[before.length - 1].length });
}

function short(context: CursorContext): unknown {
  if (context.kind === 'none') return 'none';
  if (context.kind === 'key') return ['key', context.mapPath.join('.'), context.prefix, context.keyOnly, context.existingKeys.join(',')];
  return ['value', context.fieldPath.join('.'), context.listItem ?? 'plain', context.prefix, context.siblings.join(',')];
}

describe('cursorContext', () => {
  it('a key on an empty line, a half-typed key and the key of a written field', () => {
    assert.deepEqual(short(at('id: GM-1\n‸\nstage: captured\n')), ['key', '', '', false, 'id,stage']);
    assert.deepEqual(short(at('id: GM-1\nti‸\n')), ['key', '', 'ti', false, 'id']);
    assert.deepEqual(short(at('id: GM-1\nti‸tle: T\n')), ['key', '', 'ti', true, 'id']);
    assert.deepEqual(short(at('‸')), ['key', '', '', false, '']);
    assert.deepEqual(short(at('ti‸')), ['key', '', 'ti', false, '']);
  });

  it('keys of adoption: inside its block, or under an empty adoption', () => {
    assert.deepEqual(short(at('id: GM-1\nadoption:\n  action: replicate\n  ‸\n')), ['key', 'adoption', '', false, 'action']);
    assert.deepEqual(short(at('id: GM-1\nadoption:\n  l‸\nrelated: []\n')), ['key', 'adoption', 'l', false, '']);
    assert.deepEqual(short(at('id: GM-1\nadoption:\n  action: replicate\n‸\n')), ['key', '', '', false, 'id,adoption']);
  });

  it('a value, after the colon, with the typed part and without an opening quote', () => {
    assert.deepEqual(short(at('stage: cur‸\n')), ['value', 'stage', 'plain', 'cur', '']);
    assert.deepEqual(short(at('locality: "Gre‸at"\n')), ['value', 'locality', 'plain', 'Gre', '']);
    assert.deepEqual(short(at('adoption:\n  action: r‸  # how\n')), ['value', 'adoption.action', 'plain', 'r', '']);
    const touching = at('stage:‸');
    assert.equal(touching.kind === 'value' && touching.needsSpace, true);
  });

  it('an item of a flow list or a block list, with the other items', () => {
    const flow = at('related: [GM-0001, "GM-‸", GM-0003]\n');
    assert.deepEqual(short(flow), ['value', 'related', 'flow', 'GM-', 'GM-0001,GM-0003']);
    assert.deepEqual(flow.kind === 'value' && flow.range, { start: { line: 0, character: 19 }, end: { line: 0, character: 24 } });
    assert.deepEqual(short(at('related: [GM-‸\n')), ['value', 'related', 'flow', 'GM-', '']);
    assert.deepEqual(short(at('topics:\n  - consent\n  - da‸\n')), ['value', 'topics', 'block', 'da', 'consent']);
    assert.deepEqual(short(at('topics:\n- ‸\n')), ['value', 'topics', 'block', '', '']);
  });

  it('nothing inside an answer, a comment, a block header or after a closed list', () => {
    assert.equal(short(at('good: |\n  We did th‸\n')), 'none');
    assert.equal(short(at('good: |\n  text\n  ‸\n')), 'none');
    assert.equal(short(at('good: >‸\n')), 'none');
    assert.equal(short(at('stage: captured  # some‸\n')), 'none');
    assert.equal(short(at('‸# a note\n')), 'none');
    assert.equal(short(at('related: [GM-1] ‸\n')), 'none');
  });

  it('reads a line on its own when the parser cannot make a mapping of the file', () => {
    assert.deepEqual(short(at('- oops\nst‸\n')), ['key', '', 'st', false, '']);
    assert.deepEqual(short(at('id: GM-1\ntitle: "never closed\nstage: cu‸\n')), ['value', 'stage', 'plain', 'cu', '']);
  });
});
