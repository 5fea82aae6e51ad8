import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Script } from 'node:vm';
import { createHash } from 'node:crypto';
import { cacheFileName, runBundleWithCodeCache } from '../../../server/src/launch/codeCache';

interface BundleExports {
  dirname: string;
  filename: string;
  helper: string;
  sum(values: number[]): number;
}

/** A bundle that, like ours, requires a file beside it and exports what it saw of its module. */
function writeBundle(folder: string, name: string, extra = ''): string {
  writeFileSync(path.join(folder, 'helper.js'), "module.exports = 'beside the bundle';\n");
  const file = path.join(folder, name);
  writeFileSync(
    file,
    `${extra}\nmodule.exports = { dirname: __dirname, filename: __filename, helper: require('./helper.js'), sum: (values) => values.reduce((a, b) => a + b, 0) };\n`,
  );
  return file;
}

function run(bundle: string, cacheDir: string | undefined): { state: string; exports: BundleExports; save(): void; file?: string } {
  const result = runBundleWithCodeCache(bundle, cacheDir);
  return { ...result, exports: result.exports as BundleExports };
}

describe('launch: runBundleWithCodeCache', () => {
  let root: string;
  let bundles: string;
  let cache: string;

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'learn-once-code-cache-'));
    bundles = path.join(root, 'dist');
    cache = path.join(root, 'storage', 'code');
    mkdirSync(bundles);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('runs the bundle as require would: its own __dirname, __filename, require and exports', () => {
    const bundle = writeBundle(bundles, 'serverMain.js');
    const { state, exports } = run(bundle, undefined);
    assert.equal(state, 'off');
    assert.equal(exports.dirname, bundles);
    assert.equal(exports.filename, bundle);
    assert.equal(exports.helper, 'beside the bundle');
    assert.equal(exports.sum([1, 2, 3]), 6);
  });

  it('with no folder given, saves nothing', () => {
    const bundle = writeBundle(bundles, 'serverMain.js');
    const first = run(bundle, undefined);
    first.save();
    assert.equal(first.file, undefined);
    assert.deepEqual(readdirSync(root).sort(), ['dist']);
  });

  it('saves the code on the first start and uses it on the next, which runs the same', () => {
    const bundle = writeBundle(bundles, 'serverMain.js');
    const first = run(bundle, cache);
    assert.equal(first.state, 'missing');
    assert.equal(first.exports.sum([4, 5]), 9);
    first.save();
    assert.deepEqual(readdirSync(cache), [path.basename(first.file!)]);

    const second = run(bundle, cache);
    assert.equal(second.state, 'used');
    assert.equal(second.exports.sum([4, 5]), 9);
    assert.equal(second.exports.helper, 'beside the bundle');
  });

  it('does not rewrite a cache it used', () => {
    const bundle = writeBundle(bundles, 'serverMain.js');
    run(bundle, cache).save();
    const second = run(bundle, cache);
    assert.equal(second.state, 'used');
    rmSync(second.file!);
    second.save();
    assert.deepEqual(readdirSync(cache), [], 'a start that used the cache has nothing new to save');
  });

  it('ignores a damaged cache file, runs from source, and replaces the file on save', () => {
    const bundle = writeBundle(bundles, 'serverMain.js');
    const first = run(bundle, cache);
    first.save();
    const damaged = readFileSync(first.file!);
    damaged[damaged.length - 10] ^= 0xff;
    writeFileSync(first.file!, damaged);

    const second = run(bundle, cache);
    assert.equal(second.state, 'corrupt');
    assert.equal(second.exports.sum([2, 2]), 4);
    second.save();
    assert.equal(run(bundle, cache).state, 'used');
  });

  it('treats a file too short to hold a checksum as damaged', () => {
    const bundle = writeBundle(bundles, 'serverMain.js');
    mkdirSync(cache, { recursive: true });
    writeFileSync(path.join(cache, cacheFileName(bundle, readFileSync(bundle))), 'x');
    assert.equal(run(bundle, cache).state, 'corrupt');
  });

  it('reports a cache V8 refuses (made for other source) as rejected, and replaces it on save', () => {
    const bundle = writeBundle(bundles, 'serverMain.js');
    // A well-formed file under this bundle's name, but V8's code for another script.
    const foreign = new Script('(function () { return 42; })').createCachedData();
    mkdirSync(cache, { recursive: true });
    writeFileSync(path.join(cache, cacheFileName(bundle, readFileSync(bundle))), Buffer.concat([createHash('sha1').update(foreign).digest(), foreign]));

    const first = run(bundle, cache);
    assert.equal(first.state, 'rejected');
    assert.equal(first.exports.sum([1, 1]), 2);
    first.save();
    assert.equal(run(bundle, cache).state, 'used');
  });

  it('gives a changed bundle its own cache and removes the old bundle caches of that name only', () => {
    const bundle = writeBundle(bundles, 'serverMain.js');
    const other = writeBundle(bundles, 'indexWorker.js');
    run(bundle, cache).save();
    run(other, cache).save();
    assert.equal(readdirSync(cache).length, 2);

    writeBundle(bundles, 'serverMain.js', '// the next version');
    const changed = run(bundle, cache);
    assert.equal(changed.state, 'missing', 'the old cache is not offered for new code');
    changed.save();
    const names = readdirSync(cache).sort();
    assert.equal(names.length, 2);
    assert.ok(names.includes(path.basename(changed.file!)));
    assert.ok(
      names.some((name) => name.startsWith('indexWorker-')),
      'another bundle keeps its cache',
    );
  });

  it('survives a cache folder it cannot write: save does not throw and the next start runs from source', () => {
    const bundle = writeBundle(bundles, 'serverMain.js');
    const notAFolder = path.join(root, 'a-file');
    writeFileSync(notAFolder, 'in the way');
    const first = run(bundle, notAFolder);
    assert.equal(first.state, 'missing');
    assert.doesNotThrow(() => first.save());
    assert.equal(run(bundle, notAFolder).state, 'missing');
  });

  it('names the file after the bundle, a hash of its bytes and the Node version', () => {
    const name = cacheFileName('/x/serverMain.js', Buffer.from('one'));
    assert.match(name, new RegExp(`^serverMain-[A-Za-z0-9_-]{16}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.codecache$`));
    assert.notEqual(name, cacheFileName('/x/serverMain.js', Buffer.from('two')));
  });
});
