import * as assert from 'node:assert/strict';
import { LessonTree, type TreeSnapshotNode } from '../../../../client/src/tree/lessonTreeModel';
import { summary } from '../lessonSummaries';

const GM = 'Greater Manchester Care Record';
const WX = 'Wessex Care Records';
const ONE = [{ uri: 'file:///ws', name: 'ws' }];

/** "label (description)" per node, children indented: easy to read when a test fails. */
function outline(nodes: TreeSnapshotNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [
    `${'  '.repeat(depth)}${node.label}${node.description ? ` (${node.description})` : ''}`,
    ...outline(node.children ?? [], depth + 1),
  ]);
}

const catalogue = [
  summary({ id: 'WX-0002', locality: WX, stage: 'curated', title: 'Duplicate patients in the MPI', topics: ['patient matching'] }),
  summary({ id: 'GM-0010', stage: 'captured', title: 'Sign-off took nine months', topics: ['information governance', 'data sharing'] }),
  summary({ id: 'GM-0002', stage: 'captured', title: 'Audit logs nobody read', topics: ['audit'] }),
  summary({ id: 'GM-0003', stage: 'communicated', title: 'FHIR appointments', topics: ['FHIR'], firstLines: { good: 'The supplier shipped early.' } }),
  summary({ id: 'WX-0001', locality: WX, stage: 'captured', title: 'Clinical safety case', topics: ['clinical safety'] }),
];

