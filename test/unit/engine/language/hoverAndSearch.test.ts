import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../../../server/src/engine/config/workspaceConfig';
import { hoverAt } from '../../../../server/src/engine/language/hoverAt';
import { idSiteAt, idSites } from '../../../../server/src/engine/language/idSites';
import { searchLessons } from '../../../../server/src/engine/language/lessonSearch';
import { lessonOutline } from '../../../../server/src/engine/language/outline';
import { parseYamlFile } from '../../../../server/src/engine/yaml/parseYamlFile';
import { lesson } from '../../support/lessons';
import { cursorIn, indexOf } from './support';

const index = indexOf({
  a: lesson({ id: 'GM-0001', title: 'Consent *model* agreed with patients' }),
  b: lesson({ id: 'GM-0002', title: 'Practice champions lifted use', related: '[GM-0001]' }),
  c: lesson({ id: 'GM-0002', title: 'A second holder of the id' }),
});

function hover(textWithCursor: string): string | undefined {
  const { text, position } = cursorIn(textWithCursor);
  return hoverAt({
    parsed: parseYamlFile(text, 'lesson'),
    position,
    config: DEFAULT_CONFIG,
    lessons: index.all(),
    lessonsWithId: (id) => index.lessonsWithId(id),
    referenceCount: (id) => index.referencesTo(id).length,
  })?.markdown;
}

describe('hoverAt', () => {
  it('says when no lesson has an id, and when several do', () => {
    assert.equal(hover('related: [GM-99‸99]\n'), 'No lesson in the workspace has the id **GM-9999**.');
    assert.match(hover('related: [GM-00‸02]\n')!, /^2 lessons have the id \*\*GM-0002\*\*; ids must be unique\./);
  });

  it('shows text from lessons as text, not as Markdown', () => {
    assert.match(hover('adoption:\n  lesson: GM-0‸001\n')!, /Consent \\\*model\\\* agreed/);
  });

  it('explains the review fields from the schema', () => {
    assert.equal(
      hover('reviewed_‸by: Priya Shah\n'),
      '**reviewed\\_by** · optional\n\nThe curator who reviewed this lesson before it went to readers elsewhere, as named in curators in learn-once.yaml. Needed from the curated stage on when the workspace names curators.\n\nExample: `Priya Shah`',
    );
    assert.equal(
      hover('reviewed_‸on: 2025-06-02\n'),
      '**reviewed\\_on** · optional\n\nWhen a curator reviewed this lesson \\(YYYY-MM-DD\\). Needed with reviewed\\_by.\n\nExample: `2025-06-02`',
    );
  });

  it('says when a locality is not one of the workspace, and shows nothing over free text', () => {
    assert.equal(hover('locality: Atlan‸tis\n'), '**Atlantis** is not a locality of this workspace.');
    assert.equal(hover('title: Some ti‸tle\n'), undefined);
    assert.equal(hover('# a comm‸ent\n'), undefined);
  });
});

describe('idSites, outline and lesson search', () => {
  it('finds ids where they are written, inside quotes', () => {
    const parsed = parseYamlFile('id: \'GM-1\'\nadoption:\n  lesson: YH-2\nrelated: ["WX-3", 4]\n', 'lesson');
    assert.deepEqual(
      idSites(parsed).map((site) => [site.id, site.role, site.range.start.character, site.range.end.character]),
      [
        ['GM-1', 'declaration', 5, 9],
        ['YH-2', 'adoption', 10, 14],
        ['WX-3', 'related', 11, 15],
      ],
    );
    assert.equal(idSiteAt(parsed, { line: 3, character: 13 })?.id, 'WX-3');
    assert.equal(idSiteAt(parsed, { line: 3, character: 18 }), undefined);
  });

  it('outlines nothing for a lesson that is not a mapping', () => {
    assert.deepEqual(lessonOutline(parseYamlFile('- a\n', 'lesson')), []);
  });

  it('ranks an id match over title words over loose matches', () => {
    const found = (query: string): string[] => searchLessons(index.all(), query, 10).map((entry) => `${entry.facts.id} ${entry.facts.title}`);
    assert.deepEqual(found('GM-0001'), ['GM-0001 Consent *model* agreed with patients']);
    assert.deepEqual(found('champ'), ['GM-0002 Practice champions lifted use']);
    assert.equal(found('').length, 3);
    assert.deepEqual(searchLessons(index.all(), '', 2).length, 2, 'the limit holds');
  });
});
