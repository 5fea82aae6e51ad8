import * as assert from 'node:assert/strict';
import { LessonTree, type TreeSnapshotNode } from '../../../../client/src/tree/lessonTreeModel';
import { NO_THEME } from '../../../../client/src/tree/treeLabels';
import { lessonTooltipMarkdown } from '../../../../client/src/tree/lessonTooltip';
import { summary } from '../lessonSummaries';

const ONE = [{ uri: 'file:///ws', name: 'ws' }];
const AGREEMENTS = { uri: 'file:///ws/themes/TH-0001.theme.yaml', id: 'TH-0001', title: 'Agreements take a year' };
const MATCHING = { uri: 'file:///ws/themes/TH-0002.theme.yaml', id: 'TH-0002', title: 'Matching patients' };
const UNTITLED = { uri: 'file:///ws/themes/TH-0003.theme.yaml', id: 'TH-0003' };

function outline(nodes: TreeSnapshotNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [
    `${'  '.repeat(depth)}${node.label}${node.description ? ` (${node.description})` : ''}`,
    ...outline(node.children ?? [], depth + 1),
  ]);
}

const catalogue = [
  summary({ id: 'YH-0002', title: 'Signing the DSA', themes: [AGREEMENTS] }),
  summary({ id: 'GM-0001', title: 'Sign-off took nine months', themes: [AGREEMENTS, MATCHING] }),
  summary({ id: 'OL-0003', title: 'Duplicate patients', themes: [MATCHING, UNTITLED] }),
  summary({ id: 'WX-0001', title: 'Clinical safety case' }),
];

describe('client: lesson tree grouped by theme', () => {
  it('groups theme → lesson, themes by title (an untitled one by id), a lesson under each of its themes, the rest last', () => {
    const tree = new LessonTree(catalogue, { groupBy: 'theme', folders: ONE });
    assert.deepEqual(outline(tree.snapshot()), [
      'Agreements take a year (2)',
      '  Sign-off took nine months (GM-0001)',
      '  Signing the DSA (YH-0002)',
      'Matching patients (2)',
      '  Sign-off took nine months (GM-0001)',
      '  Duplicate patients (OL-0003)',
      'TH-0003 (1)',
      '  Duplicate patients (OL-0003)',
      `${NO_THEME} (1)`,
      '  Clinical safety case (WX-0001)',
    ]);
    assert.deepEqual([tree.shownCount, tree.totalCount], [4, 4], 'a lesson in two themes is still one lesson');
  });

  it('gives every node its own id, keeps the theme on its group, and reveals a lesson at its first place', () => {
    const tree = new LessonTree(catalogue, { groupBy: 'theme', folders: ONE });
    const ids: string[] = [];
    const walk = (node: (typeof tree.roots)[number]): void => {
      ids.push(node.id);
      if (node.kind !== 'lesson') node.children.forEach(walk);
    };
    tree.roots.forEach(walk);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique across the tree');
    const first = tree.roots[0];
    assert.ok(first.kind === 'theme' && first.themeUri === AGREEMENTS.uri);
    const gm = tree.lessonNode('file:///ws/GM-0001.lesson.yaml')!;
    assert.equal(tree.parent(gm)?.label, 'Agreements take a year');
  });

  it('filters within themes and drops a theme left empty', () => {
    const tree = new LessonTree(catalogue, { groupBy: 'theme', folders: ONE, filter: { kind: 'text', text: 'duplicate' } });
    assert.deepEqual(outline(tree.snapshot()), ['Matching patients (1)', '  Duplicate patients (OL-0003)', 'TH-0003 (1)', '  Duplicate patients (OL-0003)']);
  });

  it("a lesson's tooltip names its themes", () => {
    assert.match(lessonTooltipMarkdown(catalogue[1]), /\n\nThemes: Agreements take a year, Matching patients$/);
    assert.match(lessonTooltipMarkdown(catalogue[0]), /\n\nTheme: Agreements take a year$/);
    assert.doesNotMatch(lessonTooltipMarkdown(catalogue[3]), /Theme/);
  });
});
