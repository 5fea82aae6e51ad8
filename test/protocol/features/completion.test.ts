import * as assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { todayIso } from '../../../server/src/engine/lesson/analyzeLesson';
import { fileUri, LspTestClient } from '../support/LspTestClient';
import { lessonText, tempWorkspace } from '../support/tempWorkspace';

const CONFIG = [
  'localities:',
  '  - name: Greater Manchester Care Record',
  '    prefix: GM',
  '    aliases: [GMCR]',
  '  - name: Great North Care Record',
  '    prefix: GN',
  '  - name: Dorset Care Record',
  '    prefix: DC',
  'topics: [consent, DPIA, data sharing]',
  '',
].join('\n');

describe('protocol: completion', () => {
  let client: LspTestClient | undefined;
  let workspace: ReturnType<typeof tempWorkspace> | undefined;

  afterEach(async () => {
    await client?.stop();
    workspace?.dispose();
    client = undefined;
    workspace = undefined;
  });

  /** A workspace of three lessons with topics, opened by the client; returns the uri of a new lesson file to type in. */
  async function start(): Promise<string> {
    workspace = tempWorkspace({
      'learn-once.yaml': CONFIG,
      'gn/GN-0001.lesson.yaml': lessonText({
        id: 'GN-0001',
        locality: 'Great North Care Record',
        title: 'Practice champions lifted GP use of the record',
        topics: '[adoption, training]',
      }),
      'dc/DC-0002.lesson.yaml': lessonText({
        id: 'DC-0002',
        locality: 'Dorset Care Record',
        title: 'Replicating the champion model',
        topics: '[adoption, data sharing]',
        adoption: '\n  action: replicate\n  lesson: GN-0001',
      }),
      'gm/GM-0003.lesson.yaml': lessonText({ id: 'GM-0003', title: 'Consent model agreed with patients', topics: '[adoption, consent]' }),
    });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
    return fileUri(workspace.path('gm/GM-0009.lesson.yaml'));
  }

  async function complete(uri: string, text: string, line: number, character: number): Promise<CompletionList> {
    await client!.open(uri, text);
    const result: CompletionList | CompletionItem[] | null = await client!.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line, character },
    });
    assert.ok(result && !Array.isArray(result), 'completion answers with a list');
    return result;
  }

  const labels = (list: CompletionList): string[] => list.items.map((item) => item.label);
  const edit = (item: CompletionItem | undefined): TextEdit => item?.textEdit as TextEdit;

  it('offers the missing fields on an empty line of a half-typed file, in schema order, the answers with their question as placeholder', async () => {
    const uri = await start();
    const list = await complete(uri, 'id: GM-0009\ntitle: Consent\n\nstage: captured\n', 2, 0);
    assert.deepEqual(labels(list), [
      'locality',
      'reviewed_by',
      'reviewed_on',
      'date',
      'topics',
      'good',
      'not_so_good',
      'improvements',
      'summary',
      'outcome',
      'adoption',
      'related',
      'artefacts',
      'contact',
      'sensitivity',
    ]);
    const good = list.items.find((item) => item.label === 'good')!;
    assert.deepEqual(edit(good), {
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
      newText: 'good: |\n  ${1:What was good about the project?}',
    });
    assert.equal(good.insertTextFormat, 2, 'a snippet');
    assert.equal(good.detail, 'required');
    assert.match((good.documentation as MarkupContent).value, /What was good about the project\?/);
    const stageless = await complete(fileUri(workspace!.path('gm/GM-0010.lesson.yaml')), 'id: GM-0010\n', 1, 0);
    const stage = stageless.items.find((item) => item.label === 'stage');
    assert.equal(edit(stage).newText, 'stage: ${1|captured,collated,organised,curated,communicated|}');
  });

  it('offers the keys of adoption at its indentation, and only those it lacks', async () => {
    const uri = await start();
    const list = await complete(uri, 'id: GM-0009\nadoption:\n  action: replicate\n  \n', 3, 2);
    assert.deepEqual(labels(list), ['lesson', 'status', 'date', 'outcome']);
    assert.deepEqual(edit(list.items[0]).range.start, { line: 3, character: 2 });
    const empty = await complete(fileUri(workspace!.path('gm/GM-0010.lesson.yaml')), 'id: GM-0010\nadoption:\n  \n', 2, 2);
    assert.deepEqual(labels(empty), ['action', 'lesson', 'status', 'date', 'outcome']);
    const top = await complete(fileUri(workspace!.path('gm/GM-0011.lesson.yaml')), 'id: GM-0011\nadop', 1, 4);
    const adoption = top.items.find((item) => item.label === 'adoption');
    assert.deepEqual(edit(adoption), {
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } },
      newText: 'adoption:\n  action: ${1|replicate,customise,enhance|}\n  lesson: $2\n  status: ${3|planned,in-progress,live,abandoned|}',
    });
  });

  it('offers the statuses inside an item of an adoption list', async () => {
    const uri = await start();
    const list = await complete(uri, 'id: GM-0009\nadoption:\n  - action: replicate\n    lesson: YH-0001\n  - action: enhance\n    status: l\n', 5, 13);
    assert.deepEqual(labels(list), ['planned', 'in-progress', 'live', 'abandoned']);
    assert.deepEqual(edit(list.items[2]), { range: { start: { line: 5, character: 12 }, end: { line: 5, character: 13 } }, newText: 'live' });
  });

  it('offers stages in lifecycle order and adoption actions with what each means', async () => {
    const uri = await start();
    const stages = await complete(uri, 'id: GM-0009\nstage: \n', 1, 7);
    assert.deepEqual(labels(stages), ['captured', 'collated', 'organised', 'curated', 'communicated']);
    assert.deepEqual(
      stages.items.map((item) => item.sortText),
      [...stages.items.map((item) => item.sortText)].sort(),
      'the sort keeps the lifecycle order',
    );
    assert.equal(stages.items[3].detail, 'stage 4 of 5');
    const actions = await complete(fileUri(workspace!.path('gm/GM-0010.lesson.yaml')), 'id: GM-0010\nadoption:\n  action: rep\n', 2, 13);
    assert.deepEqual(labels(actions), ['replicate', 'customise', 'enhance']);
    assert.deepEqual(edit(actions.items[0]), { range: { start: { line: 2, character: 10 }, end: { line: 2, character: 13 } }, newText: 'replicate' });
    assert.equal(actions.items[0].detail, 'Reused like for like.');
    assert.equal(actions.items[2].detail, 'Reused and improved upon.');
  });

  it('finds localities by part of a word, an alias or the initials', async () => {
    const uri = await start();
    const manc = await complete(uri, 'id: GM-0009\nlocality: manc\n', 1, 14);
    assert.equal(manc.items[0].label, 'Greater Manchester Care Record');
    assert.deepEqual(edit(manc.items[0]).range, { start: { line: 1, character: 10 }, end: { line: 1, character: 14 } });
    assert.equal(manc.isIncomplete, true, 'the list narrows as typing goes on');
    const gncr = await complete(fileUri(workspace!.path('gm/GM-0010.lesson.yaml')), 'locality: gncr\n', 0, 14);
    assert.equal(gncr.items[0].label, 'Great North Care Record');
    const all = await complete(fileUri(workspace!.path('gm/GM-0011.lesson.yaml')), 'locality: \n', 0, 10);
    assert.deepEqual(labels(all), ['Greater Manchester Care Record', 'Great North Care Record', 'Dorset Care Record']);
  });

  it('offers the topics the workspace uses, most used first, then the configured vocabulary, leaving out those already listed', async () => {
    const uri = await start();
    const list = await complete(uri, 'id: GM-0009\ntopics: [consent, ]\n', 1, 18);
    assert.deepEqual(labels(list), ['adoption', 'data sharing', 'training', 'DPIA']);
    assert.equal(list.items[0].detail, 'used in 3 lessons');
    assert.equal(list.items[3].detail, 'from learn-once.yaml');
    assert.deepEqual(edit(list.items[1]).range, { start: { line: 1, character: 18 }, end: { line: 1, character: 18 } });
    const block = await complete(fileUri(workspace!.path('gm/GM-0010.lesson.yaml')), 'topics:\n  - tra\n', 1, 7);
    assert.equal(block.items[0].label, 'training');
    assert.deepEqual(edit(block.items[0]), { range: { start: { line: 1, character: 4 }, end: { line: 1, character: 7 } }, newText: 'training' });
  });

  it('offers lesson ids inside a flow list and in adoption.lesson, with the title and locality', async () => {
    const uri = await start();
    const related = await complete(uri, 'id: GM-0009\nrelated: [DC-0002, G\n', 1, 20);
    assert.deepEqual(labels(related), ['GM-0003', 'GN-0001'], 'GM-0009 itself and the listed DC-0002 are left out');
    assert.equal(related.items[1].detail, 'Practice champions lifted GP use of the record · Great North Care Record');
    assert.deepEqual(edit(related.items[1]), { range: { start: { line: 1, character: 19 }, end: { line: 1, character: 20 } }, newText: 'GN-0001' });
    assert.match((related.items[1].documentation as MarkupContent).value, /What was good about the project\?/);
    const adoption = await complete(
      fileUri(workspace!.path('gm/GM-0010.lesson.yaml')),
      'id: GM-0010\nadoption:\n  action: enhance\n  lesson: champion\n',
      3,
      18,
    );
    assert.equal(adoption.items[0].label, 'GN-0001', 'a title word finds the lesson');
  });

  it("offers today's date for date, and the next free id of the lesson's locality for id", async () => {
    const uri = await start();
    const before = todayIso();
    const list = await complete(uri, 'id: GM-0009\ndate: \n', 1, 6);
    const after = todayIso();
    assert.equal(list.items.length, 1);
    assert.ok([before, after].includes(list.items[0].label), `today, got ${list.items[0].label}`);
    const id = await complete(fileUri(workspace!.path('gm/GM-0010.lesson.yaml')), 'id: \nlocality: Greater Manchester Care Record\n', 0, 4);
    assert.deepEqual(labels(id), ['GM-0010'], 'one past GM-0009, the open lesson typed in first');
  });

  it('still answers in a file with a syntax error elsewhere, and offers nothing inside an answer', async () => {
    const uri = await start();
    const text = 'id: GM-0009\ntitle: "never closed\nstage: cur\ngood: |\n  We wrote \n';
    const list = await complete(uri, text, 2, 10);
    assert.ok(labels(list).includes('curated'));
    await client!.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'yaml-syntax'), 'the syntax error to be reported');
    const inAnswer: CompletionList = (await client!.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 4, character: 11 },
    }))!;
    assert.deepEqual(inAnswer.items, []);
  });
});
