import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { applyPlainTextEdits } from '../../../support/applyPlainTextEdits';
import { NEW_THEME_TITLE_RANGE, newThemePath, newThemeText, nextFreeThemeId, THEME_TITLE_PLACEHOLDER } from '../../../../server/src/engine/themes/newTheme';
import { addLessonsToThemeEdits, renameLessonInThemeEdits } from '../../../../server/src/engine/themes/themeEdits';
import { parseYamlFile } from '../../../../server/src/engine/yaml/parseYamlFile';
import { analyse, themeText } from './support';

const addBoth = (text: string): string => applyPlainTextEdits(text, addLessonsToThemeEdits(parseYamlFile(text, 'theme'), ['GM-0001', 'YH-0002']));

describe('theme edits', () => {
  describe('addLessonsToThemeEdits', () => {
    it('appends the missing ids to a flow list, keeping its comment, and the result is a valid theme', () => {
      const text = themeText({ lessons: '[OL-0003]  # the first one' });
      const after = addBoth(text);
      assert.equal(after, text.replace('[OL-0003]  #', '[OL-0003, GM-0001, YH-0002]  #'));
      assert.deepEqual(analyse(after).problems, []);
      assert.deepEqual((parse(after) as { lessons: string[] }).lessons, ['OL-0003', 'GM-0001', 'YH-0002']);
    });

    it("adds one line per id to a block list, at its dashes' column", () => {
      const text = 'id: TH-0001\ntitle: Agreements\nlessons:\n    - OL-0003   # first\nsummary: Slow.\n';
      assert.equal(addBoth(text), 'id: TH-0001\ntitle: Agreements\nlessons:\n    - OL-0003   # first\n    - GM-0001\n    - YH-0002\nsummary: Slow.\n');
      assert.equal(addBoth('lessons:\n  - OL-0003'), 'lessons:\n  - OL-0003\n  - GM-0001\n  - YH-0002', 'the last line without a line break');
    });

    it('adds only the id the theme lacks, and nothing when it names both', () => {
      assert.equal(addBoth(themeText({ lessons: '[YH-0002]' })), themeText({ lessons: '[YH-0002, GM-0001]' }));
      assert.deepEqual(addLessonsToThemeEdits(parseYamlFile(themeText(), 'theme'), ['GM-0001', 'YH-0002']), []);
    });

    it('fills an empty list or an empty value, and adds lessons in its place when it is missing', () => {
      assert.equal(addBoth(themeText({ lessons: '[]' })), themeText());
      assert.equal(addBoth(themeText({ lessons: '' }).replace('lessons: \n', 'lessons:\n')), themeText());
      const without = 'id: TH-0001\ntitle: Agreements\nsummary: Slow.\n';
      assert.equal(addBoth(without), 'id: TH-0001\ntitle: Agreements\nlessons: [GM-0001, YH-0002]\nsummary: Slow.\n');
    });

    it('leaves a lessons field that is not a list alone', () => {
      assert.deepEqual(addLessonsToThemeEdits(parseYamlFile(themeText({ lessons: 'GM-0001' }), 'theme'), ['GM-0001', 'YH-0002']), []);
    });
  });

  it('renames a lesson id in a theme, inside its quotes', () => {
    const text = themeText({ lessons: '[GM-0001, "YH-0002"]' });
    const edits = renameLessonInThemeEdits(analyse(text).facts, 'YH-0002', 'YH-0042');
    assert.equal(applyPlainTextEdits(text, edits), themeText({ lessons: '[GM-0001, "YH-0042"]' }));
  });

  describe('a new theme', () => {
    it('takes the next free TH id', () => {
      assert.equal(nextFreeThemeId([]), 'TH-0001');
      assert.equal(nextFreeThemeId(['TH-0001', 'TH-0009', 'GM-0100']), 'TH-0010');
    });

    it('is a valid theme naming the lessons, with a title and summary to write', () => {
      const text = newThemeText({ id: 'TH-0002', lessons: ['GM-0001', 'YH-0002'] });
      assert.equal(
        text,
        'id: TH-0002\ntitle: What these lessons have in common\nlessons: [GM-0001, YH-0002]\nsummary: |\n  What these lessons together say, for readers elsewhere.\n',
      );
      const { problems, facts } = analyse(text);
      assert.deepEqual(problems, []);
      assert.deepEqual(facts.titleRange, NEW_THEME_TITLE_RANGE);
      assert.equal(facts.title, THEME_TITLE_PLACEHOLDER);
    });

    it("goes beside the folder's existing themes, or in themes/", () => {
      assert.equal(newThemePath('/ws', [], 'TH-0001'), '/ws/themes/TH-0001.theme.yaml');
      assert.equal(newThemePath('/ws', ['/other/TH-0001.theme.yaml', '/ws/collated/TH-0001.theme.yaml'], 'TH-0002'), '/ws/collated/TH-0002.theme.yaml');
    });
  });
});
