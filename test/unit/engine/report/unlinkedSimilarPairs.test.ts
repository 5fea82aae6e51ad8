import * as assert from 'node:assert/strict';
import { unlinkedSimilarPairs } from '../../../../server/src/engine/report/unlinkedSimilarPairs';
import { LessonWorkspace } from '../../../../server/src/engine/workspace/LessonWorkspace';
import { lesson, TODAY } from '../../support/lessons';

const ANSWERS = {
  good: '|\n  One template data sharing agreement was agreed by every trust before lawyers saw it.',
  not_so_good: '|\n  Each trust board signed the data sharing agreement separately, so sign-off took nine months.',
  improvements: '|\n  Agree the sign-off route and ask boards to delegate signature to the SIRO.',
};

function workspaceOf(files: Record<string, Record<string, string | undefined>>): LessonWorkspace {
  const workspace = new LessonWorkspace({ folders: ['/ws'], today: () => TODAY });
  for (const [name, overrides] of Object.entries(files)) workspace.updateText(`file:///ws/${name}`, lesson({ ...ANSWERS, ...overrides }));
  return workspace;
}

describe('engine: unlinked similar pairs', () => {
  it('finds two lessons that say the same thing, once, with the higher of their two scores', () => {
    const workspace = workspaceOf({
      'a.lesson.yaml': { id: 'GM-0001' },
      'b.lesson.yaml': {
        id: 'YH-0001',
        locality: 'Yorkshire & Humber Care Record',
        title: 'Getting every partner to sign the data sharing agreement took most of a year',
      },
      'c.lesson.yaml': {
        id: 'WX-0001',
        locality: 'Wessex Care Records',
        title: 'Community pharmacists needed their own access role',
        good: '|\n  Pharmacists reviewed medicines.',
        not_so_good: '|\n  The GP role did not fit.',
        improvements: '|\n  Design roles with each staff group.',
        topics: '[identity and access]',
      },
    });
    const pairs = unlinkedSimilarPairs(workspace);
    assert.deepEqual(
      pairs.map((pair) => [pair.a, pair.b]),
      [['file:///ws/a.lesson.yaml', 'file:///ws/b.lesson.yaml']],
    );
    const both = [
      workspace.similarity.queryByKey('file:///ws/a.lesson.yaml', { top: 1 })[0].score,
      workspace.similarity.queryByKey('file:///ws/b.lesson.yaml', { top: 1 })[0].score,
    ];
    assert.equal(pairs[0].score, Math.max(...both));
  });

  it('leaves out lessons that already link to each other, whichever side holds the link', () => {
    for (const link of [{ related: '[YH-0001]' }, { adoption: '{action: customise, lesson: YH-0001}' }]) {
      const workspace = workspaceOf({
        'a.lesson.yaml': { id: 'GM-0001', ...link },
        'b.lesson.yaml': { id: 'YH-0001', locality: 'Yorkshire & Humber Care Record' },
      });
      assert.deepEqual(unlinkedSimilarPairs(workspace), [], JSON.stringify(link));
    }
  });

  it('leaves out two lessons one theme collates, and keeps them when the theme names only one of them', () => {
    const workspace = workspaceOf({
      'a.lesson.yaml': { id: 'GM-0001' },
      'b.lesson.yaml': { id: 'YH-0001', locality: 'Yorkshire & Humber Care Record' },
    });
    const theme = (lessons: string): string =>
      `id: TH-0001\ntitle: Agreements take a year\nlessons: ${lessons}\nsummary: Two localities waited most of a year for sign-off.\n`;
    workspace.updateThemeText('file:///ws/themes/TH-0001.theme.yaml', theme('[GM-0001]'));
    assert.deepEqual(
      unlinkedSimilarPairs(workspace).map((pair) => [pair.a, pair.b]),
      [['file:///ws/a.lesson.yaml', 'file:///ws/b.lesson.yaml']],
    );
    workspace.updateThemeText('file:///ws/themes/TH-0001.theme.yaml', theme('[GM-0001, YH-0001]'));
    assert.deepEqual(unlinkedSimilarPairs(workspace), []);
  });

  it('finds nothing when the workspace does not keep the similarity index', () => {
    const workspace = new LessonWorkspace({ folders: ['/ws'], today: () => TODAY, similarity: false });
    workspace.updateText('file:///ws/a.lesson.yaml', lesson({ ...ANSWERS, id: 'GM-0001' }));
    workspace.updateText('file:///ws/b.lesson.yaml', lesson({ ...ANSWERS, id: 'GM-0002' }));
    assert.equal(workspace.similarity.size, 0);
    assert.deepEqual(unlinkedSimilarPairs(workspace), []);
  });
});
