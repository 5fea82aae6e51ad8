import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { isLessonFileName, isThemeFileName, LESSON_FILE_GLOB, THEME_FILE_GLOB, THEME_FILE_PATTERN } from '../../../shared/lessonFiles';

describe('shared: lesson and theme file names', () => {
  it('knows lessons and themes by either YAML extension, in any case', () => {
    for (const name of ['GM-0001.lesson.yaml', 'draft.lesson.yml', 'OLD.LESSON.YAML']) assert.ok(isLessonFileName(name), name);
    for (const name of ['TH-0001.theme.yaml', 'a.theme.yml']) assert.ok(isThemeFileName(name), name);
    for (const name of ['lesson.yaml', 'GM-0001.lesson.yaml.bak', 'GM-0001.lesson.json', 'learn-once.yaml']) {
      assert.ok(!isLessonFileName(name), name);
      assert.ok(!isThemeFileName(name), name);
    }
  });

  it('tells a theme by its name’s end exactly as the pattern does over the whole name, whatever comes before', () => {
    // Endings near a theme's, with the characters that fold to ASCII letters under other rules (ſ, K, ı).
    const ending = fc.constantFrom(
      '.theme.yaml',
      '.theme.yml',
      '.THEME.YML',
      '.Theme.Yaml',
      'theme.yaml',
      '.theme.yam',
      '.theme.yamll',
      '.theme.ya',
      '.themeyaml',
    );
    const noise = fc.string({ unit: fc.constantFrom('a', '.', '/', 'ſ', 'K', 'ı', 'é', 'T', 'h', 'e', 'm', 'y', 'l'), maxLength: 14 });
    fc.assert(
      fc.property(noise, ending, noise, (before, end, after) => {
        for (const name of [before + end, before + end + after, end.slice(1), before]) assert.equal(isThemeFileName(name), THEME_FILE_PATTERN.test(name), name);
      }),
      { numRuns: 3000, seed: 5 },
    );
  });

  it('watches with globs that match the same names the patterns accept', () => {
    const lessonGlob = picomatch(LESSON_FILE_GLOB);
    const themeGlob = picomatch(THEME_FILE_GLOB);
    for (const file of ['leeds/GM-0001.lesson.yaml', 'a/b/c.lesson.yml']) assert.ok(lessonGlob(file) && isLessonFileName(file), file);
    for (const file of ['themes/TH-0001.theme.yaml', 'x.theme.yml']) assert.ok(themeGlob(file) && isThemeFileName(file), file);
    assert.ok(!lessonGlob('themes/TH-0001.theme.yaml'));
    assert.ok(!themeGlob('leeds/GM-0001.lesson.yaml'));
  });
});
