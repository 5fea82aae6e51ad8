import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Problem } from '../../../../server/src/engine/problem';
import { readSavedHints, SAVED_HINTS_FORMAT, writeSavedHints, type SavedHint, type SavedHintsHeader } from '../../../../server/src/engine/persist/savedHints';

const RANGE = { start: { line: 1, character: 7 }, end: { line: 1, character: 40 } };

function hint(uri: string, matchUri: string): SavedHint {
  const problem: Problem = {
    code: 'similar-lesson',
    severity: 'information',
    message: 'Similar lesson exists: GM-0002 (92%). Reuse it instead of writing it twice?',
    range: RANGE,
    related: [{ uri: matchUri, range: RANGE, message: 'Similar: GM-0002 (92%)' }],
    data: { kind: 'similarLessons', matches: [{ uri: matchUri, id: 'GM-0002', title: 'Two', score: 0.92, adoptable: true }] },
  };
  return { uri, hint: problem };
}

const HEADER: SavedHintsHeader = {
  format: SAVED_HINTS_FORMAT,
  engine: '1.0.0+abc',
  indexWrittenAt: 1234,
  settings: '{"threshold":0.5}',
  notAsSaved: ['file:///ws/edited.lesson.yaml'],
};

describe('saved similar-lesson hints file', () => {
  let folder: string;
  let file: string;
  const acceptAll = (): string | undefined => undefined;

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'learn-once-hints-'));
    file = path.join(folder, 'similar-hints.ndjson');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('reads back exactly the hints it wrote, ranges and matches included', async () => {
    const hints = [hint('file:///ws/a.lesson.yaml', 'file:///ws/b.lesson.yaml'), hint('file:///ws/b.lesson.yaml', 'file:///ws/a.lesson.yaml')];
    assert.deepEqual(await writeSavedHints(file, HEADER, hints), { count: 2, bytes: readFileSync(file).length });
    assert.deepEqual(await readSavedHints(file, acceptAll), { kind: 'loaded', header: HEADER, hints });
  });

  it('passes the header to be accepted or refused, and a refusal discards the file', async () => {
    await writeSavedHints(file, HEADER, [hint('file:///ws/a.lesson.yaml', 'file:///ws/b.lesson.yaml')]);
    let seen: SavedHintsHeader | undefined;
    const load = await readSavedHints(file, (header) => {
      seen = header;
      return 'the similar-lesson settings changed';
    });
    assert.deepEqual(seen, HEADER);
    assert.deepEqual(load, { kind: 'discarded', reason: 'the similar-lesson settings changed' });
  });

  it('says missing when nothing was saved yet', async () => {
    assert.deepEqual(await readSavedHints(file, acceptAll), { kind: 'missing' });
  });

  it('discards a file whose bytes were changed, and lines that are not similar-lesson hints', async () => {
    await writeSavedHints(file, HEADER, [hint('file:///ws/a.lesson.yaml', 'file:///ws/b.lesson.yaml')]);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('92%', '99%'));
    assert.deepEqual(await readSavedHints(file, acceptAll), { kind: 'discarded', reason: 'the checksum does not match the contents' });

    const other: Problem = { code: 'duplicate-id', severity: 'error', message: 'x', range: RANGE };
    await writeSavedHints(file, HEADER, [{ uri: 'file:///ws/a.lesson.yaml', hint: other }]);
    assert.deepEqual(await readSavedHints(file, acceptAll), { kind: 'discarded', reason: 'line 2 is not a similar-lesson hint' });

    const noUri = hint('file:///ws/a.lesson.yaml', 'file:///ws/b.lesson.yaml');
    if (noUri.hint.data?.kind === 'similarLessons') (noUri.hint.data.matches[0] as { uri?: string }).uri = undefined;
    await writeSavedHints(file, HEADER, [noUri]);
    assert.deepEqual(await readSavedHints(file, acceptAll), { kind: 'discarded', reason: 'line 2 is not a similar-lesson hint' });
  });

  it('discards a header of another format', async () => {
    await writeSavedHints(file, { ...HEADER, format: 7 as typeof SAVED_HINTS_FORMAT }, []);
    assert.deepEqual(await readSavedHints(file, acceptAll), { kind: 'discarded', reason: 'the header is not one this version writes' });
  });
});
