import * as assert from 'node:assert/strict';
import { LessonTree, type TreeNode, type TreeSnapshotNode } from '../../../../client/src/tree/lessonTreeModel';
import { NO_TOPIC } from '../../../../client/src/tree/treeLabels';
import { summary } from '../lessonSummaries';

const ONE = [{ uri: 'file:///ws', name: 'ws' }];

function outline(nodes: TreeSnapshotNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [
    `${'  '.repeat(depth)}${node.label}${node.description ? ` (${node.description})` : ''}`,
    ...outline(node.children ?? [], depth + 1),
  ]);
}

const catalogue = [
  summary({ id: 'YH-0002', title: 'Signing the DSA', topics: ['Data sharing', 'consent'] }),
  summary({ id: 'GM-0001', title: 'Sign-off took nine months', topics: ['data sharing', ' information governance '] }),
  summary({ id: 'OL-0003', title: 'Duplicate patients', topics: ['data sharing', 'DATA SHARING'] }),
  summary({ id: 'WX-0001', title: 'Clinical safety case', topics: [] }),
];

describe('client: lesson tree grouped by topic', () => {
  it('groups topic → lesson, ignoring case and spaces, labelled as most lessons spell it, a lesson under each of its topics, those with none last', () => {
    const tree = new LessonTree(catalogue, { groupBy: 'topic', folders: ONE });
    assert.deepEqual(outline(tree.snapshot()), [
      'consent (1)',
      '  Signing the DSA (YH-0002)',
      'data sharing (3)',
      '  Sign-off took nine months (GM-0001)',
      '  Duplicate patients (OL-0003)',
      '  Signing the DSA (YH-0002)',
      'information governance (1)',
      '  Sign-off took nine months (GM-0001)',
      `${NO_TOPIC} (1)`,
      '  Clinical safety case (WX-0001)',
    ]);
    assert.deepEqual([tree.shownCount, tree.totalCount], [4, 4], 'a lesson on two topics is still one lesson');
  });

  it('gives every node its own id, keeps the topic on its group, and reveals a lesson at its first place', () => {
    const tree = new LessonTree(catalogue, { groupBy: 'topic', folders: ONE });
    const ids: string[] = [];
    const walk = (node: TreeNode): void => {
      ids.push(node.id);
      if (node.kind !== 'lesson') node.children.forEach(walk);
    };
    tree.roots.forEach(walk);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique across the tree');
    const dataSharing = tree.roots[1];
    assert.ok(dataSharing.kind === 'topic' && dataSharing.topic === 'data sharing');
    const gm = tree.lessonNode('file:///ws/GM-0001.lesson.yaml');
    assert.equal(gm && tree.parent(gm)?.label, 'data sharing');
  });

  it('filters first, so a topic with no lesson left is not shown', () => {
    const tree = new LessonTree(catalogue, { groupBy: 'topic', folders: ONE, filter: { kind: 'text', text: 'GM-0001' } });
    assert.deepEqual(outline(tree.snapshot()), [
      'data sharing (1)',
      '  Sign-off took nine months (GM-0001)',
      'information governance (1)',
      '  Sign-off took nine months (GM-0001)',
    ]);
  });
});
