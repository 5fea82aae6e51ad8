import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, LspTestClient } from './support/LspTestClient';
import { lessonText, tempWorkspace } from './support/tempWorkspace';
import { LessonsRequest, SimilarLessonsRequest, StatsRequest, type StatsResult } from '../../shared/protocol';

/** Enough lessons that the first scan uses worker threads. */
const LESSONS = 450;
/** One index worker beside the server's thread, whatever the machine's cores. */
const WORKERS_ENV = 'LEARN_ONCE_INDEX_WORKERS';

/** A workspace of lessons with single-file and cross-file problems among clean ones. */
function catalogue(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let n = 1; n <= LESSONS; n++) {
    const id = `GM-${String(n).padStart(4, '0')}`;
    files[`gm/${id}.lesson.yaml`] = lessonText({ id, title: `Lesson number ${n} about sign-off ${n % 7 === 0 ? 'and consent' : 'in general'}` });
  }
  files['gm/GM-0002.lesson.yaml'] = lessonText({ id: 'GM-0002', stage: 'curatd' });
  files['gm/GM-0003.lesson.yaml'] = lessonText({ id: 'GM-0003', related: '[GM-9999]' });
  files['gm/GM-0004.lesson.yaml'] = lessonText({ id: 'GM-0005', title: 'A copy with the wrong id' });
  files['gm/GM-0006.lesson.yaml'] = 'id: GM-0006\ntitle: [unclosed\n';
  return files;
}

/** Every published diagnostic except similar-lesson hints (the similarity engine is rebuilt, not saved, and its hints follow later). */
/** A lesson unlike any in the catalogue. */
const LONER = lessonText({
  id: 'GM-0300',
  title: 'Printer drivers on ward laptops',
  good: '|\n  Drivers were packaged once.',
  not_so_good: '|\n  Laptops rebooted at night.',
  improvements: '|\n  Test on one ward first.',
  topics: '[devices]',
});

/** Every published diagnostic except similar-lesson hints (the similarity engine is rebuilt after the scan, and its hints follow later). */
const problemsSnapshot = (client: LspTestClient): Map<string, Diagnostic[]> => client.diagnosticsWhere((diagnostic) => diagnostic.code !== 'similar-lesson');
/** The similar-lesson hints published, by uri. */
const hintsSnapshot = (client: LspTestClient): Map<string, Diagnostic[]> => client.diagnosticsWhere((diagnostic) => diagnostic.code === 'similar-lesson');

/** Waits until the pass over every lesson's hints has ended (learnOnce/similarLessons is no longer partial) and its hints are saved. */
async function waitForSavedHints(client: LspTestClient, anyLesson: string): Promise<StatsResult> {
  await client.requestUntil<{ partial: boolean }>(SimilarLessonsRequest.method, { uri: anyLesson }, (answer) => !answer.partial, 'the hint pass to end');
  return client.requestUntil<StatsResult>(StatsRequest.method, {}, (latest) => latest.scan?.hints?.saved !== undefined, 'the hints to be saved', 30_000);
}

async function stats(client: LspTestClient): Promise<StatsResult> {
  return (await client.connection.sendRequest(StatsRequest, {})) as StatsResult;
}

/** Waits until the server has saved its index after the scan (the save runs in the background). */
async function waitForSave(client: LspTestClient): Promise<StatsResult> {
  return client.requestUntil<StatsResult>(
    StatsRequest.method,
    {},
    (latest) => latest.scan?.phasesMs.save !== undefined || latest.scan?.cache === 'loaded',
    'the index to be saved',
    30_000,
  );
}

