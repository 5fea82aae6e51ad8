import * as assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { type IndexChangedParams, type LessonsResult, IndexChangedNotification, LessonsRequest } from '../../../shared/protocol';
import { fileUri, LspTestClient } from '../support/LspTestClient';
import { lessonText, tempWorkspace } from '../support/tempWorkspace';

describe('protocol: lesson catalogue (learnOnce/lessons, learnOnce/indexChanged)', () => {
  let client: LspTestClient | undefined;
  let workspace: ReturnType<typeof tempWorkspace> | undefined;
  let notifications: IndexChangedParams[] = [];

  afterEach(async () => {
    await client?.stop();
    workspace?.dispose();
    client = undefined;
    workspace = undefined;
  });

  async function start(folders: string[]): Promise<LspTestClient> {
    notifications = [];
    const started = await LspTestClient.start({ folders });
    started.connection.onNotification(IndexChangedNotification.method, (params: IndexChangedParams) => notifications.push(params));
    return started;
  }

  const lessons = (params: { uris?: string[] } = {}): Promise<LessonsResult> => client!.connection.sendRequest(LessonsRequest, params);

  it('lists every lesson with its facts, folder, problem counts and first answer lines once the scan ends', async () => {
    workspace = tempWorkspace({
      'learn-once.yaml': 'localities:\n  - name: Greater Manchester Care Record\n    prefix: GM\n    aliases: [GMCR]\n',
      'gm/GM-0001.lesson.yaml': lessonText({ id: 'GM-0001', locality: 'GMCR', good: '|\n\n  First line of good.\n  Second line.' }),
      'gm/GM-0002.lesson.yaml': lessonText({ id: 'GM-0002', stage: 'curatd', date: '2025-02-30' }),
      'gm/GM-0003.lesson.yaml': lessonText({ id: 'GM-0003', good: '|\n  TBD' }),
    });
    client = await start([workspace.root]);
    await client.waitForIndex();
    const result = await lessons();
    assert.equal(result.partial, false);
    const byId = new Map(result.lessons.map((lesson) => [lesson.id, lesson]));
    assert.deepEqual([...byId.keys()].sort(), ['GM-0001', 'GM-0002', 'GM-0003']);
    // These lessons are near copies of each other, so whether they carry a similar-lesson hint is the similarity engine's call; the hint has its own test below.
    const { similarHint, ...first } = byId.get('GM-0001')!;
    assert.equal(typeof similarHint, 'boolean');
    assert.deepEqual(first, {
      uri: fileUri(workspace.path('gm/GM-0001.lesson.yaml')),
      id: 'GM-0001',
      title: 'Data sharing agreement sign-off took nine months across three trusts',
      locality: 'Greater Manchester Care Record',
      stage: 'captured',
      topics: ['information governance', 'data sharing'],
      date: '2025-03-14',
      folderUri: fileUri(workspace.root),
      errors: 0,
      warnings: 0,
      firstLines: {
        good: 'First line of good.',
        not_so_good: 'Each board signed off separately, so it took nine months.',
        improvements: 'Agree one sign-off route before drafting starts.',
      },
    });
    assert.equal(byId.get('GM-0002')!.stage, undefined, 'an invalid stage is not passed on as a stage');
    assert.equal(byId.get('GM-0002')!.errors, 2);
    assert.equal(byId.get('GM-0003')!.warnings, 1);
  });

  it('sends indexChanged naming only the changed uri after edits, and answers for just the uris asked', async () => {
    workspace = tempWorkspace({
      'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }),
      'GM-0002.lesson.yaml': lessonText({ id: 'GM-0002' }),
    });
    client = await start([workspace.root]);
    await client.waitForIndex();
    await client.waitFor(() => notifications.length > 0, 'the notification after the scan');
    assert.equal(notifications.at(-1)!.partial, false);
    const uri = fileUri(workspace.path('GM-0001.lesson.yaml'));
    const seen = notifications.length;
    await client.open(uri, lessonText({ id: 'GM-0001' }));
    for (const stage of ['collated', 'organised', 'curated']) await client.change(uri, lessonText({ id: 'GM-0001', stage, title: `Now ${stage}` }));
    const changed = await client.waitFor(() => notifications.slice(seen).find((n) => n.uris?.includes(uri)), 'a notification naming the edited lesson');
    assert.deepEqual(changed.uris, [uri], 'only the edited lesson is named');
    const after = await lessons({ uris: [uri, fileUri(workspace.path('gone.lesson.yaml'))] });
    assert.deepEqual(
      after.lessons.map((l) => [l.id, l.stage, l.title, l.errors]),
      [['GM-0001', 'curated', 'Now curated', 1]],
    );
    assert.deepEqual(after.removed, [fileUri(workspace.path('gone.lesson.yaml'))]);
  });

  it('follows created and deleted files, and groups lessons by workspace folder', async () => {
    workspace = tempWorkspace({
      'one/GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }),
      'two/YH-0001.lesson.yaml': lessonText({ id: 'YH-0001', locality: 'Yorkshire & Humber Care Record' }),
    });
    client = await start([workspace.path('one'), workspace.path('two')]);
    await client.waitForIndex();
    const initial = await lessons();
    assert.deepEqual(initial.lessons.map((l) => [l.id, l.folderUri]).sort(), [
      ['GM-0001', fileUri(workspace.path('one'))],
      ['YH-0001', fileUri(workspace.path('two'))],
    ]);
    const created = workspace.write('two/YH-0002.lesson.yaml', lessonText({ id: 'YH-0002', locality: 'YHCR' }));
    const seen = notifications.length;
    await client.filesChanged([{ uri: fileUri(created), type: 1 }]);
    await client.waitFor(() => notifications.slice(seen).some((n) => n.uris?.includes(fileUri(created))), 'the created file to be announced');
    const withNew = await lessons({ uris: [fileUri(created)] });
    assert.equal(withNew.lessons[0].locality, 'Yorkshire & Humber Care Record', 'a built-in alias groups with its locality');
    rmSync(created);
    const beforeDelete = notifications.length;
    await client.filesChanged([{ uri: fileUri(created), type: 3 }]);
    await client.waitFor(() => notifications.length > beforeDelete, 'the deletion to be announced');
    const all = await lessons();
    assert.deepEqual(all.lessons.map((l) => l.id).sort(), ['GM-0001', 'YH-0001']);
  });

  it('answers partial: true with no lessons while the first scan has not finished', async () => {
    workspace = tempWorkspace({ 'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }) });
    client = await start([workspace.root]);
    // Hold the settings answer: the server reads its settings before it scans.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    client.connection.onRequest('workspace/configuration', async (params: { items: { section?: string }[] }) => {
      await held;
      return params.items.map(() => ({}));
    });
    const early = await lessons();
    assert.deepEqual([early.partial, early.lessons.length], [true, 0]);
    release();
    await client.waitForIndex();
    await client.waitFor(() => notifications.some((n) => !n.partial), 'the notification that the scan ended');
    const done = await lessons();
    assert.deepEqual([done.partial, done.lessons.length], [false, 1]);
  });

  it('sets similarHint, and announces a lesson whose hint goes away when another lesson is edited', async () => {
    const words = {
      title: 'Duplicate patient records in the master patient index after merging two GP systems',
      good: '|\n  The matching team reviewed every duplicate patient record by hand each week.',
      not_so_good: '|\n  Duplicate patient records kept appearing after the GP system merge.',
      improvements: '|\n  Run the patient matching rules before the GP system merge, not after.',
    };
    workspace = tempWorkspace({
      'gm/GM-0001.lesson.yaml': lessonText({ id: 'GM-0001', ...words }),
      'wx/WX-0001.lesson.yaml': lessonText({ id: 'WX-0001', locality: 'Wessex Care Records', ...words }),
      'wx/WX-0002.lesson.yaml': lessonText({ id: 'WX-0002', locality: 'Wessex Care Records' }),
    });
    client = await start([workspace.root]);
    await client.waitForIndex();
    const gm = fileUri(workspace.path('gm/GM-0001.lesson.yaml'));
    const wx = fileUri(workspace.path('wx/WX-0001.lesson.yaml'));
    await client.waitForDiagnostics(gm, (d) => d.some((x) => x.code === 'similar-lesson'), 'the similar-lesson hint');
    await client.waitFor(() => notifications.some((n) => !n.partial), 'the notification that the scan ended');
    const before = new Map((await lessons()).lessons.map((l) => [l.id, l]));
    assert.equal(before.get('GM-0001')!.similarHint, true);
    assert.equal(before.get('GM-0001')!.errors, 0, 'the hint is not counted as a problem');
    assert.equal(before.get('WX-0002')!.similarHint, false);

    const seen = notifications.length;
    const unrelated = {
      title: 'Training videos for reception staff were watched more than classroom sessions',
      good: '|\n  Short videos on the intranet.',
      not_so_good: '|\n  No subtitles at first.',
      improvements: '|\n  Add subtitles from the start.',
    };
    await client.open(wx, lessonText({ id: 'WX-0001', locality: 'Wessex Care Records', ...unrelated }));
    await client.waitForDiagnostics(gm, (d) => !d.some((x) => x.code === 'similar-lesson'), 'the hint on GM-0001 to go');
    await client.waitFor(() => notifications.slice(seen).some((n) => n.uris?.includes(gm)), 'a notification naming GM-0001, which the index did not change');
    const after = await lessons({ uris: [gm] });
    assert.equal(after.lessons[0].similarHint, false);
  });

  it('pages the whole list in uri order: no lesson skipped or repeated when one is added between pages', async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 7; i++) files[`gm/GM-000${i}.lesson.yaml`] = lessonText({ id: `GM-000${i}` });
    workspace = tempWorkspace(files);
    client = await start([workspace.root]);
    await client.waitForIndex();
    const page = (after?: string): Promise<LessonsResult> => client!.connection.sendRequest(LessonsRequest, { limit: 3, ...(after ? { after } : {}) });
    const first = await page();
    assert.deepEqual(
      first.lessons.map((l) => l.id),
      ['GM-0001', 'GM-0002', 'GM-0003'],
    );
    assert.equal(first.nextAfter, first.lessons[2].uri);
    // A lesson that sorts before the cursor arrives between pages: the next page still starts after GM-0003.
    const added = workspace.write('gm/GM-0000.lesson.yaml', lessonText({ id: 'GM-0008' }));
    await client.filesChanged([{ uri: fileUri(added), type: 1 }]);
    const deadline = Date.now() + 15_000;
    while ((await lessons()).lessons.length !== 8) {
      assert.ok(Date.now() < deadline, 'the added lesson is indexed');
      await new Promise((resolve) => setImmediate(resolve));
    }
    const second = await page(first.nextAfter);
    assert.deepEqual(
      second.lessons.map((l) => l.id),
      ['GM-0004', 'GM-0005', 'GM-0006'],
    );
    const third = await page(second.nextAfter);
    assert.deepEqual(
      third.lessons.map((l) => l.id),
      ['GM-0007'],
    );
    assert.equal(third.nextAfter, undefined, 'the last page says so');
  });

  it('ignores a malformed request instead of failing', async () => {
    workspace = tempWorkspace({ 'GM-0001.lesson.yaml': lessonText({ id: 'GM-0001' }) });
    client = await start([workspace.root]);
    await client.waitForIndex();
    const result: LessonsResult = await client.connection.sendRequest(LessonsRequest.method, { uris: 'not-a-list' });
    assert.equal(result.lessons.length, 1);
  });
});
