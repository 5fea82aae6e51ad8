import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../../../server/src/engine/config/workspaceConfig';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';
import { analysisStillHolds, configFingerprint, type CurrentAnalysisContext } from '../../../../server/src/engine/persist/cacheValidity';
import { checkFile, RACY_MARGIN_MS } from '../../../../server/src/engine/persist/checkFile';
import { contentHash } from '../../../../server/src/engine/persist/contentHash';
import {
  PERSISTED_INDEX_FORMAT,
  type FileStamp,
  type PersistedIndexHeader,
  type PersistedLesson,
} from '../../../../server/src/engine/persist/persistedIndexFormat';

describe('persisted index: stale files and stale analyses', () => {
  let folder: string;
  let file: string;
  let stamp: FileStamp;
  const text = 'id: GM-0001\ntitle: One\n';

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'learn-once-stale-'));
    file = path.join(folder, 'GM-0001.lesson.yaml');
    writeFileSync(file, text);
    utimesSync(file, new Date(2024, 0, 1), new Date(2024, 0, 1));
    const stat = statSync(file);
    stamp = { size: Buffer.byteLength(text), mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino, hash: contentHash(Buffer.from(text)) };
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  /** An index written a minute after the stamp was taken: stamps in it are past the racy margin. */
  const later = (): number => stamp.ctimeMs + 60_000;

  it('keeps a file whose bytes are the same, reading them when not told when the index was written', () => {
    assert.deepEqual(checkFile(file, stamp), { kind: 'unchanged', stamp, read: true });
  });

  it('keeps a file untouched since well before the index was written without reading it', () => {
    assert.deepEqual(checkFile(file, stamp, { indexWrittenAt: later() }), { kind: 'unchanged', stamp, read: false });
  });

  it('reads and hashes a file stamped within the racy margin of the index being written', () => {
    const check = checkFile(file, stamp, { indexWrittenAt: stamp.ctimeMs + RACY_MARGIN_MS / 2 });
    assert.equal(check.kind === 'unchanged' && check.read, true);
  });

  it('keeps a file only touched (new modification time, same bytes) and gives its new time', () => {
    utimesSync(file, new Date(2025, 0, 1), new Date(2025, 0, 1));
    const check = checkFile(file, stamp, { indexWrittenAt: later() });
    assert.equal(check.kind === 'unchanged' && check.read, true);
    assert.equal(check.kind, 'unchanged');
    assert.equal(check.kind === 'unchanged' && check.stamp.mtimeMs, statSync(file).mtimeMs);
    assert.notEqual(statSync(file).mtimeMs, stamp.mtimeMs);
  });

  it('detects a file of another size', () => {
    writeFileSync(file, `${text}stage: captured\n`);
    const check = checkFile(file, stamp, { indexWrittenAt: later() });
    assert.equal(check.kind === 'changed' && check.reason, 'size');
    assert.equal(check.kind === 'changed' && check.bytes.toString(), `${text}stage: captured\n`);
  });

  it('detects changed bytes even with the same size and the old modification time put back', () => {
    writeFileSync(file, text.replace('One', 'Two'));
    utimesSync(file, new Date(2024, 0, 1), new Date(2024, 0, 1));
    assert.equal(statSync(file).mtimeMs, stamp.mtimeMs);
    assert.equal(statSync(file).size, stamp.size);
    // Setting the time back changed the change time, which only the system sets.
    assert.notEqual(statSync(file).ctimeMs, stamp.ctimeMs);
    for (const options of [{}, { indexWrittenAt: later() }]) {
      const check = checkFile(file, stamp, options);
      assert.equal(check.kind === 'changed' && check.reason, 'content');
    }
  });

  it('reports a file that is gone or is a folder as unreadable', () => {
    assert.deepEqual(checkFile(folder, stamp), { kind: 'unreadable' });
    assert.deepEqual(checkFile(folder, stamp, { indexWrittenAt: later() }), { kind: 'unreadable' });
    rmSync(file);
    assert.deepEqual(checkFile(file, stamp), { kind: 'unreadable' });
    assert.deepEqual(checkFile(file, stamp, { indexWrittenAt: later() }), { kind: 'unreadable' });
  });

  describe('analyses that no longer hold', () => {
    const lesson = (date: string, more = ''): PersistedLesson => {
      const source = `id: GM-0001\ndate: ${date}\n${more}`;
      const analysis = analyzeLesson(source, { config: DEFAULT_CONFIG, today: '2025-06-01' });
      return {
        path: '/ws/GM-0001.lesson.yaml',
        size: source.length,
        mtimeMs: 1,
        ctimeMs: 1,
        ino: 1,
        hash: contentHash(source),
        facts: analysis.facts,
        problems: analysis.problems,
      };
    };
    const fingerprint = configFingerprint(DEFAULT_CONFIG);
    const header: PersistedIndexHeader = {
      format: PERSISTED_INDEX_FORMAT,
      engine: 'e',
      maxFileSize: 100,
      folders: ['/ws'],
      configs: { '/ws': fingerprint },
      today: '2025-06-01',
      writtenAt: 0,
    };
    const now = (overrides: Partial<CurrentAnalysisContext> = {}): CurrentAnalysisContext => ({
      engine: 'e',
      maxFileSize: 100,
      folders: ['/ws'],
      configs: { '/ws': fingerprint },
      today: '2025-06-01',
      ...overrides,
    });

    const dated = (persisted: PersistedLesson) => ({ date: persisted.facts.date, problems: persisted.problems });

    it('holds on the same day with the same config', () => {
      assert.equal(analysisStillHolds(dated(lesson('2025-06-02')), '/ws', header, now()), true);
    });

    it('does not hold once the folder config changed, or for a file outside the folders', () => {
      const otherConfig = configFingerprint({ ...DEFAULT_CONFIG, topics: ['consent'] });
      assert.notEqual(otherConfig, fingerprint);
      assert.equal(analysisStillHolds(dated(lesson('2025-01-01')), '/ws', header, now({ configs: { '/ws': otherConfig } })), false);
      assert.equal(analysisStillHolds(dated(lesson('2025-01-01')), undefined, header, now()), false);
    });

    it('on a later day, does not hold for a lesson dated after the day it was analysed (it was in the future then)', () => {
      const future = lesson('2025-06-02');
      assert.ok(future.problems.some((problem) => problem.code === 'future-date'));
      assert.equal(analysisStillHolds(dated(future), '/ws', header, now({ today: '2025-06-03' })), false);
      assert.equal(analysisStillHolds(dated(lesson('2025-05-31')), '/ws', header, now({ today: '2025-06-03' })), true);
    });

    it('on a later day, does not hold for a lesson whose review was dated after the day it was analysed', () => {
      const futureReview = lesson('2025-05-01', 'reviewed_on: 2025-06-02\n');
      assert.deepEqual(
        futureReview.problems.filter((problem) => problem.code.endsWith('-date')).map((problem) => problem.message),
        ["reviewed_on '2025-06-02' is in the future; a review is dated when it was done (today is 2025-06-01)."],
      );
      assert.equal(analysisStillHolds(dated(futureReview), '/ws', header, now()), true, 'the same day');
      assert.equal(analysisStillHolds(dated(futureReview), '/ws', header, now({ today: '2025-06-03' })), false);
    });
  });
});