describe('client: lesson tree model', () => {
  it('groups locality → stage → lesson, localities alphabetical, stages in lifecycle order, empty stages hidden, counts on every group', () => {
    const tree = new LessonTree(catalogue, { groupBy: 'locality', folders: ONE });
    assert.deepEqual(outline(tree.snapshot()), [
      `${GM} (3)`,
      '  Captured (2)',
      '    Audit logs nobody read (GM-0002)',
      '    Sign-off took nine months (GM-0010)',
      '  Communicated (1)',
      '    FHIR appointments (GM-0003)',
      `${WX} (2)`,
      '  Captured (1)',
      '    Clinical safety case (WX-0001)',
      '  Curated (1)',
      '    Duplicate patients in the MPI (WX-0002)',
    ]);
    assert.deepEqual([tree.shownCount, tree.totalCount], [5, 5]);
  });

  it('regroups stage → locality → lesson', () => {
    const tree = new LessonTree(catalogue, { groupBy: 'stage', folders: ONE });
    assert.deepEqual(outline(tree.snapshot()), [
      'Captured (3)',
      `  ${GM} (2)`,
      '    Audit logs nobody read (GM-0002)',
      '    Sign-off took nine months (GM-0010)',
      `  ${WX} (1)`,
      '    Clinical safety case (WX-0001)',
      'Curated (1)',
      `  ${WX} (1)`,
      '    Duplicate patients in the MPI (WX-0002)',
      'Communicated (1)',
      `  ${GM} (1)`,
      '    FHIR appointments (GM-0003)',
    ]);
  });

  it('orders ids numerically and puts lessons without a locality, stage, id or title last with plain labels', () => {
    const tree = new LessonTree(
      [
        summary({ id: 'GM-10', title: 'ten' }),
        summary({ id: 'GM-9', title: 'nine' }),
        summary({ id: undefined, uri: 'file:///ws/draft%20one.lesson.yaml', title: undefined, stage: 'nope' as string, locality: undefined }),
        summary({ id: 'GM-1', stage: undefined, title: 'no stage' }),
      ],
      { groupBy: 'locality', folders: ONE },
    );
    assert.deepEqual(outline(tree.snapshot()), [
      `${GM} (3)`,
      '  Captured (2)',
      '    nine (GM-9)',
      '    ten (GM-10)',
      '  No stage (1)',
      '    no stage (GM-1)',
      'No locality (1)',
      '  No stage (1)',
      '    draft one.lesson.yaml',
    ]);
  });

  it('filters by words anywhere (id, title, topics, answers) and by topic, with counts of what is shown', () => {
    const byText = new LessonTree(catalogue, { groupBy: 'locality', folders: ONE, filter: { kind: 'text', text: 'supplier FHIR' } });
    assert.deepEqual(outline(byText.snapshot()), [`${GM} (1)`, '  Communicated (1)', '    FHIR appointments (GM-0003)']);
    assert.deepEqual([byText.shownCount, byText.totalCount], [1, 5]);

    const byTopic = new LessonTree(catalogue, { groupBy: 'stage', folders: ONE, filter: { kind: 'topic', topic: 'Data Sharing' } });
    assert.deepEqual(outline(byTopic.snapshot()), ['Captured (1)', `  ${GM} (1)`, '    Sign-off took nine months (GM-0010)']);

    const byId = new LessonTree(catalogue, { groupBy: 'stage', folders: ONE, filter: { kind: 'text', text: 'wx-0001' } });
    assert.equal(byId.shownCount, 1);

    const topicIsNotText = new LessonTree(catalogue, { groupBy: 'stage', folders: ONE, filter: { kind: 'topic', topic: 'data' } });
    assert.equal(topicIsNotText.shownCount, 0, 'a topic filter matches whole topics only');
    assert.deepEqual(topicIsNotText.roots, []);
  });

  it('with several workspace folders, puts one node per folder first (in folder order, even when empty) and lessons outside them last', () => {
    const folders = [
      { uri: 'file:///b', name: 'wessex-work' },
      { uri: 'file:///a', name: 'manchester-work' },
      { uri: 'file:///c', name: 'empty' },
    ];
    const tree = new LessonTree(
      [
        summary({ id: 'GM-0001', folderUri: 'file:///a', uri: 'file:///a/GM-0001.lesson.yaml' }),
        summary({ id: 'WX-0001', folderUri: 'file:///b', uri: 'file:///b/WX-0001.lesson.yaml', locality: WX }),
        summary({ id: 'GM-0002', folderUri: undefined, uri: 'file:///tmp/GM-0002.lesson.yaml' }),
      ],
      { groupBy: 'locality', folders },
    );
    assert.deepEqual(outline(tree.snapshot()), [
      'wessex-work (1)',
      `  ${WX} (1)`,
      '    Captured (1)',
      '      Lesson WX-0001 (WX-0001)',
      'manchester-work (1)',
      `  ${GM} (1)`,
      '    Captured (1)',
      '      Lesson GM-0001 (GM-0001)',
      'empty (0)',
      'Other lessons (1)',
      `  ${GM} (1)`,
      '    Captured (1)',
      '      Lesson GM-0002 (GM-0002)',
    ]);
  });

  it('gives every node a unique id that stays the same on rebuild, and a parent chain up to the root for reveal', () => {
    const folders = [
      { uri: 'file:///a', name: 'a' },
      { uri: 'file:///b', name: 'b' },
    ];
    const lessons = [
      summary({ id: 'GM-0001', folderUri: 'file:///a', uri: 'file:///a/1.lesson.yaml' }),
      summary({ id: 'GM-0001', folderUri: 'file:///b', uri: 'file:///b/1.lesson.yaml' }),
    ];
    const first = new LessonTree(lessons, { groupBy: 'locality', folders });
    const second = new LessonTree([...lessons].reverse(), { groupBy: 'locality', folders });
    const ids = (tree: LessonTree): string[] => {
      const all: string[] = [];
      const walk = (nodes: typeof tree.roots): void => nodes.forEach((node) => (all.push(node.id), node.kind !== 'lesson' && walk(node.children)));
      walk(tree.roots);
      return all;
    };
    assert.equal(new Set(ids(first)).size, ids(first).length, 'ids are unique even for the same locality and stage in two folders');
    assert.deepEqual(ids(first), ids(second));

    const leaf = first.lessonNode('file:///b/1.lesson.yaml')!;
    const chain: string[] = [];
    for (let node: ReturnType<typeof first.parent> | typeof leaf | undefined = leaf; node; node = first.parent(node)) chain.push(node.label);
    assert.deepEqual(chain, ['Lesson GM-0001', 'Captured', GM, 'b']);
    assert.equal(first.parent(first.roots[0]), undefined);
    assert.equal(first.node(leaf.id), leaf);
  });

  it('carries what commands need: folder and locality on groups, advanceability and stage icon on lessons', () => {
    const tree = new LessonTree([summary({ id: 'GM-0001', stage: 'curated' }), summary({ id: 'GM-0002', stage: 'communicated' })], {
      groupBy: 'locality',
      folders: ONE,
    });
    const locality = tree.roots[0];
    assert.ok(locality.kind === 'locality');
    assert.deepEqual([locality.folderUri, locality.locality, locality.icon], ['file:///ws', GM, 'location']);
    const curated = tree.lessonNode('file:///ws/GM-0001.lesson.yaml')!;
    const communicated = tree.lessonNode('file:///ws/GM-0002.lesson.yaml')!;
    assert.deepEqual([curated.canAdvance, curated.icon], [true, 'verified']);
    assert.deepEqual([communicated.canAdvance, communicated.icon], [false, 'broadcast']);
    const stage = locality.children[0];
    assert.ok(stage.kind === 'stage');
    assert.deepEqual([stage.locality, stage.stage, stage.folderUri], [GM, 'curated', 'file:///ws']);
  });

  it('an empty catalogue is an empty tree (the view then shows its welcome)', () => {
    const tree = new LessonTree([], { groupBy: 'locality', folders: ONE });
    assert.deepEqual(tree.roots, []);
    assert.deepEqual([tree.shownCount, tree.totalCount], [0, 0]);
  });
});
