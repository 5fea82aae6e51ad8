import * as assert from 'node:assert/strict';
import { HintMap } from '../../../../../server/src/lsp/features/similarHints/HintMap';
import { hintNaming } from './fakeHintHost';

const matches = (...uris: string[]): { uri: string }[] => uris.map((uri) => ({ uri }));

describe('HintMap', () => {
  it('knows, for each lesson, the lessons whose hints name it and the lessons its own hint names', () => {
    const hints = new HintMap();
    hints.set('x', hintNaming(['a', 'b']), matches('a', 'b'));
    hints.set('y', hintNaming(['a']), matches('a'));
    assert.deepEqual(hints.hintersOf('a'), ['x', 'y']);
    assert.deepEqual(hints.hintersOf('b'), ['x']);
    assert.deepEqual(hints.namedBy('x'), ['a', 'b']);
    assert.deepEqual(hints.namedBy('a'), []);
    assert.deepEqual(hints.uris(), ['x', 'y']);
  });

  it('unlinks a hint’s old names when it is set again or removed', () => {
    const hints = new HintMap();
    hints.set('x', hintNaming(['a', 'b']), matches('a', 'b'));
    hints.set('x', hintNaming(['c']), matches('c'));
    assert.deepEqual([hints.hintersOf('a'), hints.hintersOf('b'), hints.hintersOf('c')], [[], [], ['x']]);
    hints.set('x', undefined, []);
    assert.equal(hints.get('x'), undefined);
    assert.deepEqual(hints.hintersOf('c'), []);
    assert.equal(hints.all.size, 0);
  });

  it('forgets who names a lesson that is gone, and forgets everything on clear', () => {
    const hints = new HintMap();
    hints.set('x', hintNaming(['a']), matches('a'));
    hints.forgetHinters('a');
    assert.deepEqual(hints.hintersOf('a'), []);
    assert.deepEqual(hints.get('x'), hintNaming(['a']), 'the hint itself stays until x is ranked again');
    hints.set('y', hintNaming(['b']), matches('b'));
    hints.clear();
    assert.deepEqual([hints.uris(), hints.hintersOf('b')], [[], []]);
  });

  it('hands out the live map, which a save takes in slices', () => {
    const hints = new HintMap();
    const live = hints.all;
    hints.set('x', hintNaming(['a']), matches('a'));
    assert.deepEqual([...live.keys()], ['x']);
  });
});
