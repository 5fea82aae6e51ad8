import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LearnOnceTestApi } from '../../../client/src/extension';
import { testApi, waitForTree } from '../support/lessonsTree';
import { fixture, workspaceFile } from '../support/workspace';

/**
 * examples/ grouped by locality, then stage in lifecycle order, with each group's count. The
 * fixture's broken lesson (DC-0003, stage 'curatd') has no valid stage.
 */
const SAMPLE_TREE = [
  'Dorset Care Record (4)',
  '  Captured (1): DC-0001',
  '  Collated (1): DC-0004',
  '  Communicated (1): DC-0002',
  '  No stage (1): DC-0003',
  'Great North Care Record (5)',
  '  Captured (2): GN-0002, GN-0005',
  '  Organised (1): GN-0003',
  '  Curated (1): GN-0001',
  '  Communicated (1): GN-0004',
  'Greater Manchester Care Record (5)',
  '  Captured (1): GM-0001',
  '  Collated (1): GM-0004',
  '  Organised (1): GM-0003',
  '  Curated (1): GM-0005',
  '  Communicated (1): GM-0002',
  'Leeds Care Record (4)',
  '  Captured (1): LD-0004',
  '  Collated (1): LD-0001',
  '  Organised (1): LD-0003',
  '  Curated (1): LD-0002',
  'One London (5)',
  '  Captured (1): OL-0002',
  '  Collated (1): OL-0005',
  '  Organised (1): OL-0003',
  '  Curated (1): OL-0001',
  '  Communicated (1): OL-0004',
  'Wessex Care Records (5)',
  '  Captured (1): WX-0003',
  '  Collated (1): WX-0002',
  '  Organised (1): WX-0004',
  '  Curated (1): WX-0005',
  '  Communicated (1): WX-0001',
  'Yorkshire & Humber Care Record (5)',
  '  Captured (1): YH-0001',
  '  Collated (1): YH-0005',
  '  Organised (1): YH-0003',
  '  Curated (1): YH-0002',
  '  Communicated (1): YH-0004',
];

const NEW_LESSON = 'dorset/DC-0005.lesson.yaml';
const NEW_LESSON_TEXT = [
  'id: DC-0005',
  'title: Ward clerks found the record faster than the clinicians did',
  'locality: Dorset Care Record',
  'stage: captured',
  'date: 2025-05-01',
  'good: Ward clerks were shown the record first and taught the rest of the ward.',
  'not_so_good: Clinicians were trained last, after the clerks had found the shortcuts.',
  'improvements: Train clerks and clinicians on the same ward together.',
  '',
].join('\n');

describe('extension: Lessons tree', () => {
  let api: LearnOnceTestApi;

  before(async () => {
    api = await testApi();
    assert.equal(fixture.brokenLesson, 'dorset/DC-0003.lesson.yaml', 'SAMPLE_TREE expects DC-0003 to be the broken lesson');
  });

  it('groups the sample lessons by locality, then by stage in lifecycle order, with counts', async () => {
    const outline = await waitForTree(api, (lines) => lines.length === SAMPLE_TREE.length, 'the tree to list the seven localities of the sample');
    assert.deepEqual(outline, SAMPLE_TREE);
  });

  it('shows a lesson added on disk, then drops it when the file is deleted', async () => {
    await waitForTree(api, (lines) => lines.length === SAMPLE_TREE.length, 'the sample tree');
    const uri = workspaceFile(NEW_LESSON);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(NEW_LESSON_TEXT));
    const added = await waitForTree(api, (lines) => lines.includes('Dorset Care Record (5)'), `the tree to count ${NEW_LESSON}`);
    assert.deepEqual(added.slice(0, 5), [
      'Dorset Care Record (5)',
      '  Captured (2): DC-0001, DC-0005',
      '  Collated (1): DC-0004',
      '  Communicated (1): DC-0002',
      '  No stage (1): DC-0003',
    ]);
    assert.deepEqual(added.slice(5), SAMPLE_TREE.slice(5));

    await vscode.workspace.fs.delete(uri);
    const after = await waitForTree(api, (lines) => lines.includes('Dorset Care Record (4)'), `the tree to drop ${NEW_LESSON}`);
    assert.deepEqual(after, SAMPLE_TREE);
  });

  it('Group By Topic lists each topic with the lessons on it, and Group By Locality brings the first grouping back', async () => {
    await waitForTree(api, (lines) => lines.length === SAMPLE_TREE.length, 'the sample tree');
    await vscode.commands.executeCommand('learnOnce.groupByTopic');
    const byTopic = await waitForTree(api, (lines) => lines.some((line) => line.startsWith('consent (')), 'the tree to group by topic');
    assert.ok(byTopic.includes('consent (3): DC-0001, GN-0004, OL-0001'), byTopic.join('\n'));
    assert.ok(
      byTopic.every((line) => !line.startsWith(' ')),
      'one level of groups, then lessons',
    );
    await vscode.commands.executeCommand('learnOnce.groupByLocality');
    assert.deepEqual(await waitForTree(api, (lines) => lines[0] === SAMPLE_TREE[0], 'the tree to group by locality again'), SAMPLE_TREE);
  });
});
