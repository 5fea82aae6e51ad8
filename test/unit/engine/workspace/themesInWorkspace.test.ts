import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { LessonWorkspace } from '../../../../server/src/engine/workspace/LessonWorkspace';
import { lesson } from '../../support/lessons';
import { themeText } from '../themes/support';

describe('themes in a LessonWorkspace', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'learn-once-themes-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const write = (relative: string, text: string): string => {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };

  it('finds lessons and themes in one walk, skipping node_modules and excluded folders', async () => {
    for (const file of [
      'gm/GM-0001.lesson.yaml',
      'themes/TH-0001.theme.yaml',
      'themes/TH-0002.theme.yml',
      'node_modules/p/TH-0009.theme.yaml',
      'out/TH-0008.theme.yaml',
      'themes/notes.yaml',
    ])
      write(file, 'id: x\n');
    const workspace = new LessonWorkspace({ folders: [root], exclude: ['**/out'] });
    const found = await workspace.findLessonsAndThemes();
    assert.deepEqual(
      found.lessons.map((file) => path.relative(root, file)),
      ['gm/GM-0001.lesson.yaml'],
    );
    assert.deepEqual(
      found.themes.map((file) => path.relative(root, file)),
      ['themes/TH-0001.theme.yaml', 'themes/TH-0002.theme.yml'],
    );
  });

  it('reads themes, open text winning, and checks their lesson ids against the lessons of the index', async () => {
    const gm = write('gm/GM-0001.lesson.yaml', lesson({ id: 'GM-0001' }));
    const theme = write('themes/TH-0001.theme.yaml', themeText());
    const workspace = new LessonWorkspace({ folders: [root], similarity: false });
    workspace.updateText(URI.file(gm).toString(), lesson({ id: 'GM-0001' }));
    const uri = URI.file(theme).toString();
    await workspace.loadThemes([theme]);
    assert.deepEqual(
      workspace.themeProblemsFor(uri).map((problem) => [problem.code, problem.message]),
      [['unknown-reference', "lessons names 'YH-0002', but no lesson in the workspace has that id."]],
    );
    await workspace.loadThemes([theme], () => themeText({ lessons: '[GM-0001]' }));
    assert.deepEqual(workspace.themeProblemsFor(uri), []);
    assert.deepEqual(
      workspace.themes.mentionsOf('GM-0001').map((mention) => mention.id),
      ['TH-0001'],
    );
  });

  it('gives a theme over the size limit, or unreadable, its one problem', async () => {
    const workspace = new LessonWorkspace({ folders: [root], maxFileSize: 50 });
    const uri = URI.file(path.join(root, 'TH-0001.theme.yaml')).toString();
    workspace.updateThemeText(uri, themeText());
    assert.deepEqual(
      workspace.themeProblemsFor(uri).map((problem) => problem.code),
      ['file-too-large'],
    );
    await workspace.updateThemeFromDisk(URI.file(path.join(root, 'gone.theme.yaml')).toString());
    assert.deepEqual(
      workspace.themeProblemsFor(URI.file(path.join(root, 'gone.theme.yaml')).toString()).map((problem) => problem.code),
      ['file-unreadable'],
    );
    assert.deepEqual([...workspace.removeTheme(uri)], []);
    assert.equal(workspace.themes.has(uri), false);
  });
});
