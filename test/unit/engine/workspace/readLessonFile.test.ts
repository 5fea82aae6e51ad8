import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { findLessonFiles } from '../../../../server/src/engine/workspace/findLessonFiles';
import { LessonWorkspace } from '../../../../server/src/engine/workspace/LessonWorkspace';
import { decodeLessonBytes, readLessonFile } from '../../../../server/src/engine/workspace/readLessonFile';
import { lesson } from '../../support/lessons';

describe('reading lesson files', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'learn-once-read-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const code = async (file: string, max = 1024 * 1024): Promise<string> => {
    const read = await readLessonFile(file, max);
    return read.kind === 'text' ? 'text' : read.problem.code;
  };

  it('reads UTF-8 text and drops a byte order mark', async () => {
    writeFileSync(path.join(root, 'a.lesson.yaml'), '\ufeffid: GM-0001\n');
    const read = await readLessonFile(path.join(root, 'a.lesson.yaml'), 1000);
    assert.equal(read.kind === 'text' && read.text, 'id: GM-0001\n');
  });

  it('turns binary, non-UTF-8, missing, oversized files and folders into problems', async () => {
    writeFileSync(path.join(root, 'bin.lesson.yaml'), Buffer.from([1, 0, 2]));
    writeFileSync(path.join(root, 'latin.lesson.yaml'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    writeFileSync(path.join(root, 'big.lesson.yaml'), 'x'.repeat(2000));
    mkdirSync(path.join(root, 'dir.lesson.yaml'));
    symlinkSync(path.join(root, 'nowhere'), path.join(root, 'broken.lesson.yaml'));
    assert.equal(await code(path.join(root, 'bin.lesson.yaml')), 'not-text');
    assert.equal(await code(path.join(root, 'latin.lesson.yaml')), 'not-text');
    assert.equal(await code(path.join(root, 'big.lesson.yaml'), 1000), 'file-too-large');
    assert.equal(await code(path.join(root, 'dir.lesson.yaml')), 'file-unreadable');
    const broken = await readLessonFile(path.join(root, 'broken.lesson.yaml'), 1000);
    assert.equal(broken.kind === 'problem' && broken.problem.message, 'This file could not be read: it no longer exists (or is a broken link).');
  });

  it("gives an editor's text holding a NUL the problem the same file gets from disk, at the first NUL and alone", async () => {
    const text = `${lesson()}notes: \u0000\u0001\u0000 [\n`;
    const file = path.join(root, 'GM-0042.lesson.yaml');
    writeFileSync(file, text);
    const fromDisk = await readLessonFile(file, 1024 * 1024);
    assert.ok(fromDisk.kind === 'problem');
    const workspace = new LessonWorkspace({ folders: [root], similarity: false });
    const uri = URI.file(file).toString();
    workspace.updateText(uri, text);
    assert.deepEqual(workspace.lessonProblemsFor(uri), [
      { ...fromDisk.problem, range: { start: { line: 12, character: 7 }, end: { line: 12, character: 8 } } },
    ]);
    assert.equal(fromDisk.problem.message, 'This file is binary, not text; a lesson is a UTF-8 YAML text file.');
    assert.equal(workspace.index.lessonsWithId('GM-0042').length, 0, 'a binary file is no lesson');
  });

  it('says how big a file is and what the limit is', async () => {
    writeFileSync(path.join(root, 'big.lesson.yaml'), 'x'.repeat(3 * 1024 * 1024));
    const read = await readLessonFile(path.join(root, 'big.lesson.yaml'), 1024 * 1024);
    assert.equal(read.kind === 'problem' && read.problem.message, 'This file is 3.0 MB, over the 1.0 MB limit (learnOnce.maxFileSize), so it was not checked.');
  });

  it('decodes each file on its own: a bad byte sequence cut off at one file’s end does not reach into the next', () => {
    const cutOff = Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xe2, 0x80]);
    assert.notEqual(typeof decodeLessonBytes(cutOff), 'string');
    // Joined to the bytes before it, 0xa6 would end a valid '…'; alone it is not UTF-8.
    assert.notEqual(typeof decodeLessonBytes(Buffer.from([0xa6, 0x69, 0x64])), 'string');
    assert.equal(decodeLessonBytes(Buffer.from('id: “GM-0001”\n')), 'id: “GM-0001”\n');
  });

  it('decodes bytes strictly', () => {
    assert.equal(decodeLessonBytes(Buffer.from('é', 'utf8')), 'é');
    assert.notEqual(typeof decodeLessonBytes(Buffer.from([0xff])), 'string');
  });

  it('finds lesson files, skipping node_modules, .git and excluded globs, without following folder links', async () => {
    for (const file of [
      'a/GM-0001.lesson.yaml',
      'a/b/GM-0002.lesson.yml',
      'node_modules/p/x.lesson.yaml',
      '.git/x.lesson.yaml',
      'out/x.lesson.yaml',
      'a/notes.yaml',
    ]) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), 'id: x\n');
    }
    symlinkSync(root, path.join(root, 'a', 'loop'));
    const found = (await findLessonFiles(root, { exclude: ['**/out'] })).map((file) => path.relative(root, file));
    assert.deepEqual(found, ['a/GM-0001.lesson.yaml', 'a/b/GM-0002.lesson.yml']);
  });

  it('finds the workspace folder of a lesson by the innermost folder holding it, a folder named ..drafts included', () => {
    const inner = path.join(root, 'inner');
    const workspace = new LessonWorkspace({ folders: [root, inner], similarity: false });
    assert.equal(workspace.folderOf(path.join(root, '..drafts', 'GM-0001.lesson.yaml')), root);
    assert.equal(workspace.folderOf(path.join(inner, 'GM-0002.lesson.yaml')), inner);
    assert.equal(workspace.folderOf(inner), inner);
    assert.equal(workspace.folderOf(path.join(root, '..', 'elsewhere', 'GM-0003.lesson.yaml')), undefined);
  });

  it('matches exclude globs against each path from the folder given, in / form, however deep', async () => {
    for (const file of ['a/b/GM-0002.lesson.yaml', 'a/c/GM-0003.lesson.yaml', 'a/c/d/old.lesson.yaml', 'e/old.lesson.yaml', 'GM-0001.lesson.yaml']) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), 'id: x\n');
    }
    // The folder as an editor may give it, with a separator at its end.
    const found = (await findLessonFiles(`${root}${path.sep}`, { exclude: ['a/b', 'a/**/old.lesson.yaml', 'GM-0001.lesson.yaml'] })).map((file) =>
      path.relative(root, file).split(path.sep).join('/'),
    );
    assert.deepEqual(found, ['a/c/GM-0003.lesson.yaml', 'e/old.lesson.yaml']);
  });
});
