import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../../../server/src/engine/config/workspaceConfig';
import type { CompletionAnswer } from '../../../../server/src/engine/language/completion/completionTypes';
import { hoverAt } from '../../../../server/src/engine/language/hoverAt';
import { completeThemeAt } from '../../../../server/src/engine/themes/completeThemeAt';
import { hoverThemeAt } from '../../../../server/src/engine/themes/hoverThemeAt';
import { parseYamlFile } from '../../../../server/src/engine/yaml/parseYamlFile';
import { lesson, TODAY } from '../../support/lessons';
import { cursorIn, indexOf } from '../language/support';
import { analyse, themeIndexOf, themeText } from './support';

const lessons = indexOf({
  'file:///ws/GM-0001.lesson.yaml': lesson({ id: 'GM-0001', title: 'Sign-off took *nine* months' }),
  'file:///ws/YH-0002.lesson.yaml': lesson({ id: 'YH-0002', locality: 'Yorkshire & Humber Care Record', title: 'Getting every partner to sign the DSA' }),
  'file:///ws/OL-0003.lesson.yaml': lesson({ id: 'OL-0003', locality: 'One London', title: 'Duplicate patients in the index', topics: '[patient matching]' }),
});
const themes = themeIndexOf({ 'file:///ws/themes/TH-0001.theme.yaml': themeText() });

function complete(textWithCursor: string): CompletionAnswer {
  const { text, position } = cursorIn(textWithCursor);
  return completeThemeAt({ parsed: parseYamlFile(text, 'theme'), position, config: DEFAULT_CONFIG, lessons, today: TODAY });
}

function hoverTheme(textWithCursor: string): string | undefined {
  const { text, position } = cursorIn(textWithCursor);
  const analysis = analyse(text);
  return hoverThemeAt({
    parsed: analysis.parsed,
    facts: analysis.facts,
    position,
    lessonsWithId: (id) => lessons.lessonsWithId(id),
    themesOf: (id) => themes.mentionsOf(id),
  })?.markdown;
}

function hoverLesson(textWithCursor: string): string | undefined {
  const { text, position } = cursorIn(textWithCursor);
  return hoverAt({
    parsed: parseYamlFile(text, 'lesson'),
    position,
    config: DEFAULT_CONFIG,
    lessons: lessons.all(),
    lessonsWithId: (id) => lessons.lessonsWithId(id),
    referenceCount: () => 0,
    themesOf: (id) => themes.mentionsOf(id),
  })?.markdown;
}

describe('themes in the editor (engine)', () => {
  it('completes lesson ids in lessons, leaving out the ones listed, in a flow list, a block list and with no list yet', () => {
    const flow = complete('id: TH-0002\nlessons: [GM-0001, ‸]\n');
    assert.deepEqual(
      flow.candidates.map((candidate) => candidate.label),
      ['OL-0003', 'YH-0002'],
    );
    assert.equal(flow.candidates[0].detail, 'Duplicate patients in the index');
    assert.equal(flow.candidates[0].description, 'One London');
    assert.deepEqual(flow.candidates[0].range, { start: { line: 1, character: 19 }, end: { line: 1, character: 19 } });
    assert.deepEqual(
      complete('lessons:\n  - OL-0003\n  - ‸\n').candidates.map((candidate) => candidate.label),
      ['GM-0001', 'YH-0002'],
    );
    const none = complete('lessons: ‸\n');
    assert.equal(none.candidates.find((candidate) => candidate.label === 'GM-0001')?.plain, '[GM-0001]');
    assert.deepEqual(
      complete('lessons: [YH‸]\n').candidates.map((candidate) => candidate.label),
      ['YH-0002'],
      'what was typed narrows the ids',
    );
  });

  it('completes topics in topics, and nothing in free text', () => {
    assert.ok(complete('topics: [‸]\n').candidates.some((candidate) => candidate.label === 'patient matching'));
    assert.deepEqual(complete('title: Sign‸\n').candidates, []);
    assert.deepEqual(complete('summary: |\n  Both ‸\n').candidates, []);
  });

  it('hovers a lesson id in lessons with its card, naming its themes, and a key with what the field is for', () => {
    const card = hoverTheme(themeText({ lessons: '[GM-00‸01, YH-0002]' }))!;
    assert.match(card, /^\*\*GM-0001\*\* — Sign-off took \\\*nine\\\* months\n\nGreater Manchester Care Record · captured · /);
    assert.match(card, /\n\nIn theme: \*\*Data sharing agreements take most of a year to sign\*\* \(TH-0001\)\n\n/);
    assert.equal(hoverTheme(themeText({ lessons: '[GM-0001, WX-00‸09]' })), 'No lesson in the workspace has the id **WX-0009**.');
    assert.match(hoverTheme('less‸ons: [GM-0001]\n')!, /^\*\*lessons\*\* · required\n\nThe lessons collated under this theme, by id\./);
    assert.equal(hoverTheme(themeText({ title: 'Sign‸ing' })), undefined);
  });

  it("a lesson's hover on its own id names its themes; a lesson in none says nothing of themes", () => {
    assert.match(hoverLesson('id: GM-00‸01\n')!, /\n\nIn theme: \*\*Data sharing agreements take most of a year to sign\*\* \(TH-0001\)$/);
    assert.doesNotMatch(hoverLesson('id: OL-00‸03\n')!, /theme/i);
    assert.match(hoverLesson('related: [YH-00‸02]\n')!, /In theme: \*\*Data sharing agreements/, "a related lesson's card names its themes too");
  });
});
