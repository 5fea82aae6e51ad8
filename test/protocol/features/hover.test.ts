import * as assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { fileUri, LspTestClient } from '../support/LspTestClient';
import { lessonText, tempWorkspace } from '../support/tempWorkspace';

describe('protocol: hover', () => {
  let client: LspTestClient | undefined;
  let workspace: ReturnType<typeof tempWorkspace> | undefined;

  afterEach(async () => {
    await client?.stop();
    workspace?.dispose();
    client = undefined;
    workspace = undefined;
  });

  async function start(): Promise<void> {
    workspace = tempWorkspace({
      'gn/GN-0001.lesson.yaml': lessonText({
        id: 'GN-0001',
        locality: 'Great North Care Record',
        title: 'Practice champions lifted GP use of the record',
        stage: 'communicated',
        summary: 'Champions per practice.',
        good: '|\n  One named champion per practice.\n  Two hours of training.\n  A direct line to the team.',
        not_so_good: '|\n  Some champions stopped.',
        improvements: '|\n  Protected time for champions.',
      }),
      'gm/GM-0001.lesson.yaml': lessonText({ id: 'GM-0001', stage: 'captured', related: '[GN-0001]' }),
      'gm/GM-0002.lesson.yaml': lessonText({ id: 'GM-0002', stage: 'curated', summary: 'A summary.' }),
      'gm/GM-0003.lesson.yaml': lessonText({ id: 'GM-0003', stage: 'curated', summary: 'A summary.', locality: 'GMCR' }),
    });
    client = await LspTestClient.start({ folders: [workspace.root] });
    await client.waitForIndex();
  }

  async function hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return client!.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  const markdownOf = (result: Hover | null): string => {
    assert.ok(result, 'a hover');
    const contents = result.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    return contents.value;
  };

  it('a field shows what it is for: the question for an answer, allowed values with their meaning for a stage', async () => {
    await start();
    const uri = fileUri(workspace!.path('gm/GM-0001.lesson.yaml'));
    await client!.open(uri, lessonText({ id: 'GM-0001', related: '[GN-0001]' }));
    const good = await hover(uri, 6, 2);
    assert.match(markdownOf(good), /\*\*good\*\* · required\n\nWhat was good about the project\?/);
    assert.deepEqual(good!.range, { start: { line: 6, character: 0 }, end: { line: 6, character: 4 } });
    const stage = markdownOf(await hover(uri, 3, 1));
    assert.match(stage, /- `captured` — Written down by the locality that learnt it\.\n- `collated`/);
    const curated = markdownOf(await hover(uri, 3, 9));
    assert.equal(curated, '**captured** (stage 1 of 5) — Written down by the locality that learnt it.');
  });

  it("a lesson id shows that lesson's card: title, locality, stage and the first lines of its three answers", async () => {
    await start();
    const uri = fileUri(workspace!.path('gm/GM-0001.lesson.yaml'));
    const text = lessonText({ id: 'GM-0001', related: '[GN-0001]' });
    await client!.open(uri, text);
    const card = markdownOf(await hover(uri, 12, 12));
    assert.match(card, /^\*\*GN-0001\*\* — Practice champions lifted GP use of the record\n\nGreat North Care Record · communicated · 2025-03-14/);
    assert.match(card, /\*What was good about the project\?\* {2}\nOne named champion per practice\. Two hours of training\.…/);
    assert.match(card, /\*What was not so good\?\* {2}\nSome champions stopped\./);
    assert.match(card, /\*What improvements could be made next time\?\* {2}\nProtected time for champions\./);
    const own = markdownOf(await hover(fileUri(workspace!.path('gn/GN-0001.lesson.yaml')), 0, 6));
    assert.match(own, /1 lesson adopts or relates to this lesson\./);
  });

  it('a locality shows how many lessons it has at each stage, aliases included', async () => {
    await start();
    const uri = fileUri(workspace!.path('gm/GM-0002.lesson.yaml'));
    const summary = markdownOf(await hover(uri, 2, 15));
    assert.match(summary, /^\*\*Greater Manchester Care Record\*\* · id prefix `GM`/);
    assert.match(summary, /3 lessons in this workspace:\n- captured: 1\n- collated: 0\n- organised: 0\n- curated: 2\n- communicated: 0/);
  });

  it('still answers in a file with a syntax error elsewhere', async () => {
    await start();
    const uri = fileUri(workspace!.path('gm/GM-0001.lesson.yaml'));
    await client!.open(uri, 'id: GM-0001\ntitle: "never closed\nrelated: [GN-0001]\ngood: |\n  text\n');
    await client!.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'yaml-syntax'), 'the syntax error');
    assert.match(markdownOf(await hover(uri, 2, 13)), /^\*\*GN-0001\*\* — Practice champions/);
    assert.match(markdownOf(await hover(uri, 3, 1)), /What was good about the project\?/);
    assert.equal(await hover(uri, 4, 3), null, 'nothing over the text of an answer');
  });
});
