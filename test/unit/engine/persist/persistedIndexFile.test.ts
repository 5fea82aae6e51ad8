import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../../../server/src/engine/config/workspaceConfig';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';
import { contentHash } from '../../../../server/src/engine/persist/contentHash';
import { headerMismatch, type CurrentAnalysisContext } from '../../../../server/src/engine/persist/cacheValidity';
import {
  PERSISTED_INDEX_FORMAT,
  type FileStamp,
  type PersistedIndexHeader,
  type PersistedLesson,
} from '../../../../server/src/engine/persist/persistedIndexFormat';
import { readStoredFacts } from '../../../../server/src/engine/persist/packedLesson';
import { readPersistedIndex } from '../../../../server/src/engine/persist/readPersistedIndex';
import { writePersistedIndex } from '../../../../server/src/engine/persist/writePersistedIndex';

const LESSON =
  'id: GM-0001\ntitle: Sign-off took nine months\nlocality: Greater Manchester Care Record\nstage: curatd\ndate: 2025-03-14\ntopics: [consent]\ngood: |\n  One template.\nnot_so_good: |\n  Nine months.\nimprovements: |\n  Agree the route first.\n';

function lessonRecord(filePath: string, text = LESSON): PersistedLesson {
  const analysis = analyzeLesson(text, { config: DEFAULT_CONFIG, today: '2025-06-01' });
  return {
    path: filePath,
    size: Buffer.byteLength(text),
    mtimeMs: 1_700_000_000_000,
    ctimeMs: 1_700_000_000_000,
    ino: 42,
    hash: contentHash(text),
    facts: analysis.facts,
    problems: analysis.problems,
  };
}

const CONTEXT: CurrentAnalysisContext = { engine: '1.0.0+abc', maxFileSize: 1024 * 1024, folders: ['/ws'], configs: { '/ws': 'cfg1' }, today: '2025-06-01' };

const stampOf = ({ size, mtimeMs, ctimeMs, ino, hash }: FileStamp): FileStamp => ({ size, mtimeMs, ctimeMs, ino, hash });

function header(overrides: Partial<PersistedIndexHeader> = {}): PersistedIndexHeader {
  return {
    format: PERSISTED_INDEX_FORMAT,
    engine: CONTEXT.engine,
    maxFileSize: CONTEXT.maxFileSize,
    folders: [...CONTEXT.folders],
    configs: { ...CONTEXT.configs },
    today: CONTEXT.today,
    writtenAt: Date.now(),
    ...overrides,
  };
}

