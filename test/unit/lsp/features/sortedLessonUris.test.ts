import * as assert from 'node:assert/strict';
import { firstAfter, SortedLessonUris } from '../../../../server/src/lsp/features/sortedLessonUris';

/** A stand-in for the index: a set of uris in insertion order. */
function fakeIndex(uris: string[]): { uris: Set<string>; order: SortedLessonUris; listed: () => number } {
  const held = new Set(uris);
  let listed = 0;
  const order = new SortedLessonUris(
    () => {
      listed++;
      return [...held];
    },
    (uri) => held.has(uri),
    () => held.size,
  );
  return { uris: held, order, listed: () => listed };
}

describe('SortedLessonUris', () => {
  it('lists the uris in order and keeps the list through edits without sorting again', async () => {
    const index = fakeIndex(['file:///c', 'file:///a', 'file:///b']);
    assert.deepEqual(await index.order.list(), ['file:///a', 'file:///b', 'file:///c']);
    index.order.changed(new Set(['file:///b']));
    index.uris.add('file:///bb');
    index.order.changed(new Set(['file:///bb']));
    index.uris.delete('file:///a');
    index.order.changed(new Set(['file:///a']));
    assert.deepEqual(await index.order.list(), ['file:///b', 'file:///bb', 'file:///c']);
    assert.equal(index.listed(), 1, 'the index was read once, at the first sort');
  });

  it('sorts again after a change too large to apply one by one', async () => {
    const index = fakeIndex(['file:///b', 'file:///a']);
    await index.order.list();
    const added = Array.from({ length: 1500 }, (_, i) => `file:///n/${String(1500 - i).padStart(4, '0')}`);
    for (const uri of added) index.uris.add(uri);
    index.order.changed(new Set(added));
    const listed = await index.order.list();
    assert.equal(index.listed(), 2);
    assert.deepEqual(listed, [...index.uris].sort());
  });

  it('notices lessons a scan added without announcing them, by the size', async () => {
    const index = fakeIndex(['file:///b']);
    await index.order.list();
    index.uris.add('file:///a');
    assert.deepEqual(await index.order.list(), ['file:///a', 'file:///b']);
  });

  it('applies changes that arrive while it sorts', async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `file:///m/${(i * 7919) % 20_000}`);
    const index = fakeIndex(many);
    const listing = index.order.list();
    // The sort yields between slices; these changes land meanwhile.
    await new Promise((resolve) => setImmediate(resolve));
    index.uris.delete(many[0]!);
    index.order.changed(new Set([many[0]!]));
    index.uris.add('file:///m/new');
    index.order.changed(new Set(['file:///m/new']));
    const listed = await listing;
    const again = await index.order.list();
    assert.deepEqual(again, [...index.uris].sort());
    assert.ok(listed.length > 0);
  });

  it('finds where the page after a cursor starts', () => {
    const list = ['file:///a', 'file:///b', 'file:///d'];
    assert.equal(firstAfter(list, 'file:///a'), 1);
    assert.equal(firstAfter(list, 'file:///c'), 2);
    assert.equal(firstAfter(list, 'file:///d'), 3);
    assert.equal(firstAfter(list, ''), 0);
  });
});
