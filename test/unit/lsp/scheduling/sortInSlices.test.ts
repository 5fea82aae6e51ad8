import * as assert from 'node:assert/strict';
import { sortInSlices } from '../../../../server/src/lsp/scheduling/sortInSlices';
import { TimeSlicer } from '../../../../server/src/lsp/scheduling/timeSlicer';

/** A deterministic list of uri-like strings in no order, with non-ASCII and percent-encoded names. */
function shuffledUris(count: number): string[] {
  const names = ['a', 'B', 'é', 'z%20y', '日本', 'Ω', '-', '_'];
  const uris: string[] = [];
  let seed = 7;
  for (let i = 0; i < count; i++) {
    seed = (seed * 48271) % 2147483647;
    uris.push(`file:///w/${names[seed % names.length]}/${seed.toString(36)}.lesson.yaml`);
  }
  return uris;
}

describe('sortInSlices', () => {
  it('gives the same order as a plain sort, across many runs and with duplicates', async () => {
    const uris = shuffledUris(20_000);
    uris.push(uris[5]!, uris[17]!);
    assert.deepEqual(await sortInSlices(uris, new TimeSlicer()), [...uris].sort());
  });

  it('sorts an empty list and a single item', async () => {
    assert.deepEqual(await sortInSlices([], new TimeSlicer()), []);
    assert.deepEqual(await sortInSlices(['x'], new TimeSlicer()), ['x']);
  });

  it('lets other work run while it sorts a long list', async () => {
    let turns = 0;
    const counting = setInterval(() => turns++, 0);
    try {
      // A budget of zero yields at every check, so other work gets turns throughout.
      await sortInSlices(shuffledUris(20_000), new TimeSlicer(0));
    } finally {
      clearInterval(counting);
    }
    assert.ok(turns > 0, 'a timer ran during the sort');
  });

  it('leaves its input as it was', async () => {
    const uris = shuffledUris(100);
    const copy = [...uris];
    await sortInSlices(uris, new TimeSlicer());
    assert.deepEqual(uris, copy);
  });
});