describe('persisted index file', () => {
  let folder: string;
  let file: string;
  const accept = (written: PersistedIndexHeader): string | undefined => headerMismatch(written, CONTEXT);

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'learn-once-persist-'));
    file = path.join(folder, 'nested', 'index.ndjson');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('reads back exactly the lessons it wrote, problems and ranges included', async () => {
    const lessons = [lessonRecord('/ws/gm/GM-0001.lesson.yaml'), lessonRecord('/ws/gm/GM-0002.lesson.yaml', LESSON.replace('GM-0001', 'GM-0002'))];
    const written = await writePersistedIndex(file, header(), lessons);
    assert.equal(written.count, 2);
    const load = await readPersistedIndex(file, accept);
    assert.equal(load.kind, 'loaded');
    const readBack =
      load.kind === 'loaded' &&
      load.lessons.map((stored) => ({ ...stampOf(stored), path: stored.path, facts: readStoredFacts(stored), problems: stored.problems }));
    assert.deepEqual(readBack, JSON.parse(JSON.stringify(lessons)));
    assert.deepEqual(load.kind === 'loaded' && load.lessons[0]!.problems.map((problem) => problem.code), ['invalid-value']);
  });

  it('writes many lessons in chunks, pausing between them', async () => {
    let pauses = 0;
    const record = lessonRecord('/ws/GM-0.lesson.yaml');
    const lessons = Array.from({ length: 1200 }, (_, i) => ({ ...record, path: `/ws/GM-${i}.lesson.yaml` }));
    await writePersistedIndex(file, header(), lessons, { pause: async () => void pauses++ });
    assert.ok(pauses >= 2, `paused ${pauses} times`);
    const load = await readPersistedIndex(file, accept);
    assert.equal(load.kind === 'loaded' && load.lessons.length, 1200);
  });

  it('checks the checksum across the chunks a large file is read in', async () => {
    const record = lessonRecord('/ws/GM-0.lesson.yaml');
    const lessons = Array.from({ length: 3000 }, (_, i) => ({ ...record, path: `/ws/GM-${i}.lesson.yaml` }));
    await writePersistedIndex(file, header(), lessons);
    const bytes = readFileSync(file);
    assert.ok(bytes.length > 2 * 1024 * 1024, 'the file spans several read chunks');
    assert.equal((await readPersistedIndex(file, accept)).kind, 'loaded');
    // One path changed deep in the file, past the first chunk, still valid JSON of the right shape.
    const at = bytes.indexOf('/ws/GM-2500.lesson.yaml');
    bytes.write('/ws/GM-2599.lesson.yaml', at);
    writeFileSync(file, bytes);
    const load = await readPersistedIndex(file, accept);
    assert.deepEqual(load, { kind: 'discarded', reason: 'the checksum does not match the contents' });
  });

  it('says missing when there is no file yet', async () => {
    assert.deepEqual(await readPersistedIndex(path.join(folder, 'none.ndjson'), accept), { kind: 'missing' });
  });

  it('discards a file cut off part-way (e.g. the editor was killed while saving)', async () => {
    await writePersistedIndex(file, header(), [lessonRecord('/ws/a.lesson.yaml'), lessonRecord('/ws/b.lesson.yaml')]);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.7)));
    const load = await readPersistedIndex(file, accept);
    assert.equal(load.kind, 'discarded');
    const lines = readFileSync(file, 'utf8');
    writeFileSync(file, lines.split('\n').slice(0, 2).join('\n') + '\n');
    const withoutTrailer = await readPersistedIndex(file, accept);
    assert.deepEqual(withoutTrailer, { kind: 'discarded', reason: 'the file is cut off before its end' });
  });

  it('discards a file whose bytes were changed even when every line is still valid JSON', async () => {
    await writePersistedIndex(file, header(), [lessonRecord('/ws/a.lesson.yaml')]);
    const text = readFileSync(file, 'utf8');
    // Other words in a stored answer: still a valid record, but not what was written.
    assert.ok(text.includes('Nine months'));
    writeFileSync(file, text.replace('Nine months', 'Nine weeks!'));
    const load = await readPersistedIndex(file, accept);
    assert.deepEqual(load, { kind: 'discarded', reason: 'the checksum does not match the contents' });
  });

  it('discards garbage, a record of the wrong shape, a wrong count and data after the end', async () => {
    writeFileSync(file.replace('nested/', ''), 'not json at all\n');
    assert.equal((await readPersistedIndex(file.replace('nested/', ''), accept)).kind, 'discarded');

    await writePersistedIndex(file, header(), [lessonRecord('/ws/a.lesson.yaml')]);
    const [head, record, trailer] = readFileSync(file, 'utf8').trimEnd().split('\n');
    const [written, rest] = record!.split('\t');
    const wrongShape = `${JSON.stringify({ ...JSON.parse(written!), id: 7 })}\t${rest}`;
    writeFileSync(file, [head, wrongShape, trailer].join('\n') + '\n');
    assert.deepEqual(await readPersistedIndex(file, accept), { kind: 'discarded', reason: 'line 2 is not a lesson record' });

    // A record without the rest of its facts.
    writeFileSync(file, [head, written, trailer].join('\n') + '\n');
    assert.deepEqual(await readPersistedIndex(file, accept), { kind: 'discarded', reason: 'line 2 is not a lesson record' });

    writeFileSync(file, [head, trailer].join('\n') + '\n');
    assert.deepEqual(await readPersistedIndex(file, accept), { kind: 'discarded', reason: 'the file says 1 items but holds 0' });

    writeFileSync(file, [head, record, trailer, record].join('\n') + '\n');
    assert.deepEqual(await readPersistedIndex(file, accept), { kind: 'discarded', reason: 'there is data after the end of the file' });
  });

  it('discards an index written by another version, for other folders or another size limit', async () => {
    await writePersistedIndex(file, header({ engine: '0.9.0+old' }), [lessonRecord('/ws/a.lesson.yaml')]);
    assert.deepEqual(await readPersistedIndex(file, accept), { kind: 'discarded', reason: 'it was written by another version (0.9.0+old)' });
    await writePersistedIndex(file, header({ folders: ['/elsewhere'] }), [lessonRecord('/ws/a.lesson.yaml')]);
    assert.deepEqual(await readPersistedIndex(file, accept), { kind: 'discarded', reason: 'the workspace folders changed' });
    await writePersistedIndex(file, header({ maxFileSize: 10 }), [lessonRecord('/ws/a.lesson.yaml')]);
    assert.deepEqual(await readPersistedIndex(file, accept), { kind: 'discarded', reason: 'the file size limit changed' });
  });

  it('discards a header of another format', async () => {
    writeFileSync(file.replace('nested/', ''), `${JSON.stringify({ ...header(), format: 999 })}\n`);
    assert.deepEqual(await readPersistedIndex(file.replace('nested/', ''), accept), { kind: 'discarded', reason: 'the header is not one this version writes' });
  });

  it('removes a temporary file abandoned by a server that stopped while saving, and only an old one', async () => {
    mkdirSync(path.dirname(file), { recursive: true });
    const abandoned = `${file}.4242.1700000000000.tmp`;
    const recent = `${file}.4343.1700000000001.tmp`;
    writeFileSync(abandoned, 'half an index');
    writeFileSync(recent, 'another server saving right now');
    utimesSync(abandoned, new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000));
    await writePersistedIndex(file, header(), [lessonRecord('/ws/a.lesson.yaml')]);
    assert.deepEqual(readdirSync(path.dirname(file)).sort(), ['index.ndjson', path.basename(recent)]);
  });

  it('replaces the file atomically and leaves no temporary file behind', async () => {
    await writePersistedIndex(file, header(), [lessonRecord('/ws/a.lesson.yaml')]);
    await writePersistedIndex(file, header(), [lessonRecord('/ws/a.lesson.yaml'), lessonRecord('/ws/b.lesson.yaml')]);
    const load = await readPersistedIndex(file, accept);
    assert.equal(load.kind === 'loaded' && load.lessons.length, 2);
    assert.deepEqual(readdirSync(path.dirname(file)), ['index.ndjson']);
  });
});
