import * as assert from 'node:assert/strict';
import { type SearchLessonsResult, SearchLessonsRequest } from '../../../shared/protocol';
import { fileUri, LspTestClient } from '../support/LspTestClient';
import { lessonText, tempWorkspace } from '../support/tempWorkspace';

const CARE_HOMES = lessonText({
  id: 'YH-0005',
  title: 'Care home staff had no smartcards, so they could not log in to the record',
  locality: 'Yorkshire & Humber Care Record',
  stage: 'collated',
  topics: '[social care, identity and access]',
  good: '|\n  Care homes were keen to see discharge summaries.',
  not_so_good: '|\n  The pilot went well.\n  The login assumed NHS smartcards, which care home staff do not have.',
  improvements: '|\n  Plan for users outside the NHS from the start.',
});
const CHAMPIONS = lessonText({
  id: 'GN-0001',
  title: 'A named champion in every practice made the record part of daily work',
  locality: 'Great North Care Record',
  stage: 'communicated',
  topics: '[adoption, training]',
  good: '|\n  Each practice named a GP or nurse as champion, with two hours of training.',
  not_so_good: '|\n  Practices without a champion barely used the record.',
  improvements: '|\n  Fund protected time for champions.',
});

describe('protocol: learnOnce/searchLessons', () => {
  let client: LspTestClient | undefined;
  let workspace: ReturnType<typeof tempWorkspace> | undefined;

  afterEach(async () => {
    await client?.stop();
    workspace?.dispose();
    client = undefined;
    workspace = undefined;
  });

  const start = async (): Promise<void> => {
    workspace = tempWorkspace({ 'yh/YH-0005.lesson.yaml': CARE_HOMES, 'gn/GN-0001.lesson.yaml': CHAMPIONS });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
  };
  const search = (params: Record<string, unknown>): Promise<SearchLessonsResult> =>
    client!.requestUntil<SearchLessonsResult>(SearchLessonsRequest.method, params, (answer) => !answer.partial, 'a complete answer');

  it('answers a problem in other words with the lesson, its passage marked and the place of the first matched word', async () => {
    await start();
    const result = await search({ query: 'care home workers unable to login without smartcard' });
    const hit = result.hits[0]!;
    assert.equal(hit.uri, fileUri(workspace!.path('yh/YH-0005.lesson.yaml')));
    assert.equal(hit.id, 'YH-0005');
    assert.equal(hit.locality, 'Yorkshire & Humber Care Record');
    assert.equal(hit.stage, 'collated');
    assert.equal(hit.score, 1);
    assert.ok(hit.passage);
    assert.ok(hit.passage.marks.length >= 2, JSON.stringify(hit.passage));
    const marked = hit.passage.marks.map(([start, end]) => hit.passage!.text.slice(start, end).toLowerCase());
    assert.ok(marked.includes('smartcards'), marked.join(', '));
    const fileLines = CARE_HOMES.split('\n');
    const { start: from, end: to } = hit.range;
    assert.equal(from.line, to.line);
    assert.equal(fileLines[from.line]!.slice(from.character, to.character).toLowerCase(), marked[0]);
  });

  it("searches the editor's unsaved text, and places the passage in it", async () => {
    await start();
    const uri = fileUri(workspace!.path('gn/GN-0001.lesson.yaml'));
    const edited = CHAMPIONS.replace('Fund protected time for champions.', 'Fund protected time for champions.\n  Ask the Caldicott Guardian early.');
    await client!.open(uri, edited);
    const result = await client!.requestUntil<SearchLessonsResult>(
      SearchLessonsRequest.method,
      { query: 'Caldicott' },
      (answer) => answer.hits.length > 0,
      'the edited lesson to be found',
    );
    assert.deepEqual(
      result.hits.map((hit) => hit.id),
      ['GN-0001'],
    );
    const { start: from, end: to } = result.hits[0]!.range;
    assert.equal(edited.split('\n')[from.line]!.slice(from.character, to.character), 'Caldicott Guardian');
  });

  it('filters by stage and locality, leaves out a lesson, and caps the number of results', async () => {
    await start();
    const query = 'record staff practice';
    assert.deepEqual(
      (await search({ query, stages: ['communicated'] })).hits.map((hit) => hit.id),
      ['GN-0001'],
    );
    assert.deepEqual(
      (await search({ query, localities: ['YHCR'] })).hits.map((hit) => hit.id),
      ['YH-0005'],
    );
    assert.deepEqual(
      (await search({ query, excludeUri: fileUri(workspace!.path('gn/GN-0001.lesson.yaml')) })).hits.map((hit) => hit.id),
      ['YH-0005'],
    );
    assert.equal((await search({ query, top: 1 })).hits.length, 1);
  });

  it('says what to do with an empty query or one of common words, and refuses a stage that is not one', async () => {
    await start();
    const empty = await search({ query: '' });
    assert.deepEqual(empty.hits, []);
    assert.match(empty.notice ?? '', /Type a few words/);
    assert.match((await search({ query: 'the of which' })).notice ?? '', /very common words/);
    await assert.rejects(client!.connection.sendRequest(SearchLessonsRequest, { query: 'consent', stages: ['curate'] }), /"curate" is not a stage/);
    // Anything a client sends is an answer, not a crash.
    for (const params of [{}, { query: 42 }, { query: 'x', top: 'many' }, { query: 'record', localities: 'Leeds' }]) {
      const answer: SearchLessonsResult = await client!.connection.sendRequest(SearchLessonsRequest.method, params);
      assert.ok(Array.isArray(answer.hits), JSON.stringify(params));
    }
  });
});
