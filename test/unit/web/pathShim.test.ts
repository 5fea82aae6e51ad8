import * as assert from 'node:assert/strict';
import { posix } from 'node:path';
import * as shim from '../../../server/src/web/shims/path';

/** The web build's `node:path` must answer as Node's POSIX path does for the paths the server uses (all absolute). */
describe('web: the path shim', () => {
  const paths = ['/', '/a', '/a/b/', '/a/./b/../c', '/a//b', '/ws/dorset/DC-0001.lesson.yaml', '/ws/themes/', '/x/y/../../z', 'rel/a/../b', '.', '..', ''];

  it('normalises, splits and names paths as posix does', () => {
    for (const path of paths) {
      assert.equal(shim.normalize(path), posix.normalize(path), `normalize(${JSON.stringify(path)})`);
      assert.equal(shim.dirname(path), posix.dirname(path), `dirname(${JSON.stringify(path)})`);
      assert.equal(shim.basename(path), posix.basename(path), `basename(${JSON.stringify(path)})`);
      assert.equal(shim.extname(path), posix.extname(path), `extname(${JSON.stringify(path)})`);
      assert.equal(shim.isAbsolute(path), posix.isAbsolute(path), `isAbsolute(${JSON.stringify(path)})`);
    }
    assert.equal(shim.basename('/a/GM-0001.lesson.yaml', '.yaml'), posix.basename('/a/GM-0001.lesson.yaml', '.yaml'));
  });

  it('joins, resolves from absolute paths and finds relative paths as posix does', () => {
    const pairs: [string, string][] = [
      ['/ws', 'dorset/DC-0001.lesson.yaml'],
      ['/ws/', '../other'],
      ['/ws', '/abs'],
      ['/ws/a', '/ws/a/b/c'],
      ['/ws/a/b', '/ws/c'],
      ['/ws', '/ws'],
      ['/', '/ws'],
    ];
    for (const [from, to] of pairs) {
      assert.equal(shim.join(from, to), posix.join(from, to), `join(${from}, ${to})`);
      assert.equal(shim.resolve(from, to), posix.resolve(from, to), `resolve(${from}, ${to})`);
      // Node resolves a relative path from its working directory; the browser has none (the shim starts from /).
      if (posix.isAbsolute(to)) assert.equal(shim.relative(from, to), posix.relative(from, to), `relative(${from}, ${to})`);
    }
    assert.equal(shim.resolve('/ws/a/'), posix.resolve('/ws/a/'));
  });
});
