import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { isInsideFolder } from '../../../../server/src/engine/workspace/isInsideFolder';

/** The plain definition the quick test must agree with: a relative path that neither is empty nor leads out. */
function insideByRelativePath(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

describe('isInsideFolder', () => {
  const root = path.resolve('/work', 'lessons');

  it('holds a file under the folder, at any depth, and not the folder itself', () => {
    assert.equal(isInsideFolder(root, path.join(root, 'GM-0001.lesson.yaml')), true);
    assert.equal(isInsideFolder(root, path.join(root, 'a', 'b', 'GM-0001.lesson.yaml')), true);
    assert.equal(isInsideFolder(root, root), false);
    assert.equal(isInsideFolder(root, `${root}${path.sep}`), false);
  });

  it('does not hold a sibling whose name starts with the folder name', () => {
    assert.equal(isInsideFolder(root, `${root}-old${path.sep}GM-0001.lesson.yaml`), false);
    assert.equal(isInsideFolder(root, `${root}2`), false);
  });

  it('follows .. segments after the folder, out of it or back into it', () => {
    assert.equal(isInsideFolder(root, `${root}${path.sep}..${path.sep}other${path.sep}GM-0001.lesson.yaml`), false);
    assert.equal(isInsideFolder(root, `${root}${path.sep}..`), false);
    assert.equal(isInsideFolder(root, `${root}${path.sep}a${path.sep}..${path.sep}GM-0001.lesson.yaml`), true);
  });

  it('holds a path in a folder whose name begins with two dots', () => {
    assert.equal(isInsideFolder(root, path.join(root, '..drafts', 'GM-0001.lesson.yaml')), true);
  });

  it('takes a folder given with a separator at its end as the same folder', () => {
    assert.equal(isInsideFolder(`${root}${path.sep}`, path.join(root, 'GM-0001.lesson.yaml')), true);
    assert.equal(isInsideFolder(`${root}${path.sep}`, `${root}-old${path.sep}x`), false);
  });

  it('agrees with the relative-path definition on every pairing of awkward paths', () => {
    const sep = path.sep;
    const folders = [root, `${root}${sep}`, `${root}${sep}a`, `${root}${sep}a${sep}..`, `${root}${sep}.`, path.parse(root).root];
    const tails = [
      '',
      sep,
      `${sep}x`,
      `${sep}a${sep}x`,
      `${sep}..`,
      `${sep}..${sep}x`,
      `${sep}a${sep}..${sep}..${sep}x`,
      `${sep}..x`,
      `${sep}.${sep}x`,
      'x',
      `-old${sep}x`,
      `${sep}${sep}x`,
    ];
    let compared = 0;
    for (const folder of folders)
      for (const base of [root, `${root}${sep}a`, folder])
        for (const tail of tails) {
          const file = `${base}${tail}`;
          assert.equal(isInsideFolder(folder, file), insideByRelativePath(folder, file), `${folder} holds ${file}?`);
          compared++;
        }
    assert.equal(compared, folders.length * 3 * tails.length);
  });
});
