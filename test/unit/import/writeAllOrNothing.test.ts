import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { WriteFailure, writeAllOrNothing } from '../../../server/src/import/writeAllOrNothing';

/** Every file and folder under root, relative, sorted. */
function tree(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((entry) => entry.split(path.sep).join('/'))
    .sort();
}

describe('import: writing all lesson files or none', () => {
  let root = '';
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'learn-once-write-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes every file, making folders, and leaves no temporary file', async () => {
    await writeAllOrNothing([
      { path: path.join(root, 'leeds/LD-0001.lesson.yaml'), text: 'one\n' },
      { path: path.join(root, 'a/b/DC-0001.lesson.yaml'), text: 'two\n' },
    ]);
    assert.deepEqual(tree(root), ['a', 'a/b', 'a/b/DC-0001.lesson.yaml', 'leeds', 'leeds/LD-0001.lesson.yaml']);
    assert.equal(readFileSync(path.join(root, 'a/b/DC-0001.lesson.yaml'), 'utf8'), 'two\n');
  });

  it('never overwrites: a file already there fails the batch and the others are removed', async () => {
    mkdirSync(path.join(root, 'leeds'));
    writeFileSync(path.join(root, 'leeds/LD-0002.lesson.yaml'), 'theirs\n');
    await assert.rejects(
      writeAllOrNothing([
        { path: path.join(root, 'new-folder/DC-0001.lesson.yaml'), text: 'one\n' },
        { path: path.join(root, 'leeds/LD-0001.lesson.yaml'), text: 'two\n' },
        { path: path.join(root, 'leeds/LD-0002.lesson.yaml'), text: 'mine\n' },
      ]),
      (error: unknown) => error instanceof WriteFailure && error.file.endsWith('LD-0002.lesson.yaml') && /already exists/.test(error.message),
    );
    assert.deepEqual(tree(root), ['leeds', 'leeds/LD-0002.lesson.yaml'], 'the folder it made is gone, the existing one stays');
    assert.equal(readFileSync(path.join(root, 'leeds/LD-0002.lesson.yaml'), 'utf8'), 'theirs\n');
  });

  it('a folder that cannot be made fails the batch with nothing left written', async () => {
    writeFileSync(path.join(root, 'dorset'), 'a file where a folder should be');
    await assert.rejects(
      writeAllOrNothing([
        { path: path.join(root, 'leeds/LD-0001.lesson.yaml'), text: 'one\n' },
        { path: path.join(root, 'dorset/DC-0001.lesson.yaml'), text: 'two\n' },
      ]),
      WriteFailure,
    );
    assert.deepEqual(tree(root), ['dorset']);
    assert.ok(!existsSync(path.join(root, 'leeds')));
  });
});
