import * as assert from 'node:assert/strict';
import { LESSONS_PAGE_SIZE, LessonCatalogue, type CatalogueChange } from '../../../../client/src/catalogue/LessonCatalogue';
import type { LessonsParams, LessonsResult, LessonSummary } from '../../../../shared/protocol';
import { summary } from '../lessonSummaries';

/** A stand-in for the server: answers from a map, and records what was asked. Answers can be held back. */
class FakeServer {
  readonly lessons = new Map<string, LessonSummary>();
  readonly asked: LessonsParams[] = [];
  partial = false;
  failNext: Error | undefined;
  private held: (() => void)[] | undefined;

  add(...lessons: LessonSummary[]): void {
    for (const lesson of lessons) this.lessons.set(lesson.uri, lesson);
  }

  hold(): void {
    this.held = [];
  }

  release(): void {
    const held = this.held ?? [];
    this.held = undefined;
    for (const resume of held) resume();
  }

  readonly request = async (params: LessonsParams): Promise<LessonsResult> => {
    this.asked.push(params);
    if (this.held) await new Promise<void>((resolve) => this.held!.push(resolve));
    if (this.failNext) {
      const error = this.failNext;
      this.failNext = undefined;
      throw error;
    }
    if (!params.uris) {
      const all = [...this.lessons.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
      if (params.limit === undefined) return { lessons: all, partial: this.partial, removed: [] };
      const from = params.after === undefined ? 0 : all.findIndex((lesson) => lesson.uri > params.after!);
      const page = from < 0 ? [] : all.slice(from, from + params.limit);
      const more = from >= 0 && from + params.limit < all.length;
      return { lessons: page, partial: this.partial, removed: [], ...(more ? { nextAfter: page[page.length - 1].uri } : {}) };
    }
    return {
      lessons: params.uris.flatMap((uri) => (this.lessons.has(uri) ? [this.lessons.get(uri)!] : [])),
      partial: this.partial,
      removed: params.uris.filter((uri) => !this.lessons.has(uri)),
    };
  };
}

describe('client: lesson catalogue', () => {
  it('loads everything, then asks only for the uris an indexChanged names, and drops removed ones', async () => {
    const server = new FakeServer();
    const a = summary({ id: 'GM-0001' });
    const b = summary({ id: 'GM-0002' });
    server.add(a, b);
    const catalogue = new LessonCatalogue(server.request);
    const changes: CatalogueChange[] = [];
    catalogue.onDidChange((change) => changes.push(change));
    await catalogue.reloadAll();
    assert.deepEqual(
      catalogue
        .all()
        .map((l) => l.id)
        .sort(),
      ['GM-0001', 'GM-0002'],
    );
    assert.equal(catalogue.isLoaded, true);

    server.add({ ...a, stage: 'curated' });
    server.lessons.delete(b.uri);
    await catalogue.indexChanged({ uris: [a.uri, b.uri], partial: false });
    assert.deepEqual(server.asked.at(-1), { uris: [a.uri, b.uri] });
    assert.equal(catalogue.get(a.uri)?.stage, 'curated');
    assert.equal(catalogue.get(b.uri), undefined);
    assert.deepEqual(changes.at(-1), { uris: [b.uri, a.uri] });
  });

  it('runs one request at a time and merges changes that arrive meanwhile into the next', async () => {
    const server = new FakeServer();
    const lessons = [1, 2, 3].map((n) => summary({ id: `GM-000${n}` }));
    server.add(...lessons);
    const catalogue = new LessonCatalogue(server.request);
    await catalogue.reloadAll();
    server.hold();
    const first = catalogue.indexChanged({ uris: [lessons[0].uri], partial: false });
    void catalogue.indexChanged({ uris: [lessons[1].uri], partial: false });
    const last = catalogue.indexChanged({ uris: [lessons[2].uri, lessons[1].uri], partial: false });
    assert.equal(first, last, 'callers wait on the same catch-up');
    assert.equal(server.asked.length, 2, 'only the first change has been asked for while its answer is held');
    server.release();
    await last;
    assert.deepEqual(server.asked.slice(1), [{ uris: [lessons[0].uri] }, { uris: [lessons[1].uri, lessons[2].uri] }]);
  });

  it('asks for everything when a notification names no uris or arrives before the first full list', async () => {
    const server = new FakeServer();
    server.add(summary({ id: 'GM-0001' }));
    const catalogue = new LessonCatalogue(server.request);
    await catalogue.indexChanged({ uris: ['file:///x'], partial: true });
    const page = { limit: LESSONS_PAGE_SIZE };
    assert.deepEqual(server.asked, [page]);
    await catalogue.indexChanged({ partial: false });
    assert.deepEqual(server.asked, [page, page]);
    await catalogue.indexChanged(undefined);
    assert.deepEqual(server.asked, [page, page, page]);
  });

  it('loads a large catalogue page by page in uri order, so no single message holds it all', async () => {
    const server = new FakeServer();
    const count = LESSONS_PAGE_SIZE * 2 + 5;
    for (let i = 0; i < count; i++) server.add(summary({ id: `GM-${String(i).padStart(5, '0')}` }));
    const catalogue = new LessonCatalogue(server.request);
    await catalogue.reloadAll();
    assert.equal(catalogue.size, count);
    assert.equal(server.asked.length, 3, 'three pages');
    assert.equal(server.asked[0].after, undefined);
    assert.ok(server.asked.every((params) => params.limit === LESSONS_PAGE_SIZE));
    assert.ok(server.asked[1].after! < server.asked[2].after!, 'each page starts after the last uri of the one before');
  });

  it("follows the server's partial flag while the first scan runs", async () => {
    const server = new FakeServer();
    server.partial = true;
    const catalogue = new LessonCatalogue(server.request);
    assert.equal(catalogue.partial, true, 'partial until told otherwise');
    await catalogue.reloadAll();
    assert.equal(catalogue.partial, true);
    server.partial = false;
    server.add(summary({ id: 'GM-0001' }));
    await catalogue.indexChanged({ partial: false });
    assert.equal(catalogue.partial, false);
    assert.equal(catalogue.size, 1);
  });

  it('keeps the last list when a request fails, reports the failure, and recovers on the next change', async () => {
    const server = new FakeServer();
    server.add(summary({ id: 'GM-0001' }));
    const catalogue = new LessonCatalogue(server.request);
    const failures: unknown[] = [];
    catalogue.onDidFail((error) => failures.push(error));
    await catalogue.reloadAll();
    server.failNext = new Error('server restarting');
    await catalogue.indexChanged({ partial: false });
    assert.equal(catalogue.size, 1);
    assert.equal((failures[0] as Error).message, 'server restarting');
    server.add(summary({ id: 'GM-0002' }));
    await catalogue.indexChanged({ partial: false });
    assert.equal(catalogue.size, 2);
  });

  it('drops malformed entries from the server instead of showing them', async () => {
    const catalogue = new LessonCatalogue(async () => ({
      lessons: [summary({ id: 'GM-0001' }), { uri: 42 } as unknown as LessonSummary, null as unknown as LessonSummary],
      partial: false,
      removed: [],
    }));
    await catalogue.reloadAll();
    assert.deepEqual(
      catalogue.all().map((l) => l.id),
      ['GM-0001'],
    );
  });

  it('counts topics across lessons, ignoring case, most used first', async () => {
    const server = new FakeServer();
    server.add(
      summary({ id: 'GM-0001', topics: ['consent', 'audit'] }),
      summary({ id: 'GM-0002', topics: ['Consent'] }),
      summary({ id: 'GM-0003', topics: ['FHIR'] }),
    );
    const catalogue = new LessonCatalogue(server.request);
    await catalogue.reloadAll();
    assert.deepEqual(catalogue.topics(), [
      { topic: 'consent', count: 2 },
      { topic: 'audit', count: 1 },
      { topic: 'FHIR', count: 1 },
    ]);
  });

  it('clear() empties the list and marks it not loaded', async () => {
    const server = new FakeServer();
    server.add(summary({ id: 'GM-0001' }));
    const catalogue = new LessonCatalogue(server.request);
    await catalogue.reloadAll();
    catalogue.clear();
    assert.deepEqual([catalogue.size, catalogue.isLoaded, catalogue.partial], [0, false, true]);
  });
});
