import * as assert from 'node:assert/strict';
import { fileMirror } from '../../../server/src/web/host/fileMirror';
import * as fs from '../../../server/src/web/shims/fs';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('web: the file mirror behind the web build’s node:fs', () => {
  afterEach(() => fileMirror.clearUnder('/ws'));

  it('serves stat, readFile and readdir from the mirrored files, and is gone when deleted', async () => {
    fileMirror.set('/ws/dorset/DC-0001.lesson.yaml', { bytes: bytes('id: DC-0001\n'), mtimeMs: 5 });
    const stat = await fs.promises.stat('/ws/dorset/DC-0001.lesson.yaml');
    assert.equal(stat.isFile(), true);
    assert.equal(stat.size, 12);
    assert.equal((await fs.promises.stat('/ws/dorset')).isDirectory(), true);
    assert.equal(await fs.promises.readFile('/ws/dorset/DC-0001.lesson.yaml', 'utf8'), 'id: DC-0001\n');
    assert.deepEqual(
      (await fs.promises.readdir('/ws')).map((entry) => [entry.name, entry.isDirectory()]),
      [['dorset', true]],
    );
    assert.equal(fs.lstatSync('/ws/dorset/DC-0001.lesson.yaml', { throwIfNoEntry: false })?.isFile(), true, 'the import sees the name is taken');
    assert.equal(fs.lstatSync('/ws/dorset/DC-0002.lesson.yaml', { throwIfNoEntry: false }), undefined, 'and that the next one is free');
    fileMirror.delete('/ws/dorset/DC-0001.lesson.yaml');
    await assert.rejects(fs.promises.stat('/ws/dorset/DC-0001.lesson.yaml'), { code: 'ENOENT' });
    assert.equal(fs.existsSync('/ws/dorset/DC-0001.lesson.yaml'), false);
  });

  it('lists every mirrored file by walking folders with readdir, as the engine walks the disk', async () => {
    fileMirror.set('/ws/dorset/DC-0001.lesson.yaml', { bytes: bytes('id: DC-0001\n'), mtimeMs: 0 });
    fileMirror.set('/ws/wessex/WX-0001.lesson.yml', { bytes: bytes('id: WX-0001\n'), mtimeMs: 0 });
    fileMirror.set('/ws/learn-once.yaml', { bytes: bytes('localities: []\n'), mtimeMs: 0 });
    const walked: string[] = [];
    const pending = ['/ws'];
    while (pending.length > 0) {
      const folder = pending.pop()!;
      for (const entry of await fs.promises.readdir(folder)) (entry.isDirectory() ? pending : walked).push(`${folder}/${entry.name}`);
    }
    assert.deepEqual(walked.sort(), ['/ws/dorset/DC-0001.lesson.yaml', '/ws/learn-once.yaml', '/ws/wessex/WX-0001.lesson.yml']);
  });

  it('takes a linked document that is not mirrored to exist, and a lesson file that is not to be missing', () => {
    assert.equal(fs.existsSync('/ws/artefacts/hazard-log.md'), true);
    assert.equal(fs.existsSync('/ws/dorset/DC-0009.lesson.yaml'), false);
  });
});