describe('protocol: persisted index', () => {
  let client: LspTestClient | undefined;
  let workspace: ReturnType<typeof tempWorkspace> | undefined;
  let storage: string;

  beforeEach(() => {
    storage = mkdtempSync(path.join(tmpdir(), 'learn-once-storage-'));
    process.env[WORKERS_ENV] = '1';
  });

  afterEach(async () => {
    delete process.env[WORKERS_ENV];
    await client?.stop();
    workspace?.dispose();
    rmSync(storage, { recursive: true, force: true });
    client = undefined;
    workspace = undefined;
  });

  async function start(): Promise<{ client: LspTestClient; problems: Map<string, Diagnostic[]> }> {
    await client?.stop();
    client = await LspTestClient.start({ folders: [workspace!.root], initializationOptions: { storagePath: storage } });
    await client.waitForIndex();
    return { client, problems: problemsSnapshot(client) };
  }

  /** A cold start on the catalogue that saves its index, then stops: the problems it published. */
  async function savedThenStopped(): Promise<Map<string, Diagnostic[]>> {
    workspace = tempWorkspace(catalogue());
    const cold = await start();
    await waitForSave(cold.client);
    await client!.stop();
    client = undefined;
    return cold.problems;
  }

  it('a warm start from the saved index publishes exactly the diagnostics of a cold start', async () => {
    workspace = tempWorkspace(catalogue());
    const cold = await start();
    const coldStats = await waitForSave(cold.client);
    assert.equal(coldStats.scan?.cache, 'missing');
    assert.equal(coldStats.scan?.workers, 1);
    assert.ok((coldStats.scan?.analysedOnWorkers ?? 0) > 0, 'the worker thread analysed lessons');
    assert.equal(
      (coldStats.scan?.analysedOnWorkers ?? 0) + (coldStats.scan?.analysedHere ?? 0),
      LESSONS,
      'the worker and the server thread analysed every lesson between them',
    );
    assert.deepEqual([...cold.problems.keys()].map((uri) => path.basename(uri)).sort(), [
      'GM-0002.lesson.yaml',
      'GM-0003.lesson.yaml',
      'GM-0004.lesson.yaml',
      'GM-0005.lesson.yaml',
      'GM-0006.lesson.yaml',
    ]);
    assert.ok(
      readdirSync(storage).some((name) => name.endsWith('.ndjson')),
      'the index was saved in the storage folder',
    );

    const similarTo = fileUri(workspace.path('gm/GM-0014.lesson.yaml'));
    type Similar = { partial: boolean; matches: { id?: string; score: number }[] };
    const coldSimilar = await cold.client.requestUntil<Similar>(
      SimilarLessonsRequest.method,
      { uri: similarTo, top: 5 },
      (answer) => !answer.partial,
      'similar lessons, cold',
    );

    const warm = await start();
    const warmStats = await stats(warm.client);
    assert.equal(warmStats.scan?.cache, 'loaded');
    assert.equal(warmStats.scan?.fromCache, LESSONS);
    assert.deepEqual(warm.problems, cold.problems);
    // The similarity engine, rebuilt from the saved facts, ranks similar lessons exactly as before.
    const warmSimilar = await warm.client.requestUntil<Similar>(
      SimilarLessonsRequest.method,
      { uri: similarTo, top: 5 },
      (answer) => !answer.partial,
      'similar lessons, warm',
    );
    assert.ok(coldSimilar.matches.length > 0);
    assert.deepEqual(warmSimilar.matches, coldSimilar.matches);
  });

  it('re-analyses a file changed while the server was stopped, even with its size and time put back', async () => {
    await savedThenStopped();
    const file = workspace!.path('gm/GM-0010.lesson.yaml');
    const before = statSync(file);
    // One letter of the stage changed: same length, so only the bytes tell.
    writeFileSync(file, lessonText({ id: 'GM-0010', title: 'Lesson number 10 about sign-off in general', stage: 'capturex' }));
    utimesSync(file, before.atime, before.mtime);
    assert.equal(statSync(file).size, before.size);

    const warm = await start();
    const warmStats = await stats(warm.client);
    assert.equal(warmStats.scan?.cache, 'loaded');
    assert.equal(warmStats.scan?.staleInCache, 1);
    assert.equal(warmStats.scan?.fromCache, LESSONS - 1);
    assert.deepEqual(
      warm.problems.get(fileUri(file))?.map((d) => d.code),
      ['invalid-value'],
    );
  });

  it('reuses the unchanged lessons, re-analyses one changed and drops one deleted while the server was stopped', async () => {
    const coldProblems = await savedThenStopped();
    const changed = workspace!.path('gm/GM-0010.lesson.yaml');
    writeFileSync(changed, lessonText({ id: 'GM-0010', title: 'Lesson number 10 about sign-off in general', stage: 'no-such-stage' }));
    const gone = workspace!.path('gm/GM-0011.lesson.yaml');
    rmSync(gone);

    const warm = await start();
    const warmStats = await stats(warm.client);
    assert.equal(warmStats.scan?.cache, 'loaded');
    assert.equal(warmStats.scan?.staleInCache, 1);
    assert.equal(warmStats.scan?.fromCache, LESSONS - 2);
    assert.deepEqual(
      warm.problems.get(fileUri(changed))?.map((d) => d.code),
      ['invalid-value'],
    );
    assert.equal(warm.problems.has(fileUri(gone)), false);
    for (const [uri, diagnostics] of coldProblems)
      if (uri !== fileUri(changed) && uri !== fileUri(gone)) assert.deepEqual(warm.problems.get(uri), diagnostics, uri);
  });

  it('discards a corrupt saved index, publishes the same diagnostics, and saves a good one again', async () => {
    workspace = tempWorkspace(catalogue());
    const cold = await start();
    await waitForSave(cold.client);
    const saved = readdirSync(storage).find((name) => name.endsWith('.ndjson'))!;
    writeFileSync(path.join(storage, saved), '{"format":1,"engine":"x"}\n{ not json\n');

    const rebuilt = await start();
    const rebuiltStats = await waitForSave(rebuilt.client);
    assert.equal(rebuiltStats.scan?.cache, 'discarded');
    assert.equal(rebuiltStats.scan?.fromCache, 0);
    assert.deepEqual(rebuilt.problems, cold.problems);

    const warm = await start();
    assert.equal((await stats(warm.client)).scan?.cache, 'loaded');
    assert.deepEqual(warm.problems, cold.problems);
  });

  it('restores the similar-lesson hints saved after the last pass instead of ranking every lesson again', async () => {
    workspace = tempWorkspace(catalogue());
    const anyLesson = fileUri(workspace.path('gm/GM-0001.lesson.yaml'));
    const cold = await start();
    const coldStats = await waitForSavedHints(cold.client, anyLesson);
    const coldHints = hintsSnapshot(cold.client);
    assert.ok(coldHints.size > 100, `the catalogue's lessons resemble each other (${coldHints.size} hints)`);
    assert.equal(coldStats.scan?.hints?.cache, 'none', 'a cold start has no saved index for hints to go with');
    assert.equal(coldStats.scan?.hints?.saved, coldHints.size);
    assert.ok(
      readdirSync(storage).some((name) => name.startsWith('similar-hints-')),
      'the hints were saved in the storage folder',
    );

    const warm = await start();
    await warm.client.requestUntil<{ partial: boolean }>(SimilarLessonsRequest.method, { uri: anyLesson }, (answer) => !answer.partial, 'the restored hints');
    const warmStats = await stats(warm.client);
    assert.deepEqual(
      warmStats.scan?.hints,
      { cache: 'loaded', restored: coldHints.size, toRank: 0 },
      'every hint restored, none ranked again, nothing to save',
    );
    await warm.client.waitFor(() => hintsSnapshot(warm.client).size === coldHints.size || undefined, 'every restored hint to be published');
    assert.deepEqual(hintsSnapshot(warm.client), coldHints);
  });

  it('ranks again only the lessons changed while the server was stopped, and those around them', async () => {
    const files = catalogue();
    // One lesson unlike any other, so that a hint on it can only come from the change below.
    files['gm/GM-0300.lesson.yaml'] = LONER;
    workspace = tempWorkspace(files);
    const anyLesson = fileUri(workspace.path('gm/GM-0001.lesson.yaml'));
    const loner = fileUri(workspace.path('gm/GM-0300.lesson.yaml'));
    const cold = await start();
    await waitForSavedHints(cold.client, anyLesson);
    assert.equal(hintsSnapshot(cold.client).get(loner), undefined, 'the lesson unlike any other has no hint');
    await client!.stop();
    client = undefined;
    // While stopped, another lesson becomes a near-copy of it.
    workspace.write(
      'gm/GM-0301.lesson.yaml',
      lessonText({
        id: 'GM-0301',
        title: 'Printer drivers on the ward laptops',
        good: '|\n  Drivers were packaged once.',
        not_so_good: '|\n  Laptops rebooted at night.',
        improvements: '|\n  Test on one ward first.',
        topics: '[devices]',
      }),
    );

    const warm = await start();
    await warm.client.requestUntil<{ partial: boolean }>(
      SimilarLessonsRequest.method,
      { uri: anyLesson },
      (answer) => !answer.partial,
      'the restored and re-ranked hints',
    );
    const hintsStats = (await stats(warm.client)).scan?.hints;
    assert.equal(hintsStats?.cache, 'loaded');
    assert.equal(hintsStats?.toRank, 1, 'only the new lesson is ranked again with its neighbours');
    const copy = fileUri(workspace.path('gm/GM-0301.lesson.yaml'));
    const onCopy = await warm.client.waitForDiagnostics(
      copy,
      (diagnostics) => diagnostics.some((d) => d.code === 'similar-lesson'),
      'a hint on the new lesson',
    );
    assert.match(onCopy.find((d) => d.code === 'similar-lesson')!.message, /GM-0300/);
    const onLoner = await warm.client.waitForDiagnostics(
      loner,
      (diagnostics) => diagnostics.some((d) => d.code === 'similar-lesson'),
      'a hint on the lesson it resembles',
    );
    assert.match(onLoner.find((d) => d.code === 'similar-lesson')!.message, /GM-0301/);
  });

  it('ranks again at the next start a lesson whose unsaved text the saved hints were ranked over', async () => {
    const files = catalogue();
    files['gm/GM-0300.lesson.yaml'] = LONER;
    workspace = tempWorkspace(files);
    const anyLesson = fileUri(workspace.path('gm/GM-0001.lesson.yaml'));
    const loner = fileUri(workspace.path('gm/GM-0300.lesson.yaml'));
    const edited = fileUri(workspace.path('gm/GM-0010.lesson.yaml'));
    client = await LspTestClient.start({ folders: [workspace.root], initializationOptions: { storagePath: storage } });
    // Open before the scan ends, with text that is a near-copy of the loner and is never saved.
    await client.open(edited, LONER.replace('GM-0300', 'GM-0010').replace('on ward laptops', 'on the ward laptops'));
    await client.waitForIndex();
    await waitForSavedHints(client, anyLesson);
    const coldLoner = await client.waitForDiagnostics(
      loner,
      (diagnostics) => diagnostics.some((d) => d.code === 'similar-lesson'),
      'the loner hinting at the unsaved text',
    );
    assert.match(coldLoner.find((d) => d.code === 'similar-lesson')!.message, /GM-0010/);
    const savedHints = readFileSync(
      path.join(
        storage,
        readdirSync(storage).find((name) => name.startsWith('similar-hints-'))!,
      ),
      'utf8',
    );
    assert.deepEqual(
      (JSON.parse(savedHints.split('\n')[0]!) as { notAsSaved: string[] }).notAsSaved,
      [edited],
      'the saved hints name the lesson ranked over unsaved text',
    );

    // The next start sees only the file: the loner resembles nothing there.
    const warm = await start();
    await warm.client.requestUntil<{ partial: boolean }>(
      SimilarLessonsRequest.method,
      { uri: anyLesson },
      (answer) => !answer.partial,
      'the restored and re-ranked hints',
    );
    assert.equal((await stats(warm.client)).scan?.hints?.toRank, 1);
    // Nothing published for it at all is as good as nothing but problems: no hint.
    assert.ok(!(warm.client.diagnostics.get(loner) ?? []).some((d) => d.code === 'similar-lesson'), 'the loner has no hint');
    const onEdited = warm.client.diagnostics.get(edited)?.find((d) => d.code === 'similar-lesson');
    assert.ok(onEdited && !/GM-0300/.test(onEdited.message), `the lesson's hint names its look-alikes on disk: ${onEdited?.message}`);
  });

  it('reads a lesson from its file when its saved facts will not read, even under a good checksum', async () => {
    workspace = tempWorkspace(catalogue());
    const cold = await start();
    await waitForSave(cold.client);
    const uri = fileUri(workspace.path('gm/GM-0010.lesson.yaml'));
    type Summary = { id?: string; title?: string; topics: string[]; firstLines: Record<string, string | undefined>; similarHint?: boolean };
    // What the facts give; whether a similar-lesson hint is out yet depends on timing, not on them.
    const summaryOf = async (of: LspTestClient): Promise<Summary[]> =>
      ((await of.connection.sendRequest(LessonsRequest, { uris: [uri] })) as { lessons: Summary[] }).lessons.map(({ similarHint: _, ...facts }) => facts);
    const coldSummary = await summaryOf(cold.client);
    await client!.stop();
    client = undefined;

    // The rest of one lesson's facts replaced by a wrong shape, and the checksum made to match, as a faulty writer would leave it.
    const saved = path.join(
      storage,
      readdirSync(storage).find((name) => name.endsWith('.ndjson'))!,
    );
    const lines = readFileSync(saved, 'utf8').trimEnd().split('\n');
    const at = lines.findIndex((line) => line.includes('/gm/GM-0010.lesson.yaml'));
    lines[at] = `${lines[at]!.split('\t')[0]}\t{"topics":"not a list"}`;
    const body = lines
      .slice(0, -1)
      .map((line) => `${line}\n`)
      .join('');
    const trailer = { ...JSON.parse(lines.at(-1)!), checksum: createHash('sha1').update(body).digest('base64url') };
    writeFileSync(saved, `${body}${JSON.stringify(trailer)}\n`);

    const warm = await start();
    assert.equal((await stats(warm.client)).scan?.cache, 'loaded', 'the file as a whole passed its checks');
    assert.deepEqual(warm.problems, cold.problems);
    const warmSummary = await summaryOf(warm.client);
    assert.equal(warmSummary[0]?.title, 'Lesson number 10 about sign-off in general');
    assert.deepEqual(warmSummary, coldSummary);
  });
});
